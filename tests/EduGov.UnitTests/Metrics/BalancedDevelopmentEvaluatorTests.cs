using EduGov.Metrics;
using EduGov.Metrics.BalancedDevelopment;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Metrics;

public sealed class BalancedDevelopmentEvaluatorTests
{
    private static readonly BalancedDevelopmentPolicy National = BalancedDevelopmentPolicy.National2017;

    private static SchoolResources Primary(string id, int pupils, decimal equipmentYuan = 0) =>
        new(id, SchoolStage.Primary, pupils, pupils * 0.05m, pupils * 0.012m, pupils * 0.01m, pupils * 5m, pupils * 8m, equipmentYuan, pupils * 0.025m);

    private static SchoolResources Junior(string id, int pupils, decimal keyTeachers) =>
        new(id, SchoolStage.Junior, pupils, pupils * 0.06m, keyTeachers, pupils * 0.01m, pupils * 6m, pupils * 11m, pupils * 2600m, pupils * 0.025m);

    /// <summary>The worked example of the rules file (B2.2) with its books standing in for equipment value.</summary>
    private static readonly SchoolResources[] WorkedExample =
    [
        Primary("P1", 45, 279), Primary("P2", 37, 137), Primary("P3", 89, 935), Primary("P4", 76, 160), Primary("P5", 55, 402),
    ];

    [Fact]
    public void Evaluate_ForWorkedExample_WeightsEachIndicatorByEnrolmentAndFailsTheDistrictOnThatIndicatorOnly()
    {
        var result = BalancedDevelopmentEvaluator.Evaluate(WorkedExample, National);

        var equipment = result.District.Single(d => d.Indicator == BalancedIndicator.EquipmentValuePerPupil);
        Math.Round(equipment.VariationCoefficient, 3).ShouldBe(0.515);
        equipment.Maximum.ShouldBe(0.50m);
        equipment.WithinMaximum.ShouldBeFalse();
        equipment.Schools.ShouldBe(5);
        result.District.Where(d => d.Indicator != BalancedIndicator.EquipmentValuePerPupil).ShouldAllBe(d => d.VariationCoefficient == 0 && d.WithinMaximum);
        result.IsBalanced(SchoolStage.Primary).ShouldBe(false);
        result.IsBalanced(SchoolStage.Junior).ShouldBeNull();
    }

    [Fact]
    public void Evaluate_ReportsEverySchoolInInputOrder_AndTheDistrictPerStageAndIndicator()
    {
        SchoolResources[] schools = [Junior("J1", 500, 5), Primary("P1", 400, 900_000), Junior("J2", 700, 14), Primary("P2", 300, 600_000)];

        var result = BalancedDevelopmentEvaluator.Evaluate(schools, National);

        result.Schools.Select(s => s.School.SchoolId).ShouldBe(["J1", "P1", "J2", "P2"]);
        result.Schools.ShouldAllBe(s => s.Indicators.Count == 7);
        result.District.Select(d => (d.Stage, d.Indicator)).ShouldBe(
            [.. SchoolStages.All.SelectMany(stage => BalancedIndicators.All.Select(indicator => (stage, indicator)))]);
        result.District.Where(d => d.Stage == SchoolStage.Junior).ShouldAllBe(d => d.Maximum == 0.45m && d.Schools == 2);
        result.NotEvaluated.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ComputesEachStageOverItsOwnSchoolsOnly()
    {
        // Junior key teachers per 100: J1 1.0 (500 pupils), J2 2.0 (700 pupils); the primary schools must not count.
        SchoolResources[] schools = [Junior("J1", 500, 5), Primary("P1", 400, 900_000), Junior("J2", 700, 14)];
        var expected = VariationCoefficient.Weighted([1.0, 2.0], [500, 700]);

        var result = BalancedDevelopmentEvaluator.Evaluate(schools, National);

        result.District.Single(d => d.Stage == SchoolStage.Junior && d.Indicator == BalancedIndicator.KeyTeachersPer100)
            .VariationCoefficient.ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_ForANineYearSchoolSplitByStage_AcceptsTheSameIdOncePerStage()
    {
        SchoolResources[] schools = [Primary("S9", 600, 1_500_000), Junior("S9", 300, 3)];

        var result = BalancedDevelopmentEvaluator.Evaluate(schools, National);

        result.Schools.Select(s => (s.School.SchoolId, s.School.Stage)).ShouldBe([("S9", SchoolStage.Primary), ("S9", SchoolStage.Junior)]);
    }

    [Fact]
    public void Evaluate_WhenTheSameSchoolAndStageAppearTwice_Throws()
    {
        Should.Throw<ArgumentException>(() => BalancedDevelopmentEvaluator.Evaluate([Primary("P1", 100), Primary("P1", 200)], National))
            .Message.ShouldContain("P1");
    }

    [Fact]
    public void Evaluate_WhenASchoolHasNoPupils_SkipsItExplicitlyAndLeavesItOutOfTheCoefficients()
    {
        var empty = Primary("P0", 0, 50_000);

        var with = BalancedDevelopmentEvaluator.Evaluate([.. WorkedExample, empty], National);
        var without = BalancedDevelopmentEvaluator.Evaluate(WorkedExample, National);

        with.NotEvaluated.ShouldBe([empty]);
        with.Schools.ShouldNotContain(s => s.School.SchoolId == "P0");
        with.District.ShouldBe(without.District);
    }

    [Fact]
    public void Evaluate_WhenEveryPrimarySchoolIsEmpty_HasNoPrimaryCoefficients()
    {
        var result = BalancedDevelopmentEvaluator.Evaluate([Primary("P0", 0), Junior("J1", 500, 5)], National);

        result.District.ShouldAllBe(d => d.Stage == SchoolStage.Junior);
        result.IsBalanced(SchoolStage.Primary).ShouldBeNull();
        result.IsBalanced(SchoolStage.Junior).ShouldBe(true);
    }

    [Fact]
    public void Evaluate_ForASingleSchoolStage_CoefficientsAreZeroAndWithin()
    {
        var result = BalancedDevelopmentEvaluator.Evaluate([Junior("J1", 500, 5)], National);

        result.District.Count.ShouldBe(7);
        result.District.ShouldAllBe(d => d.VariationCoefficient == 0 && d.WithinMaximum && d.Schools == 1);
    }

    [Fact]
    public void Evaluate_WithoutSchools_ReturnsNothing()
    {
        var result = BalancedDevelopmentEvaluator.Evaluate([], National);

        result.Schools.ShouldBeEmpty();
        result.District.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_WhenTheCoefficientEqualsTheMaximum_IsWithin_PrimaryAt050ButNotJuniorAt045()
    {
        // Key teachers per 100: 1 and 3 with equal enrolment → mean 2, S = 1, CV = 0.5 exactly.
        SchoolResources[] schools =
        [
            Primary("P1", 100) with { KeyTeachers = 1 }, Primary("P2", 100) with { KeyTeachers = 3 },
            Junior("J1", 100, 1), Junior("J2", 100, 3),
        ];

        var result = BalancedDevelopmentEvaluator.Evaluate(schools, National);

        var primary = result.District.Single(d => d.Stage == SchoolStage.Primary && d.Indicator == BalancedIndicator.KeyTeachersPer100);
        var junior = result.District.Single(d => d.Stage == SchoolStage.Junior && d.Indicator == BalancedIndicator.KeyTeachersPer100);
        primary.VariationCoefficient.ShouldBe(0.5);
        primary.WithinMaximum.ShouldBeTrue();
        junior.VariationCoefficient.ShouldBe(0.5);
        junior.WithinMaximum.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_UsesTheMaximumFromThePolicy()
    {
        var provincial = National with
        {
            Source = "某省实施细则（测试）",
            Level = "省",
            Primary = National.Primary with { MaximumVariationCoefficient = 0.55m },
        };

        var result = BalancedDevelopmentEvaluator.Evaluate(WorkedExample, provincial);

        result.Policy.ShouldBe(provincial);
        result.District.Single(d => d.Indicator == BalancedIndicator.EquipmentValuePerPupil).WithinMaximum.ShouldBeTrue();
        result.IsBalanced(SchoolStage.Primary).ShouldBe(true);
    }

    [Fact]
    public void Evaluate_WhenThePolicyIsInvalid_ThrowsWithEveryProblem()
    {
        var broken = National with
        {
            Junior = National.Junior with { MaximumVariationCoefficient = -0.1m },
            SchoolRule = new SchoolStandardRule(8, 1.2m),
        };

        var message = Should.Throw<ArgumentException>(() => BalancedDevelopmentEvaluator.Evaluate(WorkedExample, broken)).Message;

        message.ShouldContain("初中差异系数上限");
        message.ShouldContain("0 到 7");
        message.ShouldContain("0 到 1");
    }

    [Fact]
    public void Evaluate_WhenEnrolmentIsNegative_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BalancedDevelopmentEvaluator.Evaluate([Primary("P1", -5)], National));
    }
}
