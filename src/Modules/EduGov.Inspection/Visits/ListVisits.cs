using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// Visit records, emergencies first, then newest. An inspector sees their own; others the schools in their scope, and
/// drafts only with the visit permission.
/// </summary>
public static class ListVisits
{
    public sealed record Query(
        DateOnly? Month = null, string? Search = null, Guid? ZoneId = null, Guid? InspectorId = null, VisitStatus? Status = null, InspectionKind? Kind = null,
        bool EmergenciesOnly = false)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid SchoolId, string SchoolCode, string School, string Inspector, DateOnly VisitedOn, InspectionKind Kind, VisitStatus Status, bool IsEmergency,
        int Issues, decimal? Score, DateTime? SubmittedAt, string Summary);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            var schools = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var visits = await FilterAsync(db, query, schools, ct);
            var page = await visits
                .OrderByDescending(v => v.IsEmergency).ThenByDescending(v => v.VisitedOn).ThenByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
                .Select(v => new
                {
                    Visit = v,
                    Inspector = db.Inspectors.Where(i => i.Id == v.InspectorId).Select(i => i.Name).First(),
                    Issues = db.Issues.Count(i => i.VisitId == v.Id),
                })
                .ToPageAsync(query.Page, ct);
            return new PageResult<Row>(
                [.. page.Items.Select(r => ToRow(r.Visit, r.Inspector, r.Issues, schools))], page.Total, page.Page, page.Size);
        }

        private static Row ToRow(Visit v, string inspector, int issues, IReadOnlyDictionary<Guid, SchoolRef> schools)
        {
            var school = schools.GetValueOrDefault(v.SchoolId);
            return new Row(v.Id, v.SchoolId, school?.Code ?? "", school?.Name ?? "—", inspector, v.VisitedOn, v.Kind, v.Status, v.IsEmergency,
                issues, v.Score, v.SubmittedAt, v.Summary);
        }

        internal async Task<IQueryable<Visit>> FilterAsync(InspectionDbContext db, Query query, IReadOnlyDictionary<Guid, SchoolRef> schools, CancellationToken ct)
        {
            var user = users.User;
            IQueryable<Visit> visits = db.Visits;
            if (user.Role == Role.Inspector)
            {
                var own = await scope.InspectorIdAsync(user, ct) ?? Guid.Empty;
                visits = visits.Where(v => v.InspectorId == own);
            }
            else if (await scope.SchoolIdsAsync(user, ct) is { } inScope)
            {
                var ids = inScope.ToList();
                visits = visits.Where(v => ids.Contains(v.SchoolId));
            }

            if (!user.Has(InspectionPermissions.Visit))
            {
                visits = visits.Where(v => v.Status == VisitStatus.Submitted);
            }

            if (query.Month is { } month)
            {
                var first = VisitMonths.First(month);
                var last = VisitMonths.Last(month);
                visits = visits.Where(v => v.VisitedOn >= first && v.VisitedOn <= last);
            }

            if (!string.IsNullOrWhiteSpace(query.Search) || query.ZoneId is not null)
            {
                var term = query.Search?.Trim() ?? "";
                var matching = schools.Values
                    .Where(s => (term.Length == 0 || s.Name.Contains(term, StringComparison.Ordinal) || s.Code.StartsWith(term, StringComparison.Ordinal))
                        && (query.ZoneId is null || s.ZoneId == query.ZoneId))
                    .Select(s => s.Id).ToList();
                visits = visits.Where(v => matching.Contains(v.SchoolId));
            }

            if (query.InspectorId is { } inspector)
            {
                visits = visits.Where(v => v.InspectorId == inspector);
            }

            if (query.Status is { } status)
            {
                visits = visits.Where(v => v.Status == status);
            }

            if (query.Kind is { } kind)
            {
                visits = visits.Where(v => v.Kind == kind);
            }

            return query.EmergenciesOnly ? visits.Where(v => v.IsEmergency) : visits;
        }
    }
}
