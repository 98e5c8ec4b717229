using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using EduGov.Lottery;
using EduGov.Supervision.RandomInspection;

namespace EduGov.Cli;

/// <summary>
/// <c>edugov training draw</c>: re-runs a published 双随机 draw from its files (targets.csv, inspectors.csv) and its seed, and
/// writes draw.csv, which must be byte-identical to the published one. No database. Standard error carries the manifest
/// digest (<c>SHA-256(targets.csv ‖ inspectors.csv)</c>, to compare with the digest published before the seed existed) and
/// the counts by grade. Exit codes: 0 done, 2 an input error (a Chinese message, no stack trace).
/// </summary>
public static class TrainingCommands
{
    private const int InputError = 2;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create() => new("training", "校外培训监管") { DrawCommand() };

    private static Command DrawCommand()
    {
        var seed = new Option<string>("--seed") { Description = "种子（64 位小写十六进制，公示页上的 seed）（必填）" };
        var targets = new Option<string>("--targets") { Description = "检查对象 CSV：token,grade,area,recent（必填）" };
        var inspectors = new Option<string>("--inspectors") { Description = "执法人员 CSV：token,name,areas,conflicts（必填）" };
        var ratios = new Option<string>("--ratios") { Description = "各等级抽查比例（%），如 A=5,B=10,C=20,D=50,E=100（必填）" };
        var teamSize = new Option<string>("--team-size") { Description = "每个检查组的执法人员数（必填）" };
        var minimum = new Option<string>("--min-per-grade") { Description = "每个等级（比例大于 0）最少抽取的机构数，默认 0" };
        var excludeRecent = new Option<bool>("--exclude-recent") { Description = "不抽取近期已检查的机构（targets.csv 的 recent 为 true）" };
        var preferArea = new Option<bool>("--prefer-area") { Description = "优先抽取负责该机构所在区域的执法人员" };
        var output = new Option<string>("--out") { Description = "抽取结果 CSV（token,grade,rank,number,result,team）的保存位置（必填）" };
        var command = new Command("draw", "双随机抽查：按种子分等级抽取检查对象，再为每个对象抽取检查组（回避利害关系人），写出抽取结果")
        {
            seed, targets, inspectors, ratios, teamSize, minimum, excludeRecent, preferArea, output,
        };
        command.Action = new TrainingAction((result, info) =>
        {
            var request = new DrawRequest(
                Required(result, seed), Required(result, targets), Required(result, inspectors), Required(result, ratios),
                Whole(Required(result, teamSize), "--team-size"), Whole(result.GetValue(minimum) ?? "0", "--min-per-grade"),
                result.GetValue(excludeRecent), result.GetValue(preferArea), Required(result, output));
            return RunDraw(request, info);
        });
        return command;
    }

    /// <summary>The options of one draw, as the public results page prints them.</summary>
    internal sealed record DrawRequest(
        string Seed, string Targets, string Inspectors, string Ratios, int TeamSize, int MinPerGrade, bool ExcludeRecent, bool PreferArea, string Output);

    internal static int RunDraw(DrawRequest request, TextWriter info)
    {
        var targetsCsv = ReadText(request.Targets, "检查对象文件");
        var inspectorsCsv = ReadText(request.Inspectors, "执法人员文件");
        var settings = new DrawSettings(DrawSettings.ParseRatios(request.Ratios), request.MinPerGrade, request.ExcludeRecent, request.TeamSize, request.PreferArea);
        var outcome = InspectionDraw.Run(request.Seed, InspectionCsv.ReadTargets(targetsCsv), InspectionCsv.ReadInspectors(inspectorsCsv), settings);
        WriteText(request.Output, InspectionCsv.WriteDraw(outcome));
        info.WriteLine($"manifest_sha256: {InspectionCsv.ManifestSha256(targetsCsv, inspectorsCsv)}");
        foreach (var grade in outcome.Grades)
        {
            info.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{grade.Grade} 级：{grade.Targets} 家，可抽 {grade.Eligible} 家，比例 {grade.Ratio:0.##}%，抽中 {grade.Selected} 家"));
        }

        info.WriteLine($"已写入：{request.Output}");
        return 0;
    }

    private static string Required(ParseResult result, Option<string> option) =>
        result.GetValue(option) ?? throw new RandomInspectionException($"缺少参数 {option.Name}。");

    private static int Whole(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RandomInspectionException($"{name} 应为非负整数，当前为“{text}”。");

    private static string ReadText(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new RandomInspectionException($"找不到{what}：{path}");
        }

        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new RandomInspectionException($"{what}不是有效的 UTF-8 文本：{path}");
        }
    }

    private static void WriteText(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new RandomInspectionException($"保存位置的文件夹不存在：{folder}");
        }

        File.WriteAllText(path, text, StrictUtf8);
    }

    /// <summary>Every problem, a parse error included, ends as a Chinese message on standard error and exit code 2.</summary>
    private sealed class TrainingAction(Func<ParseResult, TextWriter, int> run) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                if (parseResult.UnmatchedTokens.Count > 0)
                {
                    throw new RandomInspectionException($"无法识别的参数：{string.Join(" ", parseResult.UnmatchedTokens)}（edugov training draw --help 查看用法）。");
                }

                if (parseResult.Errors.Count > 0)
                {
                    throw new RandomInspectionException($"参数有误：{string.Join("；", parseResult.Errors.Select(e => e.Message))}");
                }

                return run(parseResult, error);
            }
            catch (Exception e) when (e is RandomInspectionException or LotteryInputException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e is ArgumentException ? e.Message : $"文件读写失败：{e.Message}");
                return InputError;
            }
        }
    }
}
