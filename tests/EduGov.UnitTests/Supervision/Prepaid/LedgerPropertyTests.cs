using CsCheck;
using EduGov.Supervision;
using EduGov.Supervision.Prepaid;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.Prepaid;

/// <summary>The ledger's invariants over random sequences of payments, lessons, confirmations, disputes, releases and refunds.</summary>
public sealed class LedgerPropertyTests
{
    private enum Step
    {
        Teach,
        Confirm,
        Dispute,
        Release,
        Refund,
    }

    private static readonly Gen<(long Amount, int Lessons, (Step Step, int Size)[] Steps)> Cases =
        from lessons in Gen.Int[1, 80]
        from amount in Gen.Long[0, 1_000_000]
        from steps in Gen.Select(Gen.Enum<Step>(), Gen.Int[1, 100]).Array[0, 40]
        select (amount, lessons, steps);

    private static EnrolmentFigures Apply(EnrolmentFigures f, Step step, int size) => step switch
    {
        Step.Teach when f.RemainingLessons > 0 => f.Teach(1 + (size % f.RemainingLessons)),
        Step.Confirm when f.PendingLessons > 0 => f.Confirm(1 + (size % f.PendingLessons)),
        Step.Dispute when f.PendingLessons > 0 && size % 5 == 0 => f.Dispute(1),
        Step.Release when f.ReleasableFen > 0 => f.Release(1 + (f.ReleasableFen * size / 100) % f.ReleasableFen),
        Step.Refund when f.RefundedFen == 0 => RefundOf(f) is var quote && quote.AmountFen > 0 ? f.Refund(quote.AmountFen) : f,
        _ => f,
    };

    private static RefundQuote RefundOf(EnrolmentFigures f) =>
        RefundCalculator.Quote(f, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 8), new RefundTerms(5, 15, 5), WorkingCalendar.WeekdaysOnly);

    private static void Run(Action<EnrolmentFigures, EnrolmentFigures> check) =>
        Cases.Sample(c =>
        {
            var figures = EnrolmentFigures.New(c.Amount, c.Lessons);
            if (c.Amount > 0)
            {
                figures = figures.Pay(c.Amount);
            }

            foreach (var (step, size) in c.Steps)
            {
                var next = Apply(figures, step, size);
                check(figures, next);
                figures = next;
            }
        }, iter: 2_000);

    [Fact]
    public void MoneyIsNeverCreatedOrLost() =>
        Run((_, f) =>
        {
            (f.ReleasedFen + f.RefundedFen + f.UnconsumedFen).ShouldBe(f.PaidFen);
            f.UnconsumedFen.ShouldBeGreaterThanOrEqualTo(0);
            (f.ReleasedFen + f.RefundedFen).ShouldBeLessThanOrEqualTo(f.PaidFen);
        });

    [Fact]
    public void Released_NeverExceedsConfirmedLessonsTimesUnitPrice() =>
        Run((_, f) =>
        {
            f.ReleasedFen.ShouldBeLessThanOrEqualTo(f.Price.ValueOf(f.ConfirmedLessons));
            (f.ReleasedFen + f.ReleasableFen).ShouldBeLessThanOrEqualTo(f.Price.ValueOf(f.ConfirmedLessons));
        });

    [Fact]
    public void Refund_IsPaidLessCompletedLessonsExactToTheFen() =>
        Run((before, after) =>
        {
            if (after.RefundedFen > before.RefundedFen)
            {
                var exact = before.PaidFen - (long)((Int128)before.ContractFen * before.CompletedLessons / before.ContractLessons);
                (after.RefundedFen - before.RefundedFen).ShouldBe(exact);
            }
        });

    [Fact]
    public void UnitPrice_ValuesAddUpToTheContractAmount_LastLessonTakesTheRemainder()
    {
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Int[1, 200]).Sample((amount, lessons) =>
        {
            var price = new UnitPrice(amount, lessons);
            var sum = Enumerable.Range(0, lessons).Sum(i => price.ValueOf(i, 1));
            sum.ShouldBe(amount);
            Enumerable.Range(0, lessons).Select(i => price.ValueOf(i, 1)).ShouldAllBe(v => v == amount / lessons || v == amount / lessons + 1);
        });
        var hundred = new UnitPrice(10000, 3);
        new[] { hundred.ValueOf(0, 1), hundred.ValueOf(1, 1), hundred.ValueOf(2, 1) }.ShouldBe([3333L, 3333L, 3334L]);
    }

    [Fact]
    public void Release_BeyondReleasable_IsRefused()
    {
        var f = EnrolmentFigures.New(60000, 20).Pay(60000).Teach(5).Confirm(3);
        f.ReleasableFen.ShouldBe(9000);
        Should.Throw<LedgerException>(() => f.Release(9001)).Message.ShouldContain("可拨付金额为 90.00 元");
        f.Release(9000).ReleasableFen.ShouldBe(0);
    }

    [Fact]
    public void AllocateRelease_SpreadsWithinEachEnrolment()
    {
        InstitutionFigures.AllocateRelease([100, 0, 250, 40], 300).ShouldBe([(0, 100L), (2, 200L)]);
        Should.Throw<LedgerException>(() => InstitutionFigures.AllocateRelease([100, 50], 151));
        Should.Throw<LedgerException>(() => InstitutionFigures.AllocateRelease([100, 50], 0));
    }

    [Fact]
    public void Institution_SumsAndShortfall()
    {
        var a = EnrolmentFigures.New(300000, 30).Pay(300000).Teach(10).Confirm(10).Release(50000);
        var b = EnrolmentFigures.New(100000, 10).Pay(100000).Refund(100000);
        var total = InstitutionFigures.Sum([a, b]);
        total.PaidFen.ShouldBe(400000);
        total.UnconsumedFen.ShouldBe(250000);
        total.ReleasableFen.ShouldBe(50000);
        total.ShortfallFen(200000).ShouldBe(50000);
        total.ShortfallFen(260000).ShouldBe(0);
    }

    [Fact]
    public void Deposit_IsOneChargingPeriodOfFees()
    {
        InstitutionFigures.DepositFor(300000, 3, 3).ShouldBe(300000);
        InstitutionFigures.DepositFor(100000, 1, 3).ShouldBe(300000);
        InstitutionFigures.DepositFor(100000, 6, 3).ShouldBe(50000);
    }
}
