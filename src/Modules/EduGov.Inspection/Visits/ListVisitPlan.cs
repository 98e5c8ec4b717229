using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// A month's planned visits: an inspector sees their own, the bureau all of them (by zone, inspector, status), a school
/// its own; with progress counted by school ("本月计划 5 所，已完成 2 所").
/// </summary>
public static class ListVisitPlan
{
    public sealed record Query(DateOnly Month, Guid? ZoneId = null, Guid? InspectorId = null, PlannedVisitStatus? Status = null)
    {
        public PageRequest Page { get; init; } = new(1, PageRequest.MaxSize);
    }

    public sealed record Row(
        Guid Id, Guid SchoolId, string SchoolCode, string School, string? Zone, Guid InspectorId, string Inspector, int Sequence,
        PlannedVisitStatus Status, Guid? VisitId, VisitStatus? VisitStatus);

    /// <summary>Schools planned and schools whose every planned visit is done, over the whole filtered month (not one page).</summary>
    public sealed record Progress(int Schools, int SchoolsDone, int Visits, int VisitsDone);

    public sealed record Result(PageResult<Row> Page, Progress Progress);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var month = VisitMonths.First(query.Month);
            var schools = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var zones = (await registry.ZonesAsync(ct)).ToDictionary(z => z.Id, z => z.Name);
            var inScope = await scope.SchoolIdsAsync(user, ct);
            var ownInspector = user.Role == Role.Inspector ? await scope.InspectorIdAsync(user, ct) ?? Guid.Empty : (Guid?)null;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plans = db.PlannedVisits.Where(p => p.Month == month && p.Status != PlannedVisitStatus.Cancelled);
            if (ownInspector is { } own)
            {
                plans = plans.Where(p => p.InspectorId == own);
            }

            if (query.InspectorId is { } inspector)
            {
                plans = plans.Where(p => p.InspectorId == inspector);
            }

            var rows = (await plans
                .Select(p => new
                {
                    Plan = p,
                    Inspector = db.Inspectors.Where(i => i.Id == p.InspectorId).Select(i => i.Name).First(),
                    VisitStatus = db.Visits.Where(v => v.Id == p.VisitId).Select(v => (VisitStatus?)v.Status).FirstOrDefault(),
                })
                .ToListAsync(ct))
                .Where(r => (ownInspector is not null || inScope is null || inScope.Contains(r.Plan.SchoolId)) && schools.ContainsKey(r.Plan.SchoolId))
                .Where(r => query.ZoneId is null || schools[r.Plan.SchoolId].ZoneId == query.ZoneId)
                .Select(r =>
                {
                    var school = schools[r.Plan.SchoolId];
                    var zone = school.ZoneId is { } zoneId ? zones.GetValueOrDefault(zoneId) : null;
                    return new Row(r.Plan.Id, school.Id, school.Code, school.Name, zone, r.Plan.InspectorId, r.Inspector, r.Plan.Sequence, r.Plan.Status, r.Plan.VisitId, r.VisitStatus);
                })
                .ToList();
            var progress = Measure(rows);
            var shown = rows.Where(r => query.Status is null || r.Status == query.Status)
                .OrderBy(r => r.Zone, StringComparer.Ordinal).ThenBy(r => r.SchoolCode, StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList();
            var page = query.Page;
            return new Result(
                new PageResult<Row>([.. shown.Skip((page.SafePage - 1) * page.SafeSize).Take(page.SafeSize)], shown.Count, page.SafePage, page.SafeSize),
                progress);
        }

        private static Progress Measure(IReadOnlyList<Row> rows)
        {
            var bySchool = rows.GroupBy(r => r.SchoolId).ToList();
            return new Progress(
                bySchool.Count, bySchool.Count(g => g.All(r => r.Status == PlannedVisitStatus.Done)),
                rows.Count, rows.Count(r => r.Status == PlannedVisitStatus.Done));
        }
    }
}
