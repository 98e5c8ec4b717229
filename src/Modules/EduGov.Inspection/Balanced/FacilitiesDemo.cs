using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Audit;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// Demo 办学条件 for every evaluated school, for a year and the year before, derived deterministically from a seed and
/// each school's 学校标识码, pupils and teachers. Each figure is 1.0–1.6 × what the school needs at the stricter standard of
/// its stages (so both stages of a nine-year school meet it after the split by pupils). The registry's demo staff already
/// leave some schools short of key or PE and art teachers; among the others, about one in seven is short of one to three
/// facility indicators (60–84 % of the standard: the school fails) and one in ten slightly short of one (86–99 %: the
/// 6-of-7 rule still passes it). A fifth of the schools are well equipped (3.5–6 × the equipment standard), so the
/// district's equipment coefficient exceeds its maximum while the space coefficients stay within theirs.
/// </summary>
internal static class FacilitiesDemo
{
    private const string SeededBy = "演示数据生成";
    private const double ShortShare = 0.14;
    private const double SlightlyShortShare = 0.10;
    private const double WellEquippedShare = 0.20;

    private static readonly BalancedIndicator[] FacilityIndicators =
    [
        BalancedIndicator.TeachingSpacePerPupil, BalancedIndicator.SportsSpacePerPupil,
        BalancedIndicator.EquipmentValuePerPupil, BalancedIndicator.MultimediaClassroomsPer100,
    ];

    public static async Task SeedAsync(InspectionDbContext db, IRegistryDirectory registry, int seed, int year, CancellationToken ct)
    {
        var codes = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Code);
        var staffing = await registry.CompulsoryStaffingAsync(ct);
        var years = new[] { year - 1, year };
        var existing = (await db.Facilities.Where(f => years.Contains(f.Year)).ToListAsync(ct)).ToDictionary(f => (f.Year, f.SchoolId));
        var written = 0;
        foreach (var school in staffing.Where(s => codes.ContainsKey(s.SchoolId)).GroupBy(s => s.SchoolId))
        {
            var stages = school.ToList();
            var current = Generate(new Draws(seed, codes[school.Key]), stages, mayFallShort: stages.All(TeachersMeetStandards));
            foreach (var (y, values) in new[] { (year, current), (year - 1, PreviousYear(current)) })
            {
                if (!existing.TryGetValue((y, school.Key), out var facilities))
                {
                    facilities = new SchoolFacilities { SchoolId = school.Key, Year = y };
                    db.Facilities.Add(facilities);
                }

                SaveFacilities.Apply(facilities, values, SeededBy, new DateTime(y, 10, 15, 0, 0, 0, DateTimeKind.Utc));
                written++;
            }
        }

        using (AuditScope.Summarize("FacilitiesDemo", $"演示办学条件 {written} 条（{year - 1}、{year} 年度）"))
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private static bool TeachersMeetStandards(SchoolStageStaffing stage)
    {
        var minimums = BalancedDevelopmentPolicy.National2017.For(BalancedSchools.ToSchoolStage(stage.Stage)).Minimums;
        decimal Per100(int teachers) => teachers * 100m / Math.Max(stage.Pupils, 1);
        return Per100(stage.QualifiedTeachers) >= minimums.QualifiedTeachersPer100
            && Per100(stage.KeyTeachers) >= minimums.KeyTeachersPer100
            && Per100(stage.PeArtTeachers) >= minimums.PeArtTeachersPer100;
    }

    /// <summary>Each figure is the school's need (all its pupils at the stricter standard of its stages) times a factor.</summary>
    private static FacilitiesValues Generate(Draws draws, IReadOnlyList<SchoolStageStaffing> stages, bool mayFallShort)
    {
        var factors = Factors(draws, mayFallShort);
        var pupils = Math.Max(stages.Sum(s => s.Pupils), 1);
        decimal Need(BalancedIndicator indicator)
        {
            var standard = stages.Max(s => BalancedDevelopmentPolicy.National2017.For(BalancedSchools.ToSchoolStage(s.Stage)).Minimums[indicator]);
            return (indicator == BalancedIndicator.MultimediaClassroomsPer100 ? standard / 100 : standard) * pupils;
        }

        decimal Amount(BalancedIndicator indicator) => decimal.Round(Need(indicator) * (decimal)factors[indicator], 2);
        return new FacilitiesValues(
            Amount(BalancedIndicator.TeachingSpacePerPupil),
            Amount(BalancedIndicator.SportsSpacePerPupil),
            Amount(BalancedIndicator.EquipmentValuePerPupil),
            (int)Math.Ceiling(Amount(BalancedIndicator.MultimediaClassroomsPer100)));
    }

    /// <summary>Above the standard, unless the school may fall short (its teachers meet their standards) and its draw says so.</summary>
    private static Dictionary<BalancedIndicator, double> Factors(Draws draws, bool mayFallShort)
    {
        var wealth = 1.05 + (0.40 * draws.Next("wealth"));
        var factors = FacilityIndicators.ToDictionary(i => i, i => wealth * (0.97 + (0.15 * draws.Next(i.Code()))));
        var kind = mayFallShort ? draws.Next("kind") : 1;
        if (kind < ShortShare)
        {
            var shortCount = 1 + (int)(3 * draws.Next("short-count"));
            foreach (var indicator in FacilityIndicators.OrderBy(i => draws.Next("short-order-" + i.Code())).Take(shortCount))
            {
                factors[indicator] = 0.60 + (0.24 * draws.Next("short-" + indicator.Code()));
            }
        }
        else if (kind < ShortShare + SlightlyShortShare)
        {
            var indicator = FacilityIndicators[(int)(FacilityIndicators.Length * draws.Next("slight"))];
            factors[indicator] = 0.86 + (0.13 * draws.Next("slight-" + indicator.Code()));
        }

        if (draws.Next("equipped") < WellEquippedShare)
        {
            factors[BalancedIndicator.EquipmentValuePerPupil] = 3.5 + (2.5 * draws.Next("equipment-level"));
        }

        return factors;
    }

    /// <summary>A year earlier: the same buildings and grounds, 4 % less equipment, a multimedia classroom fewer in one school of three.</summary>
    private static FacilitiesValues PreviousYear(FacilitiesValues current) => current with
    {
        EquipmentValueYuan = decimal.Round(current.EquipmentValueYuan * 0.96m, 2),
        MultimediaClassrooms = Math.Max(0, current.MultimediaClassrooms - (current.MultimediaClassrooms % 3 == 0 ? 1 : 0)),
    };

    /// <summary>Uniform numbers in [0, 1) from the seed, the school and a label, by SplitMix64 over an FNV-1a hash.</summary>
    private sealed class Draws(int seed, string schoolCode)
    {
        public double Next(string label)
        {
            var state = (ulong)(uint)seed ^ Fnv1a($"{schoolCode}|{label}");
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }

        private static ulong Fnv1a(string text)
        {
            var hash = 0xCBF29CE484222325UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 0x100000001B3UL;
            }

            return hash;
        }
    }
}
