using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using EduGov.Lottery;
using EduGov.Tests.Shared;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

/// <summary>
/// tools/lottery_verify.py, the auditors' independent re-implementation, run on files the library wrote: both must agree
/// on the manifest digest, the seed, every number and every outcome, and the verifier must notice a changed draw.
/// </summary>
public sealed class PythonVerifierTests : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _folder = Directory.CreateTempSubdirectory("edugov-lottery-").FullName;

    private static readonly string[] Tokens = [.. Enumerable.Range(1, 40).Select(i => $"2026-{i:D4}"), "沪闵-0001", "\uFF21-1", "\U0001F600-1", "A,1"];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Python_ReRunsTheLibrarysDraw_FromTheCeremonyInputs_AndSaysIdentical()
    {
        var (manifest, seed, draw) = Ceremony(seats: 12);

        var (exitCode, output, errors) = await VerifyAsync(draw, "--seats", "12", "--manifest-sha256", manifest, "--seed", seed,
            "--public-draw", LotteryVectors.PublicDraw, "--dice", "31415926", "--dice", "27182818");

        (exitCode, output).ShouldBe((0, "identical\n"), errors);
        errors.ShouldContain($"manifest_sha256: {manifest}\nseed: {seed}\n");
    }

    [Fact]
    public async Task Python_WithMultipleTieBreaking_AgreesWithTheLibrary()
    {
        var (_, seed, _) = Ceremony(seats: 5);
        var draw = Write("school-draw.csv", LotteryCsv.WriteDraw(LotteryDraw.Run(seed, LotteryVectors.School, Tokens, seats: 5)));

        var (exitCode, output, errors) = await VerifyAsync(draw, "--seats", "5", "--seed", seed, "--school-id", LotteryVectors.School);

        (exitCode, output).ShouldBe((0, "identical\n"), errors);
    }

    [Fact]
    public async Task Python_WhenOutcomeChanged_SaysDiffers_AndNamesTheApplicant()
    {
        var (_, seed, draw) = Ceremony(seats: 12);
        var lines = File.ReadAllText(draw).Split('\n');
        lines[13] = lines[13].Replace(",false", ",true", StringComparison.Ordinal);
        File.WriteAllText(draw, string.Join('\n', lines), Utf8);
        var token = lines[13].Split(',')[1];

        var (exitCode, output, _) = await VerifyAsync(draw, "--seats", "12", "--seed", seed);

        exitCode.ShouldBe(1);
        output.ShouldStartWith($"differs\n  token {token}：公布 13,");
    }

    [Fact]
    public async Task Python_WhenDiceDoNotGiveThePublishedSeed_SaysDiffers()
    {
        var (_, seed, draw) = Ceremony(seats: 12);

        var (exitCode, output, _) = await VerifyAsync(draw, "--seats", "12", "--seed", seed, "--public-draw", LotteryVectors.PublicDraw, "--dice", "31415927", "--dice", "27182818");

        exitCode.ShouldBe(1);
        output.ShouldContain($"种子不一致：公布 {seed}；重算 ");
    }

    [Fact]
    public async Task Python_WhenTokenRepeated_RejectsTheInput()
    {
        var (_, seed, draw) = Ceremony(seats: 12);
        File.AppendAllText(Path.Combine(_folder, "applicants.csv"), "9,2026-0001\n");

        (await VerifyAsync(draw, "--seats", "12", "--seed", seed)).ExitCode.ShouldBe(2);
    }

    /// <summary>Writes the applicants (with an extra column and quoting) and the library's draw, as the CLI would.</summary>
    private (string Manifest, string Seed, string DrawPath) Ceremony(int seats)
    {
        var applicants = new StringBuilder("row,token\n");
        foreach (var (token, row) in Tokens.Select((t, i) => (t, i)))
        {
            applicants.Append(row).Append(',').Append(token.Contains(',', StringComparison.Ordinal) ? $"\"{token}\"" : token).Append('\n');
        }

        Write("applicants.csv", applicants.ToString());
        var tokens = LotteryCsv.ReadTokens(applicants.ToString());
        var manifest = LotteryManifest.Create(tokens).Sha256;
        var seed = LotterySeed.Derive(manifest, LotteryVectors.PublicDraw, ["31415926", "27182818"]);
        return (manifest, seed, Write("draw.csv", LotteryCsv.WriteDraw(LotteryDraw.Run(seed, tokens, seats))));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, Utf8);
        return path;
    }

    private async Task<(int ExitCode, string Output, string Errors)> VerifyAsync(string published, params string[] args)
    {
        var script = Path.Combine(RepositoryPaths.Root(), "tools", "lottery_verify.py");
        var start = new ProcessStartInfo("python3", [script, "--applicants", Path.Combine(_folder, "applicants.csv"), "--published", published, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var python = StartPython(start);
        var output = python.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = python.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await python.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (python.ExitCode, await output, await errors);
    }

    private static Process StartPython(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            const string reason = "找不到 python3：摇号复核脚本 tools/lottery_verify.py 的交叉验证需要 Python 3";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
            throw;
        }
    }
}
