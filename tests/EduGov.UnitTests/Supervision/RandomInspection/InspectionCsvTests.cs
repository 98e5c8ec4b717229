using EduGov.Supervision.RandomInspection;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.RandomInspection;

public sealed class InspectionCsvTests
{
    [Fact]
    public void Targets_AreWrittenInTokenOrder_AndReadBack()
    {
        DrawTarget[] targets = [new("T2", "B", "西片", true), new("T1", "A", "东片,北", false)];

        var text = InspectionCsv.WriteTargets(targets);

        text.ShouldBe("token,grade,area,recent\nT1,A,\"东片,北\",false\nT2,B,西片,true\n");
        InspectionCsv.ReadTargets(text).ShouldBe([targets[1], targets[0]], ignoreOrder: false);
    }

    [Fact]
    public void Inspectors_SortAreasAndConflicts_AndReadBack()
    {
        DrawInspector officer = new("ZF2", "王五", ["西片", "东片"], ["T9", "T1"]);

        var text = InspectionCsv.WriteInspectors([officer, new DrawInspector("ZF1", "李四", [], [])]);

        text.ShouldBe("token,name,areas,conflicts\nZF1,李四,,\nZF2,王五,东片;西片,T1;T9\n");
        var read = InspectionCsv.ReadInspectors(text);
        read[1].Areas.ShouldBe(["东片", "西片"]);
        read[1].Conflicts.ShouldBe(["T1", "T9"]);
        read[0].Areas.ShouldBeEmpty();
    }

    [Fact]
    public void Read_AcceptsOnlyTheRequiredColumns_AndCrLf()
    {
        InspectionCsv.ReadTargets("grade,token\r\nA,T1\r\n\r\n").ShouldBe([new DrawTarget("T1", "A", "", false)]);
        InspectionCsv.ReadInspectors("token\nZF1\n").Single().Token.ShouldBe("ZF1");
    }

    [Theory]
    [InlineData("", "为空")]
    [InlineData("token\nT1\n", "缺少 grade")]
    [InlineData("token,grade\nT1\n", "第 2 行")]
    [InlineData("token,grade,recent\nT1,A,yes\n", "recent")]
    [InlineData("token,grade\n\"T1,A\n", "引号")]
    public void ReadTargets_ExplainsWhatIsWrong(string csv, string expected) =>
        Should.Throw<RandomInspectionException>(() => InspectionCsv.ReadTargets(csv)).Message.ShouldContain(expected);

    [Fact]
    public void ManifestSha256_IsTheDigestOfBothFilesOneAfterTheOther() =>
        InspectionCsv.ManifestSha256("token,grade,area,recent\n", "token,name,areas,conflicts\n")
            .ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("token,grade,area,recent\ntoken,name,areas,conflicts\n"u8)));
}
