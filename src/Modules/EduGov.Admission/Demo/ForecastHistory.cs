using EduGov.Admission.Domain;
using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Demo;

/// <summary>
/// Births and six years of grade enrolment for the demo's primary schools, consistent with the registry's pupils today:
/// births fall about 3 % a year as in Shanghai after 2017, except around one school in five where new housing adds families.
/// </summary>
internal static class ForecastHistory
{
    private const double BirthToEntry = 0.82;
    private const int HistoryYears = 6;

    public static (List<BirthCount> Births, List<GradeEnrolment> Enrolments) Build(
        IReadOnlyList<SchoolRef> primarySchools, IReadOnlyList<GradeCount> counts, int schoolYear, SeededRandom random)
    {
        var births = new List<BirthCount>();
        var enrolments = new List<GradeEnrolment>();
        var byKey = counts.ToDictionary(c => (c.SchoolId, c.Grade), c => c.Pupils);
        foreach (var school in primarySchools)
        {
            var growth = random.Chance(0.2) ? 1.08 : 0.97;
            int Current(int grade) => byKey.GetValueOrDefault((school.Id, grade));
            for (var k = 0; k < HistoryYears; k++)
            {
                for (var grade = 1; grade <= 6; grade++)
                {
                    var pupils = Noisy(Current(Math.Min(grade + k, 6)), random);
                    enrolments.Add(new GradeEnrolment { Year = schoolYear - k, SchoolId = school.Id, Grade = grade, Pupils = pupils });
                }
            }

            var entrants = Math.Max(Current(1), 20);
            for (var cohort = schoolYear - 11; cohort <= schoolYear; cohort++)
            {
                var yearsFromNow = cohort + 6 - schoolYear;
                var expected = entrants / BirthToEntry * Math.Pow(growth, yearsFromNow);
                births.Add(new BirthCount { CohortYear = cohort, SchoolId = school.Id, Births = Noisy((int)Math.Round(expected), random) });
            }
        }

        births.AddRange(births.GroupBy(b => b.CohortYear).Select(g => new BirthCount { CohortYear = g.Key, Births = g.Sum(b => b.Births) }));
        return (births, enrolments);
    }

    private static int Noisy(int value, SeededRandom random) => Math.Max(0, (int)Math.Round(value * (0.95 + (random.NextDouble() * 0.1))));
}
