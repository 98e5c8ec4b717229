namespace EduGov.Matching;

/// <summary>
/// How a school ranks one applicant, lower is better: first the priority category (<see cref="Priority"/>, e.g. 1 = 人户一致),
/// then the applicant's place in the school's tie-break order (<see cref="Position"/>, 0 = the smallest lottery number among the
/// school's applicants, or among all students with single tie-breaking). Packed in 64 bits so that a comparison is one integer
/// comparison: the priority in the high 32 bits, the position in the low 32 bits.
/// </summary>
public readonly struct AdmissionKey : IComparable<AdmissionKey>, IEquatable<AdmissionKey>
{
    public AdmissionKey(int priority, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priority);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Value = ((ulong)(uint)priority << 32) | (uint)position;
    }

    /// <summary>The packed form: <c>priority × 2³² + position</c>. Keys compare as these numbers compare.</summary>
    public ulong Value { get; }

    /// <summary>The priority category (lower is better).</summary>
    public int Priority => (int)(Value >> 32);

    /// <summary>The place in the tie-break order (lower is better).</summary>
    public int Position => (int)(uint)Value;

    public static bool operator ==(AdmissionKey left, AdmissionKey right) => left.Value == right.Value;

    public static bool operator !=(AdmissionKey left, AdmissionKey right) => left.Value != right.Value;

    public static bool operator <(AdmissionKey left, AdmissionKey right) => left.Value < right.Value;

    public static bool operator >(AdmissionKey left, AdmissionKey right) => left.Value > right.Value;

    public static bool operator <=(AdmissionKey left, AdmissionKey right) => left.Value <= right.Value;

    public static bool operator >=(AdmissionKey left, AdmissionKey right) => left.Value >= right.Value;

    public int CompareTo(AdmissionKey other) => Value.CompareTo(other.Value);

    public bool Equals(AdmissionKey other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is AdmissionKey other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    /// <summary><c>priority/position</c>, e.g. <c>2/17</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Priority}/{Position}");
}
