using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Forecast;

/// <summary>
/// 记录本学年在校生: stores the registry's enrolled pupils per school and grade today (grades 1–9 of the stages each school
/// teaches) as the current school year's <see cref="GradeEnrolment"/> rows of the schools in scope, replacing that year's
/// rows of those schools: running it twice on the same day changes nothing. One audited save.
/// </summary>
public static class RecordGradeEnrolments
{
    public sealed record Command;

    public sealed record Result(int Year, int Schools, int Rows, int Pupils);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Manage);
            var year = ForecastStages.SchoolYear(ChinaTime.Today(clock));
            var ids = await scope.SchoolIdsAsync(user, ct);
            var schools = (await registry.AllSchoolsAsync(ct)).Where(s => ids is null || ids.Contains(s.Id)).ToDictionary(s => s.Id);
            var counts = (await registry.GradeCountsAsync(ct))
                .Where(c => schools.TryGetValue(c.SchoolId, out var school) && ForecastStages.Teaches(school.Type, c.Grade))
                .ToDictionary(c => (c.SchoolId, c.Grade), c => c.Pupils);

            await using var db = await contexts.CreateDbContextAsync(ct);
            var schoolIds = schools.Keys.ToList();
            var existing = await db.GradeEnrolments.Where(e => e.Year == year && schoolIds.Contains(e.SchoolId)).ToListAsync(ct);
            Replace(db, existing, counts, year);
            using (AuditScope.Summarize("GradeEnrolmentSnapshot", $"记录 {year} 学年在校生 {counts.Count} 条（{counts.Keys.Select(k => k.SchoolId).Distinct().Count()} 所学校）"))
            {
                await db.SaveChangesAsync(ct);
            }

            return new Result(year, counts.Keys.Select(k => k.SchoolId).Distinct().Count(), counts.Count, counts.Values.Sum());
        }

        /// <summary>Updates rows whose count changed, adds new grades, removes grades no longer enrolled.</summary>
        private static void Replace(AdmissionDbContext db, List<GradeEnrolment> existing, Dictionary<(Guid SchoolId, int Grade), int> counts, int year)
        {
            var kept = new HashSet<(Guid, int)>();
            foreach (var row in existing)
            {
                if (counts.TryGetValue((row.SchoolId, row.Grade), out var pupils))
                {
                    row.Pupils = pupils;
                    kept.Add((row.SchoolId, row.Grade));
                }
                else
                {
                    db.GradeEnrolments.Remove(row);
                }
            }

            foreach (var ((schoolId, grade), pupils) in counts.Where(c => !kept.Contains(c.Key)))
            {
                db.GradeEnrolments.Add(new GradeEnrolment { Year = year, SchoolId = schoolId, Grade = grade, Pupils = pupils });
            }
        }
    }
}
