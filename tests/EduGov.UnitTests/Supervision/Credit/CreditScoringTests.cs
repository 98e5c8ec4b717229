using EduGov.Supervision.Credit;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.Credit;

public sealed class CreditScoringTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly GradeBands Bands = new(90, 80, 70, 60);
    private static readonly Standing Licensed = new(true, false);

    /// <summary>A small Tianjin-style catalogue: 100 points in all.</summary>
    private static readonly CatalogueItem[] Catalogue =
    [
        new("display", "信息公示", 40, 20, Tier.Minor),
        new("refund", "退费", 30, 10, Tier.Ordinary),
        new("charges", "收费", 20, 10, Tier.Ordinary),
        new("safety", "安全", 10, 10, Tier.Serious, Grade.D),
        new("political", "意识形态", 0, 0, Tier.Serious, Grade.D, DirectRed: true),
    ];

    private static Breach Active(string code, int instances, Tier tier, int daysAgo = 10) =>
        new(code, instances, tier, Today.AddDays(-daysAgo), RecordState.Active, Today.AddMonths(6));

    private static CreditResult Evaluate(params Breach[] breaches) => Evaluate(Licensed, breaches);

    private static CreditResult Evaluate(Standing standing, params Breach[] breaches) =>
        CreditScoring.Evaluate(Catalogue, breaches, Bands, 2, standing, Today);

    [Fact]
    public void NoRecords_FullScore_GradeA_WhiteList()
    {
        var result = Evaluate();

        result.Points.ShouldBe(100);
        result.Total.ShouldBe(100);
        result.Percentage.ShouldBe(100m);
        result.Per1000.ShouldBe(1000);
        result.Grade.ShouldBe(Grade.A);
        result.Card.ShouldBe(Card.None);
        result.Listing.ShouldBe(Listing.White);
    }

    [Fact]
    public void OneItem_NeverLosesMoreThanItsMaximum()
    {
        var result = Evaluate(Active("refund", 2, Tier.Ordinary, 30), Active("refund", 5, Tier.Ordinary, 20));

        var refund = result.Items.Single(i => i.Code == "refund");
        refund.Instances.ShouldBe(7);
        refund.Deducted.ShouldBe(30);
        refund.Points.ShouldBe(0);
        result.Points.ShouldBe(70);
        result.Percentage.ShouldBe(70m);
        result.Per1000.ShouldBe(700);
        result.Grade.ShouldBe(Grade.C);
    }

    [Theory]
    [InlineData(90, Grade.A)]
    [InlineData(89.99, Grade.B)]
    [InlineData(80, Grade.B)]
    [InlineData(70, Grade.C)]
    [InlineData(60, Grade.D)]
    [InlineData(59.99, Grade.E)]
    public void Bands_AreLowerBoundsInPercent(double percentage, Grade grade) => Bands.Of((decimal)percentage).ShouldBe(grade);

    [Fact]
    public void PercentageOfACatalogueTotal_RoundsToTwoDecimals_AndPer1000IsTimesTen()
    {
        CatalogueItem[] thousand = [new("a", "甲", 700, 7, Tier.Ordinary), new("b", "乙", 300, 3, Tier.Minor)];
        var result = CreditScoring.Evaluate(thousand, [Active("a", 1, Tier.Ordinary)], Bands, 2, Licensed, Today);

        result.Points.ShouldBe(993);
        result.Percentage.ShouldBe(99.3m);
        result.Per1000.ShouldBe(993);
    }

    [Fact]
    public void ABreachOfACappingItem_CapsTheGradeAtD_WhateverTheScore()
    {
        var result = Evaluate(Active("safety", 1, Tier.Ordinary));

        result.Percentage.ShouldBe(90m);
        result.ScoreGrade.ShouldBe(Grade.A);
        result.Grade.ShouldBe(Grade.D);
        result.Listing.ShouldBe(Listing.None);
        result.ListReason.ShouldContain("低于 C 级");
    }

    [Theory]
    [InlineData(RecordState.Repaired)]
    [InlineData(RecordState.Expired)]
    [InlineData(RecordState.Withdrawn)]
    public void OnlyActiveRecordsCount(RecordState state)
    {
        var result = Evaluate(Active("refund", 3, Tier.Serious) with { State = state });

        result.Points.ShouldBe(100);
        result.Card.ShouldBe(Card.None);
        result.Listing.ShouldBe(Listing.White);
    }

    [Fact]
    public void ARecordPastItsPublication_NoLongerCounts_FromItsEndDay()
    {
        var ending = Active("refund", 1, Tier.Ordinary) with { PublicUntil = Today };
        var lastDay = Active("refund", 1, Tier.Ordinary) with { PublicUntil = Today.AddDays(1) };

        Evaluate(ending).Points.ShouldBe(100);
        Evaluate(lastDay).Points.ShouldBe(90);
    }

    [Fact]
    public void Cards_MinorFirstIsAReminder_ThenAYellow_ThenTwoYellowsMakeRed()
    {
        Evaluate(Active("display", 1, Tier.Minor, 30)).Card.ShouldBe(Card.Reminder);

        var second = Evaluate(Active("display", 1, Tier.Minor, 30), Active("display", 1, Tier.Minor, 20));
        second.Card.ShouldBe(Card.Yellow);
        second.Yellows.ShouldBe(1);

        var third = Evaluate(Active("display", 1, Tier.Minor, 30), Active("display", 1, Tier.Minor, 20), Active("charges", 1, Tier.Ordinary, 10));
        third.Card.ShouldBe(Card.Red);
        third.Yellows.ShouldBe(2);
        third.Listing.ShouldBe(Listing.Black);
        third.ListReason.ShouldBe("被出示红牌");
    }

    [Fact]
    public void Cards_AnOrdinaryBreachIsAYellowAtOnce_AndTheRedNeedsTheRulesNumberOfYellows()
    {
        Breach[] two = [Active("charges", 1, Tier.Ordinary, 30), Active("refund", 1, Tier.Ordinary, 20)];

        Evaluate(Active("charges", 1, Tier.Ordinary)).Card.ShouldBe(Card.Yellow);
        CreditScoring.Evaluate(Catalogue, two, Bands, 2, Licensed, Today).Card.ShouldBe(Card.Red);
        CreditScoring.Evaluate(Catalogue, two, Bands, 3, Licensed, Today).Card.ShouldBe(Card.Yellow);
    }

    [Fact]
    public void Cards_AnExtremelySeriousItemGivesRedDirectly()
    {
        var result = Evaluate(Active("political", 1, Tier.Serious));

        result.Card.ShouldBe(Card.Red);
        result.CardReason.ShouldContain("直接红牌");
        result.Grade.ShouldBe(Grade.D);
    }

    [Fact]
    public void Lists_ASeriousRecordBlackLists_EvenWithAGoodScore()
    {
        var result = Evaluate(new Breach("charges", 1, Tier.Serious, Today.AddDays(-5), RecordState.Active, Today.AddYears(1)));

        result.Grade.ShouldBe(Grade.A);
        result.Listing.ShouldBe(Listing.Black);
        result.ListReason.ShouldContain("严重失信");
    }

    [Fact]
    public void Lists_WhiteNeedsALicenceWithoutSuspension_AndGradeCOrBetter()
    {
        Evaluate(new Standing(false, false)).Listing.ShouldBe(Listing.None);
        Evaluate(new Standing(true, true)).Listing.ShouldBe(Listing.None);
        Evaluate(Active("display", 2, Tier.Minor, 30), Active("refund", 3, Tier.Ordinary, 40)).Listing.ShouldBe(Listing.Black);

        var gradeC = CreditScoring.List(Licensed, [], Card.Yellow, Grade.C);
        var gradeD = CreditScoring.List(Licensed, [], Card.None, Grade.D);
        gradeC.Listing.ShouldBe(Listing.White);
        gradeD.Listing.ShouldBe(Listing.None);
    }
}
