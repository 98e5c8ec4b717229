using System.Buffers.Binary;
using System.Numerics;

namespace EduGov.Platform.Demo;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small generator whose output depends only on the seed,
/// on every platform and runtime version, so demo data can be regenerated exactly.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(ulong seed)
    {
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>) by multiply-shift; the bias is below 2⁻³² for any int range.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    public int NextInt(int minInclusive, int maxExclusive) => minInclusive + NextInt(maxExclusive - minInclusive);

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];

    public T Pick<T>(Weighted<T> choices) => choices.Sample(NextDouble());

    public char PickChar(string characters) => characters[NextInt(characters.Length)];

    /// <summary>A date in [<paramref name="first"/>, <paramref name="last"/>], both included.</summary>
    public DateOnly NextDate(DateOnly first, DateOnly last) => first.AddDays(NextInt(last.DayNumber - first.DayNumber + 1));

    /// <summary>A string of <paramref name="count"/> random decimal digits.</summary>
    public string NextDigits(int count) => string.Create(count, this, static (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + random.NextInt(10));
        }
    });

    public void NextBytes(Span<byte> buffer)
    {
        Span<byte> word = stackalloc byte[sizeof(ulong)];
        for (var offset = 0; offset < buffer.Length; offset += word.Length)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(word, NextUInt64());
            var take = Math.Min(word.Length, buffer.Length - offset);
            word[..take].CopyTo(buffer[offset..]);
        }
    }

    /// <summary>Fisher–Yates shuffle of a copy.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
