using EduGov.Platform.Demo;
using System.Buffers.Binary;

namespace EduGov.Registry.Seeding;

/// <summary>
/// Reproducible version-7-shaped GUIDs: a 48-bit millisecond timestamp counting up from midnight UTC of
/// <c>today</c> (so ids sort in generation order, like <see cref="Guid.CreateVersion7()"/>), then random bits from the seed.
/// </summary>
internal sealed class DemoGuidSource
{
    private const ulong StreamSalt = 0x6775_6964_5F73_7263;
    private readonly SeededRandom _random;
    private long _timestamp;

    public DemoGuidSource(int seed, DateOnly today)
    {
        _random = new SeededRandom(unchecked((ulong)seed) ^ StreamSalt);
        _timestamp = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
    }

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> timestamp = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(timestamp, _timestamp++);
        timestamp[2..].CopyTo(bytes);
        _random.NextBytes(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
