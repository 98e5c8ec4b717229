using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;

namespace EduGov.Registry.Seeding;

/// <summary>What one generation run shares: the random stream, id sources, the dates and the field protector.</summary>
internal sealed class DemoRun
{
    private readonly DemoGuidSource _ids;

    public DemoRun(int seed, FieldProtector protector, DateOnly today, DateTime nowUtc)
    {
        Random = new SeededRandom(unchecked((ulong)seed));
        _ids = new DemoGuidSource(seed, today);
        IdNumbers = new IdNumberIssuer(Random);
        Protector = protector;
        Today = today;
        NowUtc = nowUtc;
        SchoolYear = today.Month >= 9 ? today.Year : today.Year - 1;
    }

    public SeededRandom Random { get; }

    public IdNumberIssuer IdNumbers { get; }

    public FieldProtector Protector { get; }

    public DateOnly Today { get; }

    public DateTime NowUtc { get; }

    /// <summary>The calendar year in which the current school year began on 1 September.</summary>
    public int SchoolYear { get; }

    public Guid NewId() => _ids.Next();
}
