using System.Text;
using EduGov.Tests.Shared;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Inspections;

/// <summary><c>edugov training draw</c> as an auditor runs it: the built CLI in its own process, files in, file out.</summary>
public sealed class InspectionCliTests : IDisposable
{
    private const string Seed = "0dd398e1dc74e602294512ef225c1a6fe8dd8068f5685e5c4c53743ac7a9eeaf";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-training-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Fact]
    public async Task Draw_OnTheHandCheckedExample_WritesTheDrawAndTheManifestDigest()
    {
        var targets = Write("targets.csv", "token,grade,area,recent\n91310115MA1A000001,A,,false\n91310115MA1A000002,A,,false\n91310115MA1A000003,A,,false\n91310115MA1A000004,B,,false\n91310115MA1A000005,B,,false\n");
        var inspectors = Write("inspectors.csv", "token,name,areas,conflicts\nZF001,甲,,\nZF002,乙,,\nZF003,丙,,\nZF004,丁,,91310115MA1A000001\n");
        var output = Path.Combine(_folder.FullName, "draw.csv");

        var (exit, log) = await CliProcess.RunAsync("training", "draw", "--seed", Seed, "--targets", targets, "--inspectors", inspectors, "--ratios", "A=50,B=50", "--team-size", "2", "--out", output);

        exit.ShouldBe(0, log);
        (await File.ReadAllTextAsync(output)).ShouldBe(
            "token,grade,rank,number,result,team\n"
            + "91310115MA1A000001,A,1,44561f3ff64cd106e802976f898d2e100f52d003d2f9382b34faea8dfc879b43,selected,ZF003;ZF002\n"
            + "91310115MA1A000002,A,2,c864dae20d975b1483df1ad4c9d33ea68700774bb90902b20ab3ce304d3569d0,selected,ZF003;ZF002\n"
            + "91310115MA1A000003,A,3,de40d4698b5bdc00545b88a1e361bceb1a50b590e09d963cd750cdefc9c32191,not_selected,\n"
            + "91310115MA1A000005,B,1,52282ec28d532e726e84503da28e51d773a86b73bb0b3c26d245261500a5874d,selected,ZF001;ZF004\n"
            + "91310115MA1A000004,B,2,ea40a0f45f754e4ee206627fb4c4793188d0460fec1cfe7afb5b620f23f4e87b,not_selected,\n");
        log.ShouldContain("manifest_sha256: ");
        log.ShouldContain("A 级：3 家，可抽 3 家，比例 50%，抽中 2 家");
    }

    [Fact]
    public async Task Draw_WithAMissingRatioOrABadSeed_ExitsWithTwoAndAChineseMessage()
    {
        var targets = Write("targets.csv", "token,grade\nT1,A\nT2,B\n");
        var inspectors = Write("inspectors.csv", "token\nZF1\nZF2\n");
        var output = Path.Combine(_folder.FullName, "draw.csv");

        var (missing, missingLog) = await CliProcess.RunAsync("training", "draw", "--seed", Seed, "--targets", targets, "--inspectors", inspectors, "--ratios", "A=10", "--team-size", "2", "--out", output);
        var (badSeed, badSeedLog) = await CliProcess.RunAsync("training", "draw", "--seed", "xyz", "--targets", targets, "--inspectors", inspectors, "--ratios", "A=10,B=10", "--team-size", "2", "--out", output);

        missing.ShouldBe(2);
        missingLog.ShouldContain("没有给出等级 B 的抽查比例");
        badSeed.ShouldBe(2);
        badSeedLog.ShouldContain("64 位小写十六进制");
        File.Exists(output).ShouldBeFalse();
    }
}
