using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EduGov.Lottery;

/// <summary>
/// A lottery number: the 32 bytes of a SHA-256 digest, compared as one unsigned big-endian 256-bit integer.
/// Smaller numbers come first. Written as 64 lower-case hex digits, whose string order is the same as the number order.
/// </summary>
public readonly struct LotteryNumber : IComparable<LotteryNumber>, IComparable, IEquatable<LotteryNumber>
{
    private readonly ulong _word0;
    private readonly ulong _word1;
    private readonly ulong _word2;
    private readonly ulong _word3;

    private LotteryNumber(ReadOnlySpan<byte> digest)
    {
        _word0 = BinaryPrimitives.ReadUInt64BigEndian(digest);
        _word1 = BinaryPrimitives.ReadUInt64BigEndian(digest[8..]);
        _word2 = BinaryPrimitives.ReadUInt64BigEndian(digest[16..]);
        _word3 = BinaryPrimitives.ReadUInt64BigEndian(digest[24..]);
    }

    /// <summary>Single tie-breaking: <c>SHA-256(UTF-8(seed + "|" + token))</c>, one number per applicant for every pool.</summary>
    /// <exception cref="LotteryInputException">The seed is not 64 lower-case hex digits, or the token is not usable.</exception>
    public static LotteryNumber For(string seed, string token)
    {
        LotteryText.RequireDigest(seed, "种子 seed ");
        LotteryText.RequirePart(token, "token");
        return Compute(seed, schoolId: null, token);
    }

    /// <summary>Multiple tie-breaking: <c>SHA-256(UTF-8(seed + "|" + school_id + "|" + token))</c>, a separate number per school.</summary>
    /// <exception cref="LotteryInputException">The seed, the school id or the token is not usable.</exception>
    public static LotteryNumber For(string seed, string schoolId, string token)
    {
        LotteryText.RequireDigest(seed, "种子 seed ");
        LotteryText.RequirePart(schoolId, "学校标识 school_id ");
        LotteryText.RequirePart(token, "token");
        return Compute(seed, schoolId, token);
    }

    /// <summary>The number of already checked inputs; a draw hashes every applicant, so short texts are hashed without allocating.</summary>
    internal static LotteryNumber Compute(string seed, string? schoolId, string token)
    {
        var text = schoolId is null ? string.Concat(seed, "|", token) : string.Concat(seed, "|", schoolId, "|", token);
        var length = Encoding.UTF8.GetByteCount(text);
        Span<byte> utf8 = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(text, utf8);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, digest);
        return new LotteryNumber(digest);
    }

    /// <summary>The 32 bytes, most significant first.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _word0);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), _word1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), _word2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), _word3);
        return bytes;
    }

    /// <summary>64 lower-case hex digits, as published and shown to the family.</summary>
    public override string ToString() => Convert.ToHexStringLower(ToBytes());

    /// <inheritdoc />
    public int CompareTo(LotteryNumber other)
    {
        var order = _word0.CompareTo(other._word0);
        order = order != 0 ? order : _word1.CompareTo(other._word1);
        order = order != 0 ? order : _word2.CompareTo(other._word2);
        return order != 0 ? order : _word3.CompareTo(other._word3);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        LotteryNumber other => CompareTo(other),
        _ => throw new ArgumentException("只能与 LotteryNumber 比较。", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(LotteryNumber other) =>
        _word0 == other._word0 && _word1 == other._word1 && _word2 == other._word2 && _word3 == other._word3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LotteryNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_word0, _word1, _word2, _word3);

    // The operators mean what CompareTo and Equals mean.
    public static bool operator ==(LotteryNumber left, LotteryNumber right) => left.Equals(right);

    public static bool operator !=(LotteryNumber left, LotteryNumber right) => !left.Equals(right);

    public static bool operator <(LotteryNumber left, LotteryNumber right) => left.CompareTo(right) < 0;

    public static bool operator >(LotteryNumber left, LotteryNumber right) => left.CompareTo(right) > 0;

    public static bool operator <=(LotteryNumber left, LotteryNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LotteryNumber left, LotteryNumber right) => left.CompareTo(right) >= 0;
}
