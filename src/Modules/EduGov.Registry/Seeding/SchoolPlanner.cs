using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using EduGov.Standards;

namespace EduGov.Registry.Seeding;

/// <summary>Creates the schools of a preset: type, ownership, zone, name, 学校标识码, founding date and pupil count.</summary>
internal sealed class SchoolPlanner(DemoRun run)
{
    private const string ProvinceCode = "31";
    private const int SerialBase = 115_000;
    private const double SizeVariation = 0.8;

    private readonly SchoolNamer _namer = new(run.Random);
    private readonly Dictionary<string, int> _serials = new(StringComparer.Ordinal);

    public IReadOnlyList<SchoolPlan> Plan(DemoPreset preset, IReadOnlyList<DemoZone> zones)
    {
        var drafts = preset.Schools
            .SelectMany(quota => Ownerships(quota).Select(ownership => Draft(quota.Type, ownership, zones)))
            .ToList();
        var scale = preset.PupilsTarget / drafts.Sum(d => d.Weight);
        return [.. drafts.Select(d => d.Plan with { Pupils = (int)Math.Round(d.Weight * scale) })];
    }

    /// <summary>学校类别码 of GB/T 学校(机构)标识码 per school type.</summary>
    public static string CategoryCode(SchoolType type) => type switch
    {
        SchoolType.Kindergarten => "11",
        SchoolType.Primary => "21",
        SchoolType.Junior or SchoolType.NineYear => "31",
        SchoolType.Senior or SchoolType.CompleteSecondary or SchoolType.TwelveYear => "34",
        SchoolType.Vocational => "36",
        _ => "51",
    };

    /// <summary>Typical relative size of a school of the type, before scaling to the preset's pupil target.</summary>
    private static double TypicalPupils(SchoolType type) => type switch
    {
        SchoolType.Kindergarten => 320,
        SchoolType.Primary => 1_100,
        SchoolType.Junior => 900,
        SchoolType.NineYear => 1_500,
        SchoolType.Senior => 1_000,
        SchoolType.CompleteSecondary => 1_400,
        SchoolType.TwelveYear => 2_000,
        SchoolType.Vocational => 1_300,
        _ => 120,
    };

    /// <summary>Exactly the rounded private and subsidized shares of the quota, in random order.</summary>
    private List<Ownership> Ownerships(SchoolQuota quota)
    {
        var privateCount = (int)Math.Round(quota.Count * quota.PrivateShare);
        var subsidizedCount = (int)Math.Round(quota.Count * quota.SubsidizedPrivateShare);
        var list = Enumerable.Repeat(Ownership.Private, privateCount)
            .Concat(Enumerable.Repeat(Ownership.SubsidizedPrivate, subsidizedCount))
            .Concat(Enumerable.Repeat(Ownership.Public, Math.Max(0, quota.Count - privateCount - subsidizedCount)));
        return run.Random.Shuffled(list);
    }

    private (SchoolPlan Plan, double Weight) Draft(SchoolType type, Ownership ownership, IReadOnlyList<DemoZone> zones)
    {
        var random = run.Random;
        var zone = random.Pick(zones);
        var town = random.Pick(zone.Template.Towns);
        var name = _namer.Next(type, ownership, town);
        var school = new School
        {
            Id = run.NewId(),
            Code = NextCode(type),
            Name = name.Name,
            Type = type,
            Ownership = ownership,
            RegionCode = PudongAtlas.RegionCode,
            ZoneId = zone.Entity.Id,
            Phone = PudongAtlas.Landline(random),
            FoundedOn = FoundedOn(type, ownership),
        };
        var weight = TypicalPupils(type) * (1 - (SizeVariation / 2) + (random.NextDouble() * SizeVariation));
        return (new SchoolPlan(school, zone, town, name.Brand, 0), weight);
    }

    private string NextCode(SchoolType type)
    {
        var category = CategoryCode(type);
        var serial = _serials.GetValueOrDefault(category) + 1;
        _serials[category] = serial;
        return SchoolCode.Compose(category, ProvinceCode, SerialBase + serial);
    }

    /// <summary>Public schools from 1950, kindergartens from 1980, private schools from 1995; none later than 2020.</summary>
    private DateOnly FoundedOn(SchoolType type, Ownership ownership)
    {
        var firstYear = ownership != Ownership.Public ? 1995 : type == SchoolType.Kindergarten ? 1980 : 1950;
        return run.Random.NextDate(new DateOnly(firstYear, 1, 1), new DateOnly(2020, 9, 1));
    }
}
