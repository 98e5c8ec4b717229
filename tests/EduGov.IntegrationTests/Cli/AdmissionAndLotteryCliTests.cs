using System.Text;
using EduGov.Lottery;
using EduGov.Tests.Shared;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Cli;

/// <summary><c>edugov admission match</c> and <c>edugov lottery</c> as an operator runs them: the built CLI, files in, file out.</summary>
public sealed class AdmissionAndLotteryCliTests : IDisposable
{
    private const string Seed = "8f7193fc99f28dc79028a43d836b579d63bebe08d7dd736f5ac203c5863b2ef3";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-admission-");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Theory]
    [InlineData("da")]
    [InlineData("sequential")]
    public async Task Match_PlacesByPriority_AndLeavesTheOverflowUnplaced(string mechanism)
    {
        var schools = Write("schools.csv", "school_id,capacity\nA,1\nB,1\n");
        var applications = Write("applications.csv", "student_id,rank,school_id,priority\ns1,0,A,2\ns1,1,B,1\ns2,0,A,1\ns2,1,B,2\ns3,0,A,3\n");
        var output = Path.Combine(_folder.FullName, "assignments.csv");

        var (exitCode, log) = await CliProcess.RunAsync("admission", "match", "--schools", schools, "--applications", applications, "--seed", Seed, "--mechanism", mechanism, "--out", output);

        exitCode.ShouldBe(0, log);
        (await File.ReadAllTextAsync(output)).ShouldBe("student_id,school_id\ns1,B\ns2,A\ns3,\n");
    }

    [Fact]
    public async Task Match_WithAnUnknownSchool_ExitsWithTheLineNumberInChinese()
    {
        var schools = Write("schools.csv", "school_id,capacity\nA,1\n");
        var applications = Write("applications.csv", "student_id,rank,school_id,priority\ns1,0,Z,1\n");

        var (exitCode, log) = await CliProcess.RunAsync("admission", "match", "--schools", schools, "--applications", applications, "--seed", Seed, "--out", Path.Combine(_folder.FullName, "out.csv"));

        exitCode.ShouldBe(2);
        log.ShouldContain("第 2 行");
        log.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task LotteryDraw_WritesWhatTheLibraryComputes_AndVerifySaysIdentical()
    {
        string[] tokens = ["2026-0003", "2026-0001", "2026-0002", "2026-0005", "2026-0004"];
        var applicants = Write("applicants.csv", "token,note\n" + string.Concat(tokens.Select(t => $"{t},x\n")));
        var draw = Path.Combine(_folder.FullName, "draw.csv");

        var (drawExit, drawLog) = await CliProcess.RunAsync("lottery", "draw", "--applicants", applicants, "--seats", "2", "--seed", Seed, "--out", draw);
        var (verifyExit, verifyLog) = await CliProcess.RunAsync("lottery", "verify", "--applicants", applicants, "--seats", "2", "--seed", Seed, "--published", draw);

        drawExit.ShouldBe(0, drawLog);
        (await File.ReadAllTextAsync(draw)).ShouldBe(LotteryCsv.WriteDraw(LotteryDraw.Run(Seed, tokens, 2)));
        verifyExit.ShouldBe(0, verifyLog);
        verifyLog.ShouldContain("identical");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
