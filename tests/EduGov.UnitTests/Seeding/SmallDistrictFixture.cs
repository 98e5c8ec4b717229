using EduGov.Platform.Privacy;
using EduGov.Registry.Seeding;

namespace EduGov.UnitTests.Seeding;

/// <summary>One generated <c>small</c> district shared by the tests of a class: generation takes about a second.</summary>
public sealed class SmallDistrictFixture
{
    public const int Seed = 20250901;

    public static DateOnly Today { get; } = new(2025, 10, 15);

    public static DateTime NowUtc { get; } = new(2025, 10, 15, 2, 30, 0, DateTimeKind.Utc);

    public FieldProtector Protector { get; } = new(new byte[32]);

    internal DemoDistrict District => _district.Value;

    private readonly Lazy<DemoDistrict> _district;

    public SmallDistrictFixture()
    {
        _district = new Lazy<DemoDistrict>(() => Generate(Seed));
    }

    internal DemoDistrict Generate(int seed) => DemoDistrictGenerator.Generate(DemoPreset.Small, seed, Protector, Today, NowUtc);
}
