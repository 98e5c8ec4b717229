namespace EduGov.Supervision.Prepaid;

/// <summary>One institution's prepaid money: the sums over its enrolments, and how it stands against the bank.</summary>
public sealed record InstitutionFigures(long PaidFen, long ReleasedFen, long RefundedFen, long ReleasableFen, int ConfirmedLessons)
{
    public static InstitutionFigures Empty { get; } = new(0, 0, 0, 0, 0);

    public long UnconsumedFen => PaidFen - ReleasedFen - RefundedFen;

    /// <summary>存管账户应有余额: at least the unconsumed total (江苏: 分批拨付时余额不低于未消课资金).</summary>
    public long RequiredCustodyFen => UnconsumedFen;

    /// <summary>How far the bank balance falls short of the required balance; 0 when it does not.</summary>
    public long ShortfallFen(long bankBalanceFen) => Math.Max(0, RequiredCustodyFen - bankBalanceFen);

    public static InstitutionFigures Sum(IEnumerable<EnrolmentFigures> enrolments)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        long paid = 0, released = 0, refunded = 0, releasable = 0;
        var confirmed = 0;
        foreach (var e in enrolments)
        {
            paid += e.PaidFen;
            released += e.ReleasedFen;
            refunded += e.RefundedFen;
            releasable += e.ReleasableFen;
            confirmed += e.ConfirmedLessons;
        }

        return new InstitutionFigures(paid, released, refunded, releasable, confirmed);
    }

    /// <summary>
    /// Spreads a release over enrolments in the order given, each up to its own releasable amount, so that every
    /// enrolment's release stays within its confirmed lessons. Returns (index, fen) pairs; throws when the total is not releasable.
    /// </summary>
    public static IReadOnlyList<(int Index, long Fen)> AllocateRelease(IReadOnlyList<long> releasable, long fen)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        var total = releasable.Sum();
        if (fen <= 0 || fen > total)
        {
            throw new LedgerException($"可拨付金额为 {EnrolmentFigures.Yuan(total)} 元，本次申请 {EnrolmentFigures.Yuan(fen)} 元超出可拨付金额或不大于 0。");
        }

        var parts = new List<(int, long)>();
        var left = fen;
        for (var i = 0; i < releasable.Count && left > 0; i++)
        {
            var take = Math.Min(left, releasable[i]);
            if (take > 0)
            {
                parts.Add((i, take));
                left -= take;
            }
        }

        return parts;
    }

    /// <summary>
    /// 风险保证金 required for one enrolment: its fees for one charging period. A contract covering <paramref name="coveredMonths"/>
    /// months costs <c>amount / coveredMonths</c> a month; one period is <paramref name="periodMonths"/> of those (rounded down).
    /// </summary>
    public static long DepositFor(long amountFen, int coveredMonths, int periodMonths) =>
        coveredMonths <= 0 ? amountFen : (long)((Int128)amountFen * periodMonths / coveredMonths);
}
