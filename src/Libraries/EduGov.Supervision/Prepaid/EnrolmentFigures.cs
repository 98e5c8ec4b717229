namespace EduGov.Supervision.Prepaid;

/// <summary>
/// One pupil's contract (报名/合同) and where its money stands, all in fen. Lessons are counted by their state: taught
/// (every lesson recorded, whatever the parent said), confirmed (家长确认 or 逾期视为确认) and disputed (家长有异议).
/// The figures follow rules part A3:
/// <c>releasable = confirmed × unit price − released</c>, <c>unconsumed = paid − released − refunded</c>.
/// </summary>
public sealed record EnrolmentFigures(
    long ContractFen, int ContractLessons, long PaidFen, long ReleasedFen, long RefundedFen, int TaughtLessons, int ConfirmedLessons, int DisputedLessons)
{
    public static EnrolmentFigures New(long contractFen, int contractLessons) => new(contractFen, contractLessons, 0, 0, 0, 0, 0, 0);

    public UnitPrice Price => new(ContractFen, ContractLessons);

    /// <summary>Lessons that count as delivered for a refund: taught and not disputed.</summary>
    public int CompletedLessons => TaughtLessons - DisputedLessons;

    public int PendingLessons => TaughtLessons - ConfirmedLessons - DisputedLessons;

    public int RemainingLessons => ContractLessons - TaughtLessons;

    public long ConfirmedValueFen => Price.ValueOf(ConfirmedLessons);

    /// <summary>What may still be released to the institution: never negative, never beyond the money still held.</summary>
    public long ReleasableFen => Math.Max(0, Math.Min(ConfirmedValueFen - ReleasedFen, UnconsumedFen));

    public long UnconsumedFen => PaidFen - ReleasedFen - RefundedFen;

    public EnrolmentFigures Pay(long fen) => fen > 0 ? this with { PaidFen = PaidFen + fen } : throw new LedgerException("收款金额必须大于 0。");

    public EnrolmentFigures Teach(int lessons) => lessons <= 0 ? throw new LedgerException("课时数必须大于 0。")
        : lessons > RemainingLessons ? throw new LedgerException($"合同剩余 {RemainingLessons} 课时，不能再登记 {lessons} 课时。")
        : this with { TaughtLessons = TaughtLessons + lessons };

    public EnrolmentFigures Confirm(int lessons) => lessons <= 0 || lessons > PendingLessons
        ? throw new LedgerException($"待确认的只有 {PendingLessons} 课时。") : this with { ConfirmedLessons = ConfirmedLessons + lessons };

    public EnrolmentFigures Dispute(int lessons) => lessons <= 0 || lessons > PendingLessons
        ? throw new LedgerException($"待确认的只有 {PendingLessons} 课时。") : this with { DisputedLessons = DisputedLessons + lessons };

    public EnrolmentFigures Release(long fen) => fen <= 0 ? throw new LedgerException("拨付金额必须大于 0。")
        : fen > ReleasableFen ? throw new LedgerException($"可拨付金额为 {Yuan(ReleasableFen)} 元，不能拨付 {Yuan(fen)} 元。")
        : this with { ReleasedFen = ReleasedFen + fen };

    public EnrolmentFigures Refund(long fen) => fen <= 0 ? throw new LedgerException("退费金额必须大于 0。")
        : fen > UnconsumedFen ? throw new LedgerException($"未消课余额为 {Yuan(UnconsumedFen)} 元，不能退 {Yuan(fen)} 元。")
        : this with { RefundedFen = RefundedFen + fen };

    internal static string Yuan(long fen) => (fen / 100m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A ledger operation the figures do not allow; the message is Chinese and says why.</summary>
public sealed class LedgerException(string message) : InvalidOperationException(message);
