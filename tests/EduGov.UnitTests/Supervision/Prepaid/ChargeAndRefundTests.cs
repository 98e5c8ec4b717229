using EduGov.Supervision;
using EduGov.Supervision.Prepaid;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.Prepaid;

/// <summary>Every charge rule at its edge, refunds before and after the start, and the alert rules.</summary>
public sealed class ChargeAndRefundTests
{
    private static readonly ChargeLimits Limits = new(MaxMonths: 3, MaxLessons: 60, MaxFen: 500_000, EarliestMonthsBeforeStart: 1, RenewalRemainingLessons: 20);
    private static readonly DateOnly Start = new(2026, 9, 1);

    private static IReadOnlyList<ChargeRule> Check(DateOnly paidOn, DateOnly until, int lessons, long fen) =>
        [.. ChargeCheck.Violations(new Charge(paidOn, Start, until, lessons, fen), Limits).Select(v => v.Rule)];

    [Fact]
    public void ACompliantCharge_AtEveryEdge_Passes() =>
        Check(new DateOnly(2026, 8, 1), new DateOnly(2026, 11, 30), 60, 500_000).ShouldBeEmpty();

    [Fact]
    public void OneDayLongerThanMaxMonths_IsRefused()
    {
        Check(Start, new DateOnly(2026, 12, 1), 24, 100_000).ShouldBe([ChargeRule.MaxMonths]);
        new Charge(Start, Start, new DateOnly(2026, 12, 1), 24, 1).CoveredMonths.ShouldBe(4);
        new Charge(Start, Start, new DateOnly(2026, 11, 30), 24, 1).CoveredMonths.ShouldBe(3);
    }

    [Fact]
    public void OneLessonMoreThanMax_IsRefused() => Check(Start, Start.AddMonths(1), 61, 100_000).ShouldBe([ChargeRule.MaxLessons]);

    [Fact]
    public void OneFenMoreThanMaxYuan_IsRefused() => Check(Start, Start.AddMonths(1), 20, 500_001).ShouldBe([ChargeRule.MaxAmount]);

    [Fact]
    public void OneDayEarlierThanAllowed_IsRefused()
    {
        var early = ChargeCheck.Violations(new Charge(new DateOnly(2026, 7, 31), Start, Start.AddMonths(1), 20, 100_000), Limits);
        early.ShouldHaveSingleItem().ShouldBe(new ChargeViolation(ChargeRule.TooEarly, 1));
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    [InlineData(null, false)]
    public void ARenewalWithFewLessonsLeft_MayBeCollectedBeforeTheMonth(int? remaining, bool allowed)
    {
        var months = ChargeCheck.Violations(new Charge(new DateOnly(2026, 6, 1), Start, Start.AddMonths(1), 20, 100_000, remaining), Limits);
        (months.Count == 0).ShouldBe(allowed);
        if (!allowed)
        {
            months.ShouldHaveSingleItem().Rule.ShouldBe(ChargeRule.TooEarly);
        }
    }

    [Fact]
    public void ARenewalWithManyLessonsLeft_IsStillAllowedWithinTheMonth() =>
        ChargeCheck.Violations(new Charge(new DateOnly(2026, 8, 1), Start, Start.AddMonths(1), 20, 100_000, RemainingLessons: 40), Limits).ShouldBeEmpty();

    [Fact]
    public void ChargingByBothPeriodAndLessons_TheShorterSpanApplies() =>
        Check(Start, new DateOnly(2027, 2, 28), 61, 600_000).ShouldBe([ChargeRule.MaxMonths, ChargeRule.MaxLessons, ChargeRule.MaxAmount]);

    [Fact]
    public void RefundBeforeStart_IsEverythingPaid_WithinTheBeforeStartDays()
    {
        var f = EnrolmentFigures.New(240_000, 24).Pay(240_000);
        var quote = RefundCalculator.Quote(f, Start, new DateOnly(2026, 8, 20), new RefundTerms(5, 15, 5), WorkingCalendar.WeekdaysOnly);
        quote.ShouldBe(new RefundQuote(240_000, true, 0, new DateOnly(2026, 8, 27), new DateOnly(2026, 8, 25)));
    }

    [Fact]
    public void RefundAfterStart_IsPaidLessCompletedLessons_DisputedNotCounted()
    {
        var f = EnrolmentFigures.New(100_00, 3).Pay(100_00).Teach(2).Confirm(1).Release(3333);
        var quote = RefundCalculator.Quote(f, Start, new DateOnly(2026, 9, 10), new RefundTerms(5, 15, 5), WorkingCalendar.WeekdaysOnly);
        quote.AmountFen.ShouldBe(100_00 - 6666);
        quote.PayBy.ShouldBe(new DateOnly(2026, 9, 25));
        var disputed = f.Dispute(1);
        RefundCalculator.Quote(disputed, Start, new DateOnly(2026, 9, 10), new RefundTerms(5, 15, 5), WorkingCalendar.WeekdaysOnly).AmountFen.ShouldBe(100_00 - 3333);
    }

    [Fact]
    public void RefundDeadline_InWorkingDays_SkipsHolidays()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)], []);
        var f = EnrolmentFigures.New(100_000, 10).Pay(100_000);
        RefundCalculator.Quote(f, Start, new DateOnly(2026, 9, 30), new RefundTerms(5, 15, 1), calendar).AnswerBy.ShouldBe(new DateOnly(2026, 10, 5));
    }

    private static readonly AlertThresholds Thresholds = new(3, 30, 5, 60);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static InstitutionRiskFacts Healthy => new(
        PaidFen: 1_000_000, ReleasedFen: 300_000, RefundedFen: 100_000, CustodyBalanceFen: 600_000, CustodyBalanceOn: Today,
        DepositRequiredFen: 200_000, DepositHeldFen: 200_000, RecentPaymentsFen: 300_000, RecentLessonValueFen: 100_000,
        PendingRefunds: 4, OverdueRefunds: 0, PendingRefundFen: 40_000, PermitValidUntil: Today.AddDays(61),
        UnmatchedStatementLines: 0, UnmatchedLedgerEntries: 0, ReconciliationDifferenceFen: 0);

    [Fact]
    public void AHealthyInstitution_AtEveryThreshold_RaisesNothing() => AlertDetection.Detect(Healthy, Thresholds, Today).ShouldBeEmpty();

    [Fact]
    public void EachRisk_OneStepPastItsThreshold_IsDetectedWithEvidenceAndAmount()
    {
        Risk(Healthy with { CustodyBalanceFen = 599_999 }).ShouldBe((PrepaidRisk.BalanceShortfall, 1L));
        Risk(Healthy with { RecentPaymentsFen = 300_001 }).ShouldBe((PrepaidRisk.PaymentSurge, 200_001L));
        Risk(Healthy with { PendingRefunds = 5 }).ShouldBe((PrepaidRisk.RefundPileUp, 40_000L));
        Risk(Healthy with { OverdueRefunds = 1 }).ShouldBe((PrepaidRisk.RefundPileUp, 40_000L));
        Risk(Healthy with { PermitValidUntil = Today.AddDays(60) }).ShouldBe((PrepaidRisk.PermitExpiring, 600_000L));
        Risk(Healthy with { DepositHeldFen = 199_999 }).ShouldBe((PrepaidRisk.DepositShort, 1L));
        Risk(Healthy with { ReconciliationDifferenceFen = -500 }).ShouldBe((PrepaidRisk.ReconciliationDifference, 500L));
        AlertDetection.Detect(Healthy with { CustodyBalanceFen = 100 }, Thresholds, Today).Single().Evidence
            .ShouldBe($"未消课预收费 6,000.00 元（收款 10,000.00 − 拨付 3,000.00 − 退费 1,000.00），银行报告的监管账户余额（2026-11-23）为 1.00 元，缺口 5,999.00 元。");
    }

    private static (PrepaidRisk, long) Risk(InstitutionRiskFacts facts)
    {
        var risk = AlertDetection.Detect(facts, Thresholds, Today).ShouldHaveSingleItem();
        return (risk.Risk, risk.AmountFen);
    }

    [Fact]
    public void Reconciliation_MatchesByAmountDateAndReference_AndListsEveryDifference()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var c = Guid.CreateVersion7();
        var d = Guid.CreateVersion7();
        var lines = new StatementLine[]
        {
            new(1, new DateOnly(2026, 11, 2), 300_000, "王芳", "学费 SF-002"),
            new(2, new DateOnly(2026, 11, 3), 300_000, "李强", "学费 SF-001"),
            new(3, new DateOnly(2026, 11, 5), -50_000, "本机构基本户", "课消拨付"),
            new(4, new DateOnly(2026, 11, 9), 120_000, "张伟", "学费"),
        };
        var entries = new LedgerMovement[]
        {
            new(a, new DateOnly(2026, 11, 2), 300_000, "SF-001"),
            new(b, new DateOnly(2026, 11, 2), 300_000, "SF-002"),
            new(c, new DateOnly(2026, 11, 6), -50_000, ""),
            new(d, new DateOnly(2026, 11, 12), -20_000, "TF-1"),
        };
        var result = Reconciliation.Reconcile(lines, entries, 650_000, 530_000);
        result.Matched.OrderBy(m => m.Line).ShouldBe([(1, b), (2, a), (3, c)]);
        result.BankOnly.Select(l => l.Index).ShouldBe([4]);
        result.LedgerOnly.Select(e => e.Id).ShouldBe([d]);
        result.BalanceDifferenceFen.ShouldBe(120_000);
    }
}
