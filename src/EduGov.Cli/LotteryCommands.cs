using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using EduGov.Lottery;

namespace EduGov.Cli;

/// <summary>
/// <c>edugov lottery seed | draw | verify</c>: the verifiable lottery from a terminal (docs/lottery.md). No database:
/// files in, files out. Standard output carries only the result (the seed; <c>identical</c> or <c>differs</c> and the
/// differences); facts such as the manifest digest and the counts go to standard error. Exit codes: 0 done or identical,
/// 1 differs, 2 an input error (a Chinese message, no stack trace).
/// </summary>
public static class LotteryCommands
{
    private const int InputError = 2;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The <c>lottery</c> command with its sub-commands <c>seed</c>, <c>draw</c> and <c>verify</c>.</summary>
    public static Command Create()
    {
        var lottery = new Command("lottery", "可验证摇号：由清单摘要、公开开奖号码和骰子数字得出种子，按种子摇号，复核公布的结果")
        {
            SeedCommand(),
            DrawCommand(),
            VerifyCommand(),
        };
        lottery.Action = new LotteryAction((_, _, _) => throw new LotteryInputException("请指定子命令：seed、draw 或 verify（edugov lottery --help 查看用法）。"));
        return lottery;
    }

    private static Command SeedCommand()
    {
        var manifest = new Option<string>("--manifest-sha256") { Description = "摇号池清单的 SHA-256（64 位小写十六进制，抽签前已公布）（必填）" };
        var publicDraw = new Option<string>("--public-draw") { Description = "事先公告的公开开奖号码，按原样使用（必填）" };
        var dice = DiceOption();
        var command = new Command("seed", "由清单摘要、公开开奖号码和骰子数字计算种子，只输出种子一行") { manifest, publicDraw, dice };
        command.Action = new LotteryAction((result, output, _) =>
        {
            output.WriteLine(LotterySeed.Derive(Required(result, manifest), Required(result, publicDraw), result.GetValue(dice) ?? []));
            return 0;
        });
        return command;
    }

    private static Command DrawCommand()
    {
        var draw = new DrawOptions();
        var output = new Option<string>("--out") { Description = "摇号结果 CSV（rank,token,number,selected）的保存位置（必填）" };
        var seed = SeedOption();
        var command = new Command("draw", "按种子对申请人摇号：号码最小的 K 人录取，写出每人的排名、号码和结果") { draw.Applicants, draw.Seats, seed, output, draw.SchoolId };
        command.Action = new LotteryAction((result, _, info) =>
        {
            var outcome = draw.Run(result, Required(result, seed), draw.Tokens(result));
            var path = Required(result, output);
            WriteText(path, LotteryCsv.WriteDraw(outcome));
            Describe(outcome, info);
            info.WriteLine($"已写入：{path}");
            return 0;
        });
        return command;
    }

    private static Command VerifyCommand()
    {
        var draw = new DrawOptions();
        var published = new Option<string>("--published") { Description = "公布的摇号结果 CSV（rank,token,number,selected）（必填）" };
        var seed = SeedOption();
        var manifest = new Option<string>("--manifest-sha256") { Description = "公布的清单摘要；给出时与申请人文件重算的摘要比对" };
        var publicDraw = new Option<string>("--public-draw") { Description = "公开开奖号码；与 --dice 一起给出时由输入重算种子（并与 --seed 比对）" };
        var dice = DiceOption();
        var command = new Command("verify", "由申请人文件重新摇号，与公布的结果逐人比对：一致输出 identical，否则输出 differs 和不一致之处")
        {
            draw.Applicants, draw.Seats, published, seed, manifest, publicDraw, dice, draw.SchoolId,
        };
        command.Action = new LotteryAction((result, output, info) =>
        {
            var tokens = draw.Tokens(result);
            var sha256 = LotteryManifest.Create(tokens).Sha256;
            var problems = new List<string>();
            var claimedManifest = result.GetValue(manifest);
            if (claimedManifest is not null && claimedManifest != sha256)
            {
                problems.Add($"清单摘要不一致：公布 {claimedManifest}；重算 {sha256}");
            }

            var rerunSeed = ResolveSeed(result.GetValue(seed), result.GetValue(publicDraw), result.GetValue(dice) ?? [], sha256, problems);
            var outcome = draw.Run(result, rerunSeed, tokens);
            var report = DrawVerification.Compare(outcome, LotteryCsv.ReadDraw(ReadText(Required(result, published), "公布的摇号结果")));
            Describe(outcome, info);
            info.WriteLine($"seed: {rerunSeed}");
            return Report(problems, report, output);
        });
        return command;
    }

    /// <summary>The seed to re-run with: derived from the public draw and dice when given (and then compared with --seed), else --seed.</summary>
    private static string ResolveSeed(string? seed, string? publicDraw, string[] dice, string manifestSha256, List<string> problems)
    {
        if (publicDraw is null && dice.Length == 0)
        {
            return seed ?? throw new LotteryInputException("缺少参数 --seed（或同时给出 --public-draw 和 --dice，由输入重算种子）。");
        }

        if (publicDraw is null)
        {
            throw new LotteryInputException("给出 --dice 时须同时给出 --public-draw。");
        }

        var derived = LotterySeed.Derive(manifestSha256, publicDraw, dice);
        if (seed is not null && seed != derived)
        {
            problems.Add($"种子不一致：公布 {seed}；重算 {derived}");
        }

        return derived;
    }

    private static int Report(List<string> problems, DrawVerificationReport report, TextWriter output)
    {
        var total = problems.Count + report.DifferenceCount;
        if (total == 0)
        {
            output.WriteLine("identical");
            return 0;
        }

        output.WriteLine("differs");
        foreach (var line in problems.Concat(report.Differences).Take(DrawVerification.DefaultReportLimit))
        {
            output.WriteLine($"  {line}");
        }

        if (total > DrawVerification.DefaultReportLimit)
        {
            output.WriteLine($"  …共 {total} 处不一致，只列出前 {DrawVerification.DefaultReportLimit} 处");
        }

        return 1;
    }

    private static void Describe(DrawResult outcome, TextWriter info)
    {
        info.WriteLine($"manifest_sha256: {outcome.Manifest.Sha256}");
        info.WriteLine($"申请人数 {outcome.Rows.Count}，名额 {outcome.Seats}，录取 {outcome.SelectedCount}");
        info.WriteLine($"cut_off: {(outcome.CutOff is { } cutOff ? cutOff.ToString() : "（无人录取）")}");
    }

    private static Option<string> SeedOption() =>
        new("--seed") { Description = "种子（64 位小写十六进制，由 edugov lottery seed 得出）" };

    private static Option<string[]> DiceOption() =>
        new("--dice") { Description = "现场掷出的骰子数字（只含 0–9），每方一个，按公布顺序重复给出：--dice 1234 --dice 5678" };

    private static string Required(ParseResult result, Option<string> option) =>
        result.GetValue(option) ?? throw new LotteryInputException($"缺少参数 {option.Name}。");

    private static string ReadText(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new LotteryInputException($"找不到{what}：{path}");
        }

        try
        {
            return File.ReadAllText(path, Utf8);
        }
        catch (DecoderFallbackException)
        {
            throw new LotteryInputException($"{what}不是有效的 UTF-8 文本：{path}");
        }
    }

    private static void WriteText(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new LotteryInputException($"保存位置的文件夹不存在：{folder}");
        }

        File.WriteAllText(path, text, Utf8);
    }

    /// <summary>The options <c>draw</c> and <c>verify</c> share, and running the draw they describe.</summary>
    private sealed class DrawOptions
    {
        public Option<string> Applicants { get; } = new("--applicants") { Description = "申请人 CSV：表头含 token 列（申请编号），其他列忽略（必填）" };

        public Option<string> Seats { get; } = new("--seats") { Description = "名额 K（非负整数）：号码最小的 K 人录取（必填）" };

        public Option<string> SchoolId { get; } = new("--school-id") { Description = "多重随机（每校各自的号码）时的学校标识；不给出时为单一随机号" };

        public IReadOnlyList<string> Tokens(ParseResult result) => LotteryCsv.ReadTokens(ReadText(Required(result, Applicants), "申请人文件"));

        public DrawResult Run(ParseResult result, string seed, IReadOnlyList<string> tokens)
        {
            var seats = ParseSeats(Required(result, Seats));
            return result.GetValue(SchoolId) is { } schoolId ? LotteryDraw.Run(seed, schoolId, tokens, seats) : LotteryDraw.Run(seed, tokens, seats);
        }

        private static int ParseSeats(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seats)
                ? seats
                : throw new LotteryInputException($"--seats 应为非负整数，当前为“{text}”。");
    }

    /// <summary>
    /// Runs a lottery command so that every problem, including a parse error, ends as a Chinese message on standard error
    /// and exit code 2 (exit code 1 means "differs" for verify). Clearing the parse errors lets this action see them.
    /// </summary>
    private sealed class LotteryAction(Func<ParseResult, TextWriter, TextWriter, int> run) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                RejectParseErrors(parseResult);
                return run(parseResult, output, error);
            }
            catch (Exception e) when (e is LotteryInputException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e is LotteryInputException ? e.Message : $"文件读写失败：{e.Message}");
                return InputError;
            }
        }

        private static void RejectParseErrors(ParseResult parseResult)
        {
            if (parseResult.UnmatchedTokens.Count > 0)
            {
                throw new LotteryInputException($"无法识别的参数：{string.Join(" ", parseResult.UnmatchedTokens)}（edugov lottery --help 查看用法）。");
            }

            if (parseResult.Errors.Count > 0)
            {
                throw new LotteryInputException($"参数有误：{string.Join("；", parseResult.Errors.Select(e => e.Message))}");
            }
        }
    }
}
