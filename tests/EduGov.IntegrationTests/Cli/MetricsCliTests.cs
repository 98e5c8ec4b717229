using System.Text;
using EduGov.Tests.Shared;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Cli;

/// <summary><c>edugov metrics balanced</c> as a user runs it: the built CLI in its own process, files in, file out.</summary>
public sealed class MetricsCliTests : IDisposable
{
    private const string Header = "school_id,stage,enrolment,qualified_teachers,key_teachers,pe_art_teachers,teaching_space_m2,sports_space_m2,equipment_value_yuan,multimedia_classrooms\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-metrics-");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Fact]
    public async Task Balanced_ForASmallDistrict_WritesEverySchoolIndicatorAndTheWeightedDistrictCoefficients()
    {
        var schools = Write("schools.csv", Header
            + "P1,primary,1000,42,10,9,4500,7500,2000000,23\n"
            + "P2,primary,500,25,4.5,5,2500,4000,1200000,12\n"
            + "J1,junior,800,40,8,8,4800,8000,2000000,20\n");
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result);

        exitCode.ShouldBe(0, output);
        var bytes = await File.ReadAllBytesAsync(result);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "不带 BOM");
        Encoding.UTF8.GetString(bytes).ShouldBe(
            "scope,stage,indicator,value,threshold,pass\n"
            + "P1,primary,qualified_teachers_per_100,4.2000,4.2000,true\n"
            + "P1,primary,key_teachers_per_100,1.0000,1.0000,true\n"
            + "P1,primary,pe_art_teachers_per_100,0.9000,0.9000,true\n"
            + "P1,primary,teaching_space_per_pupil,4.5000,4.5000,true\n"
            + "P1,primary,sports_space_per_pupil,7.5000,7.5000,true\n"
            + "P1,primary,equipment_value_per_pupil,2000.0000,2000.0000,true\n"
            + "P1,primary,multimedia_classrooms_per_100,2.3000,2.3000,true\n"
            + "P1,primary,school_standard,7.0000,6.0000,true\n"
            + "P2,primary,qualified_teachers_per_100,5.0000,4.2000,true\n"
            + "P2,primary,key_teachers_per_100,0.9000,1.0000,false\n"
            + "P2,primary,pe_art_teachers_per_100,1.0000,0.9000,true\n"
            + "P2,primary,teaching_space_per_pupil,5.0000,4.5000,true\n"
            + "P2,primary,sports_space_per_pupil,8.0000,7.5000,true\n"
            + "P2,primary,equipment_value_per_pupil,2400.0000,2000.0000,true\n"
            + "P2,primary,multimedia_classrooms_per_100,2.4000,2.3000,true\n"
            + "P2,primary,school_standard,6.0000,6.0000,true\n"
            + "J1,junior,qualified_teachers_per_100,5.0000,5.3000,false\n"
            + "J1,junior,key_teachers_per_100,1.0000,1.0000,true\n"
            + "J1,junior,pe_art_teachers_per_100,1.0000,0.9000,true\n"
            + "J1,junior,teaching_space_per_pupil,6.0000,5.8000,true\n"
            + "J1,junior,sports_space_per_pupil,10.0000,10.2000,false\n"
            + "J1,junior,equipment_value_per_pupil,2500.0000,2500.0000,true\n"
            + "J1,junior,multimedia_classrooms_per_100,2.5000,2.4000,true\n"
            + "J1,junior,school_standard,5.0000,6.0000,false\n"
            + "district,primary,qualified_teachers_per_100,0.0844,0.5000,true\n"
            + "district,primary,key_teachers_per_100,0.0488,0.5000,true\n"
            + "district,primary,pe_art_teachers_per_100,0.0505,0.5000,true\n"
            + "district,primary,teaching_space_per_pupil,0.0505,0.5000,true\n"
            + "district,primary,sports_space_per_pupil,0.0307,0.5000,true\n"
            + "district,primary,equipment_value_per_pupil,0.0884,0.5000,true\n"
            + "district,primary,multimedia_classrooms_per_100,0.0202,0.5000,true\n"
            + "district,junior,qualified_teachers_per_100,0.0000,0.4500,true\n"
            + "district,junior,key_teachers_per_100,0.0000,0.4500,true\n"
            + "district,junior,pe_art_teachers_per_100,0.0000,0.4500,true\n"
            + "district,junior,teaching_space_per_pupil,0.0000,0.4500,true\n"
            + "district,junior,sports_space_per_pupil,0.0000,0.4500,true\n"
            + "district,junior,equipment_value_per_pupil,0.0000,0.4500,true\n"
            + "district,junior,multimedia_classrooms_per_100,0.0000,0.4500,true\n");
        output.ShouldContain("小学：2 所学校，2 所达标");
    }

    [Fact]
    public async Task Balanced_ForTheWorkedExampleOfTheRules_FailsTheDistrictAt0515()
    {
        // Rules file B2.2: five primary schools (students, books); books stand in for equipment value here.
        var rows = new[] { (45, 279), (37, 137), (89, 935), (76, 160), (55, 402) }
            .Select((s, i) => $"P{i + 1},primary,{s.Item1},{s.Item1},{s.Item1},{s.Item1},{s.Item1 * 5},{s.Item1 * 8},{s.Item2},{s.Item1}\n");
        var schools = Write("schools.csv", Header + string.Concat(rows));
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result);

        exitCode.ShouldBe(0, output);
        (await File.ReadAllLinesAsync(result)).ShouldContain("district,primary,equipment_value_per_pupil,0.5153,0.5000,false");
        output.ShouldContain("equipment_value_per_pupil 0.5153");
    }

    [Fact]
    public async Task Balanced_WithAPolicyFile_UsesItsThresholdsAndKeepsTheNationalOnesForTheRest()
    {
        var schools = Write("schools.csv", Header + "P1,primary,1000,42,10,9,4500,7500,2000000,23\nP2,primary,1000,42,10,9,4500,7500,2000000,23\n");
        var policy = Write("policy.json", """
            {
              // 某市实施细则（测试）
              "source": "某市实施细则",
              "level": "市",
              "primary": { "key_teachers_per_100": 1.2, "max_variation_coefficient": 0.4 },
              "school_rule": { "minimum_indicators_met": 7 }
            }
            """);
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result, "--policy", policy);

        exitCode.ShouldBe(0, output);
        var lines = await File.ReadAllLinesAsync(result);
        lines.ShouldContain("P1,primary,key_teachers_per_100,1.0000,1.2000,false");
        lines.ShouldContain("P1,primary,qualified_teachers_per_100,4.2000,4.2000,true");
        lines.ShouldContain("P1,primary,school_standard,6.0000,7.0000,false");
        lines.ShouldContain("district,primary,key_teachers_per_100,0.0000,0.4000,true");
        output.ShouldContain("政策：某市实施细则（市）");
    }

    [Fact]
    public async Task Balanced_WhenTheFileHasErrors_ListsEachWithItsLineInChineseAndExitsWith2()
    {
        var schools = Write("schools.csv", Header
            + "P1,primary,1000,42,10,9,4500,7500,2000000,23\n"
            + "P1,primary,500,25,5,5,2500,4000,1200000,12\n"
            + "P3,senior,abc,1,1,1,1,1,1,1\n"
            + "P4,junior,100,1,1,1,1,1,1\n");
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result);

        exitCode.ShouldBe(2, output);
        output.ShouldContain("第 3 行 school_id：学校 P1 的 primary 学段已在第 2 行出现");
        output.ShouldContain("第 4 行 stage：应为 primary（小学）或 junior（初中），实际为“senior”");
        output.ShouldContain("第 4 行 enrolment：应为不小于 0 的整数，实际为“abc”");
        output.ShouldContain("第 5 行：有 9 列，表头有 10 列");
        output.ShouldNotContain("   at ");
        File.Exists(result).ShouldBeFalse();
    }

    [Fact]
    public async Task Balanced_WhenTheInputOrPolicyCannotBeRead_ExitsWith2WithoutAStackTrace()
    {
        var result = Path.Combine(_folder.FullName, "result.csv");
        var schools = Write("schools.csv", Header + "P1,primary,1000,42,10,9,4500,7500,2000000,23\n");
        var policy = Write("policy.json", """{ "primary": { "max_variation_coefficient": -1 }, "colour": "red" }""");

        var missing = await CliProcess.RunAsync("metrics", "balanced", "--schools", Path.Combine(_folder.FullName, "none.csv"), "--out", result);
        var wrongPolicy = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result, "--policy", policy);

        missing.ExitCode.ShouldBe(2, missing.Output);
        missing.Output.ShouldContain("找不到文件");
        wrongPolicy.ExitCode.ShouldBe(2, wrongPolicy.Output);
        wrongPolicy.Output.ShouldContain("未知字段“colour”");
        wrongPolicy.Output.ShouldContain("小学差异系数上限 -1 不能为负数");
        (missing.Output + wrongPolicy.Output).ShouldNotContain("   at ");
        File.Exists(result).ShouldBeFalse();
    }

    [Fact]
    public async Task Balanced_WhenASchoolHasNoPupils_SaysSoAndLeavesItOut()
    {
        var schools = Write("schools.csv", Header + "P1,primary,1000,42,10,9,4500,7500,2000000,23\n\"P0, 教学点\",primary,0,1,0,0,50,100,1000,0\n");
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("第 3 行 学校 P0, 教学点（primary）在校生数为 0");
        (await File.ReadAllTextAsync(result)).ShouldNotContain("P0");
    }

    [Fact]
    public async Task Balanced_WhenASchoolIdNeedsQuoting_QuotesItInTheResult()
    {
        var schools = Write("schools.csv", Header + "\"一小, \"\"东校区\"\"\",primary,1000,42,10,9,4500,7500,2000000,23\n");
        var result = Path.Combine(_folder.FullName, "result.csv");

        var (exitCode, output) = await CliProcess.RunAsync("metrics", "balanced", "--schools", schools, "--out", result);

        exitCode.ShouldBe(0, output);
        (await File.ReadAllLinesAsync(result))[1].ShouldBe("\"一小, \"\"东校区\"\"\",primary,qualified_teachers_per_100,4.2000,4.2000,true");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
