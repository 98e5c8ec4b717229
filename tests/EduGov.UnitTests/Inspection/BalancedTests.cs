using EduGov.Inspection.Balanced;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Registry;
using EduGov.Registry.Contracts;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Inspection;

/// <summary>The pure helpers of the balanced-development part: the nine-year split, the facilities checks, the vocabulary.</summary>
public sealed class BalancedTests
{
    private static readonly FacilitiesValues School = new(9_000m, 15_000m, 2_700_000m, 27);

    [Fact]
    public void Split_NineYearSchool_SharesEveryFacilityByTheRatioOfPupils()
    {
        var stages = FacilitiesSplit.Split(School, [600, 300]);

        stages.ShouldBe([new FacilitiesShare(6_000m, 10_000m, 1_800_000m, 18m), new FacilitiesShare(3_000m, 5_000m, 900_000m, 9m)]);
    }

    [Fact]
    public void Split_UnevenRatio_KeepsTheWholeAndEachStagesPerPupilValueEqual()
    {
        var stages = FacilitiesSplit.Split(School, [700, 300]);

        (stages[0].TeachingSpaceSquareMetres + stages[1].TeachingSpaceSquareMetres).ShouldBe(9_000m);
        (stages[0].MultimediaClassrooms / 700).ShouldBe(stages[1].MultimediaClassrooms / 300, 1e-20m);
        stages[0].EquipmentValueYuan.ShouldBe(1_890_000m);
    }

    [Fact]
    public void Split_OneStage_KeepsEverything_AndStagesWithoutPupilsGetNothing()
    {
        FacilitiesSplit.Split(School, [850]).ShouldBe([new FacilitiesShare(9_000m, 15_000m, 2_700_000m, 27m)]);
        FacilitiesSplit.Split(School, [850, 0])[1].ShouldBe(new FacilitiesShare(0m, 0m, 0m, 0m));
        FacilitiesSplit.Split(School, [0, 0]).ShouldAllBe(s => s == new FacilitiesShare(0m, 0m, 0m, 0m));
        Should.Throw<ArgumentOutOfRangeException>(() => FacilitiesSplit.Split(School, [10, -1]));
    }

    [Fact]
    public void FacilitiesRules_AcceptPlausibleFigures_AndNameEachProblem()
    {
        var today = new DateOnly(2026, 11, 23);

        FacilitiesRules.Problems(2026, School, today).ShouldBeEmpty();
        FacilitiesRules.Problems(2027, new FacilitiesValues(0, 0, 0, 0), today).ShouldBeEmpty();
        FacilitiesRules.Problems(2028, new FacilitiesValues(300_000.01m, -0.01m, 1.005m, -1), today).ShouldBe(new Dictionary<string, string>
        {
            ["Year"] = "年度应在 2000 到 2027 之间",
            [nameof(FacilitiesValues.TeachingSpaceSquareMetres)] = "教学及辅助用房面积不能超过 300,000 平方米，请核对单位",
            [nameof(FacilitiesValues.SportsSpaceSquareMetres)] = "体育运动场馆面积不能为负数",
            [nameof(FacilitiesValues.EquipmentValueYuan)] = "教学仪器设备值最多保留两位小数",
            [nameof(FacilitiesValues.MultimediaClassrooms)] = "网络多媒体教室数不能为负数",
        }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("小学教师资格", Stage.Primary)]
    [InlineData("初级中学教师资格", Stage.Junior)]
    [InlineData("初中教师资格", Stage.Junior)]
    [InlineData("高级中学教师资格", null)]
    [InlineData("幼儿园教师资格", null)]
    [InlineData("中等职业学校教师资格", null)]
    public void TeacherQualification_NamesTheStageATeacherCountsFor(string qualification, Stage? stage) =>
        CompulsoryStaffing.StageOfQualification(qualification).ShouldBe(stage);

    [Theory]
    [InlineData(SchoolType.Primary, true)]
    [InlineData(SchoolType.Junior, true)]
    [InlineData(SchoolType.NineYear, true)]
    [InlineData(SchoolType.CompleteSecondary, true)]
    [InlineData(SchoolType.TwelveYear, true)]
    [InlineData(SchoolType.Special, false)]
    [InlineData(SchoolType.Vocational, false)]
    [InlineData(SchoolType.Kindergarten, false)]
    [InlineData(SchoolType.Senior, false)]
    public void EvaluatedSchools_AreThoseTeachingPrimaryOrJunior(SchoolType type, bool evaluated) =>
        BalancedSchools.IsEvaluated(type).ShouldBe(evaluated);

    [Fact]
    public void IssueReference_NamesYearStageAndIndicatorByTheirCodes() =>
        BalancedSchools.Reference(2026, SchoolStage.Junior, BalancedIndicator.MultimediaClassroomsPer100).ShouldBe("balanced:2026:junior:multimedia_classrooms_per_100");

    [Theory]
    [InlineData(BalancedIndicator.KeyTeachersPer100, "0.9957", "0.99")]
    [InlineData(BalancedIndicator.KeyTeachersPer100, "1", "1.00")]
    [InlineData(BalancedIndicator.TeachingSpacePerPupil, "5.799", "5.79")]
    [InlineData(BalancedIndicator.EquipmentValuePerPupil, "2499.99", "2,499")]
    public void DisplayedValues_AreCutNotRounded_SoAShortfallNeverReadsAsTheStandard(BalancedIndicator indicator, string value, string shown) =>
        BalancedSchools.Format(indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(shown);

    [Theory]
    [InlineData(0.5, "0.500")]
    [InlineData(0.50003, "0.501")]
    [InlineData(0.4499, "0.450")]
    [InlineData(0.45, "0.450")]
    public void DisplayedCoefficients_AreRaised_SoAnExcessNeverReadsAsTheMaximum(double coefficient, string shown) =>
        BalancedSchools.FormatCoefficient(coefficient).ShouldBe(shown);
}
