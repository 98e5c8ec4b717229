using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// The month's 督导任务: every school with a responsible inspector gets the configured number of visits by that inspector.
/// Running it again adds only what is missing (new assignments) and cancels the open visits of assignments that ended;
/// a visit done by the previous inspector still counts for the school.
/// </summary>
public static class GenerateVisitPlan
{
    public sealed record Command(DateOnly Month);

    public sealed record Result(int Added, int Cancelled, int Schools);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            var month = VisitMonths.First(command.Month);
            var today = ChinaTime.Today(clock);
            if (month < VisitMonths.First(today))
            {
                throw new InvalidInputException(nameof(Command.Month), "不能为已经过去的月份生成督导计划");
            }

            // The inspector responsible on this day is the one the month's visits belong to.
            var on = month > today ? month : today;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var visitsPerSchool = await db.Settings.Select(s => s.VisitsPerSchoolPerMonth).SingleAsync(ct);
            var responsible = (await db.Assignments.Where(a => a.From <= on && (a.Until == null || a.Until >= on))
                .Join(db.Inspectors.Where(i => i.Active), a => a.InspectorId, i => i.Id, (a, i) => new { a.SchoolId, a.InspectorId, a.From })
                .ToListAsync(ct))
                .GroupBy(a => a.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.From)!.InspectorId);
            var plans = await db.PlannedVisits.Where(p => p.Month == month).ToListAsync(ct);

            var cancelled = CancelStale(plans, responsible);
            var added = AddMissing(db, plans, responsible, month, visitsPerSchool);
            await db.SaveChangesAsync(ct);
            return new Result(added, cancelled, responsible.Count);
        }

        private static int CancelStale(IReadOnlyList<PlannedVisit> plans, IReadOnlyDictionary<Guid, Guid> responsible)
        {
            var stale = plans.Where(p => p.Status == PlannedVisitStatus.Planned
                && (!responsible.TryGetValue(p.SchoolId, out var inspector) || inspector != p.InspectorId)).ToList();
            foreach (var plan in stale)
            {
                plan.Status = PlannedVisitStatus.Cancelled;
            }

            return stale.Count;
        }

        private static int AddMissing(InspectionDbContext db, IReadOnlyList<PlannedVisit> plans, IReadOnlyDictionary<Guid, Guid> responsible, DateOnly month, int visitsPerSchool)
        {
            var added = 0;
            var bySchool = plans.ToLookup(p => p.SchoolId);
            foreach (var (school, inspector) in responsible)
            {
                var existing = bySchool[school].ToList();
                var counted = existing.Count(p => p.Status == PlannedVisitStatus.Done || p.Status == PlannedVisitStatus.Planned && p.InspectorId == inspector);
                var next = existing.Select(p => p.Sequence).DefaultIfEmpty(0).Max();
                for (var i = counted; i < visitsPerSchool; i++)
                {
                    db.PlannedVisits.Add(new PlannedVisit { InspectorId = inspector, SchoolId = school, Month = month, Sequence = ++next });
                    added++;
                }
            }

            return added;
        }
    }
}
