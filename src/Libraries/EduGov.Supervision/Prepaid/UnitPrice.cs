namespace EduGov.Supervision.Prepaid;

/// <summary>
/// 单价 = 合同金额 / 合同课时, kept as the fraction itself so that nothing is rounded until a number of lessons is valued.
/// The value of the first <c>n</c> lessons is ⌊amount × n / lessons⌋ fen: rounding is always down, the cumulative value never
/// drifts, and the value of all lessons is exactly the contract amount, so the last lesson takes the remainder
/// (¥100 for 3 lessons: 33.33, 33.33, 33.34).
/// </summary>
public readonly record struct UnitPrice
{
    public UnitPrice(long amountFen, int lessons)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountFen);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lessons);
        AmountFen = amountFen;
        Lessons = lessons;
    }

    public long AmountFen { get; }

    public int Lessons { get; }

    /// <summary>The value of the first <paramref name="lessons"/> lessons, capped at the contract amount.</summary>
    public long ValueOf(int lessons) =>
        lessons <= 0 ? 0 : lessons >= Lessons ? AmountFen : (long)((Int128)AmountFen * lessons / Lessons);

    /// <summary>The value of <paramref name="count"/> lessons taught after <paramref name="before"/> earlier ones.</summary>
    public long ValueOf(int before, int count) => ValueOf(before + count) - ValueOf(before);
}
