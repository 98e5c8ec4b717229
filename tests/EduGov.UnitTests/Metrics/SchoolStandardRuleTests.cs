using EduGov.Metrics.BalancedDevelopment;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Metrics;

/// <summary>The per-school rule: at least six of the seven indicators met, and the seventh at least 85 % of its standard.</summary>
public sealed class SchoolStandardRuleTests
{
    private static readonly BalancedDevelopmentPolicy National = BalancedDevelopmentPolicy.National2017;

    /// <summary>A primary school of 1,000 pupils whose every count sits exactly on the national standard.</summary>
    private static readonly SchoolResources OnTheStandard = new("S1", SchoolStage.Primary, 1000, 42, 10, 9, 4500, 7500, 2_000_000, 23);

    public static TheoryData<SchoolStage, BalancedIndicator> EveryStageAndIndicator()
    {
        var data = new TheoryData<SchoolStage, BalancedIndicator>();
        foreach (var stage in SchoolStages.All)
        {
            foreach (var indicator in BalancedIndicators.All)
            {
                data.Add(stage, indicator);
            }
        }

        return data;
    }

    private static List<IndicatorOutcome> Outcomes(SchoolStage stage, params (BalancedIndicator Indicator, decimal ShareOfStandard)[] shortfalls)
    {
        var minimums = National.For(stage).Minimums;
        return
        [
            .. BalancedIndicators.All.Select(indicator =>
            {
                var share = shortfalls.Where(s => s.Indicator == indicator).Select(s => s.ShareOfStandard).DefaultIfEmpty(1m).Single();
                var value = minimums[indicator] * share;
                return new IndicatorOutcome(indicator, value, minimums[indicator], value >= minimums[indicator]);
            }),
        ];
    }

    [Fact]
    public void EvaluateSchool_WhenAllSevenMetExactlyAtTheStandard_MeetsTheStandard()
    {
        var evaluation = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard, National);

        evaluation.Indicators.ShouldAllBe(o => o.Met);
        evaluation.IndicatorsMet.ShouldBe(7);
        evaluation.MeetsStandard.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateSchool_WhenSixMetAndTheSeventhIsExactly85Percent_MeetsTheStandard()
    {
        // 3,825 m² for 1,000 pupils = 3.825 m² = 85 % of 4.5 m².
        var evaluation = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { TeachingSpaceSquareMetres = 3825 }, National);

        evaluation.IndicatorsMet.ShouldBe(6);
        evaluation.Indicators.Single(o => !o.Met).Indicator.ShouldBe(BalancedIndicator.TeachingSpacePerPupil);
        evaluation.Indicators.Single(o => !o.Met).Value.ShouldBe(0.85m * 4.5m);
        evaluation.MeetsStandard.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateSchool_WhenSixMetAndTheSeventhIs8499Percent_FailsTheStandard()
    {
        // 3,824.55 m² for 1,000 pupils = 3.82455 m² = 84.99 % of 4.5 m².
        var evaluation = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { TeachingSpaceSquareMetres = 3824.55m }, National);

        evaluation.IndicatorsMet.ShouldBe(6);
        evaluation.MeetsStandard.ShouldBeFalse();
    }

    [Fact]
    public void EvaluateSchool_WhenFiveMetAndTheOtherTwoAre99Percent_FailsTheStandard()
    {
        var evaluation = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { TeachingSpaceSquareMetres = 4455, SportsSpaceSquareMetres = 7425 }, National);

        evaluation.IndicatorsMet.ShouldBe(5);
        evaluation.MeetsStandard.ShouldBeFalse();
    }

    [Fact]
    public void EvaluateSchool_ForAJuniorSchool_UsesTheJuniorStandards()
    {
        // 5.3 qualified teachers per 100 for junior: 42 per 1,000 is met for primary, not for junior (79 % of 5.3).
        var junior = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { Stage = SchoolStage.Junior }, National);

        junior.Indicators.Where(o => !o.Met).Select(o => o.Indicator).ShouldBe(
        [
            BalancedIndicator.QualifiedTeachersPer100, BalancedIndicator.TeachingSpacePerPupil, BalancedIndicator.SportsSpacePerPupil,
            BalancedIndicator.EquipmentValuePerPupil, BalancedIndicator.MultimediaClassroomsPer100,
        ]);
        junior.Indicators[0].Threshold.ShouldBe(5.3m);
        junior.MeetsStandard.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(EveryStageAndIndicator))]
    public void IsMetBy_ForEveryIndicator_SeventhAt85PercentPassesAndAt8499PercentFails(SchoolStage stage, BalancedIndicator indicator)
    {
        National.SchoolRule.IsMetBy(Outcomes(stage, (indicator, 0.85m))).ShouldBeTrue();
        National.SchoolRule.IsMetBy(Outcomes(stage, (indicator, 0.8499m))).ShouldBeFalse();
        National.SchoolRule.IsMetBy(Outcomes(stage)).ShouldBeTrue();
    }

    [Fact]
    public void IsMetBy_WhenTwoIndicatorsFallShortEvenBarely_Fails()
    {
        var outcomes = Outcomes(SchoolStage.Junior, (BalancedIndicator.KeyTeachersPer100, 0.9999m), (BalancedIndicator.MultimediaClassroomsPer100, 0.9999m));

        SchoolStandardRule.CountMet(outcomes).ShouldBe(5);
        National.SchoolRule.IsMetBy(outcomes).ShouldBeFalse();
    }

    [Fact]
    public void EvaluateSchool_FollowsTheRuleInThePolicy_NotAConstant()
    {
        var at8499 = OnTheStandard with { TeachingSpaceSquareMetres = 3824.55m };
        var lenient = National with { SchoolRule = new SchoolStandardRule(6, 0.80m) };
        var allSeven = National with { SchoolRule = new SchoolStandardRule(7, 0.85m) };
        var fiveOfSeven = National with { SchoolRule = new SchoolStandardRule(5, 0.85m) };

        BalancedDevelopmentEvaluator.EvaluateSchool(at8499, lenient).MeetsStandard.ShouldBeTrue();
        BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { TeachingSpaceSquareMetres = 3825 }, allSeven).MeetsStandard.ShouldBeFalse();
        BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { TeachingSpaceSquareMetres = 4455, SportsSpaceSquareMetres = 7425 }, fiveOfSeven).MeetsStandard.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateSchool_FollowsTheThresholdsInThePolicy_NotConstants()
    {
        var stricter = National with
        {
            Primary = National.Primary with { Minimums = National.Primary.Minimums.With(BalancedIndicator.KeyTeachersPer100, 1.5m) },
        };

        var evaluation = BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard, stricter);

        evaluation.Indicators[1].ShouldBe(new IndicatorOutcome(BalancedIndicator.KeyTeachersPer100, 1m, 1.5m, Met: false));
        evaluation.IndicatorsMet.ShouldBe(6);
        evaluation.MeetsStandard.ShouldBeFalse("1.0 只有标准 1.5 的 66.7%，低于 85%");
    }

    [Fact]
    public void EvaluateSchool_WhenEnrolmentIsZero_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BalancedDevelopmentEvaluator.EvaluateSchool(OnTheStandard with { Enrolment = 0 }, National));
    }
}
