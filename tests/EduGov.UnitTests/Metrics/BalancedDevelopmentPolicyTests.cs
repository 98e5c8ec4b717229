using EduGov.Metrics.BalancedDevelopment;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Metrics;

public sealed class BalancedDevelopmentPolicyTests
{
    [Fact]
    public void National2017_HoldsTheNumbersOfTheRulesFile()
    {
        var policy = BalancedDevelopmentPolicy.National2017;

        policy.Primary.Minimums.ShouldBe(new IndicatorValues(4.2m, 1m, 0.9m, 4.5m, 7.5m, 2000m, 2.3m));
        policy.Junior.Minimums.ShouldBe(new IndicatorValues(5.3m, 1m, 0.9m, 5.8m, 10.2m, 2500m, 2.4m));
        policy.Primary.MaximumVariationCoefficient.ShouldBe(0.50m);
        policy.Junior.MaximumVariationCoefficient.ShouldBe(0.45m);
        policy.SchoolRule.ShouldBe(new SchoolStandardRule(6, 0.85m));
        policy.Source.ShouldContain("教督〔2017〕6号");
        policy.Level.ShouldBe("国家");
        policy.Problems().ShouldBeEmpty();
    }

    [Fact]
    public void For_ReturnsEachStagesStandard_AndWithReplacesIt()
    {
        var policy = BalancedDevelopmentPolicy.National2017;
        var stricter = policy.Junior with { MaximumVariationCoefficient = 0.40m };

        policy.For(SchoolStage.Primary).ShouldBe(policy.Primary);
        policy.For(SchoolStage.Junior).ShouldBe(policy.Junior);
        policy.With(SchoolStage.Junior, stricter).Junior.ShouldBe(stricter);
        policy.With(SchoolStage.Junior, stricter).Primary.ShouldBe(policy.Primary);
        BalancedDevelopmentPolicy.National2017.Junior.MaximumVariationCoefficient.ShouldBe(0.45m);
    }

    [Fact]
    public void Problems_ListsEveryInvalidNumberInChinese()
    {
        var national = BalancedDevelopmentPolicy.National2017;
        var broken = national with
        {
            Source = " ",
            EffectiveTo = new DateOnly(2016, 1, 1),
            Primary = national.Primary with { Minimums = national.Primary.Minimums.With(BalancedIndicator.SportsSpacePerPupil, -1m) },
            SchoolRule = new SchoolStandardRule(-1, -0.5m),
        };

        var problems = broken.Problems();

        problems.Count.ShouldBe(5);
        problems.ShouldContain("政策未注明依据文件");
        problems.ShouldContain(p => p.Contains("早于生效日期", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("小学“生均体育运动场馆面积”", StringComparison.Ordinal));
    }
}
