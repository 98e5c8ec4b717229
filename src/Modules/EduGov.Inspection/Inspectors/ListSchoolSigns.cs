using EduGov.Inspection.Data;
using EduGov.Inspection.Scope;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>The schools in scope with their current responsible inspector, unassigned schools first: every school must have one.</summary>
public static class ListSchoolSigns
{
    public sealed record Query(string? Search = null, Guid? ZoneId = null, bool UnassignedOnly = false);

    public sealed record Row(Guid SchoolId, string Code, string School, string? Zone, Guid? InspectorId, string? Inspector, DateOnly? Since);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var inScope = await scope.SchoolIdsAsync(user, ct);
            var zones = (await registry.ZonesAsync(ct)).ToDictionary(z => z.Id, z => z.Name);
            var schools = (await registry.AllSchoolsAsync(ct))
                .Where(s => inScope is null || inScope.Contains(s.Id))
                .Where(s => query.ZoneId is null || s.ZoneId == query.ZoneId)
                .Where(s => string.IsNullOrWhiteSpace(query.Search) || s.Name.Contains(query.Search.Trim(), StringComparison.Ordinal) || s.Code.StartsWith(query.Search.Trim(), StringComparison.Ordinal))
                .ToList();
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var current = (await db.Assignments.Where(a => a.From <= today).Current(today)
                .Join(db.Inspectors, a => a.InspectorId, i => i.Id, (a, i) => new { a.SchoolId, InspectorId = i.Id, i.Name, a.From })
                .ToListAsync(ct)).ToLookup(a => a.SchoolId);
            return [.. schools
                .Select(s => (School: s, Assigned: current[s.Id].MaxBy(a => a.From)))
                .Where(x => !query.UnassignedOnly || x.Assigned is null)
                .OrderBy(x => x.Assigned is not null).ThenBy(x => x.School.Code, StringComparer.Ordinal)
                .Select(x => new Row(x.School.Id, x.School.Code, x.School.Name, x.School.ZoneId is { } zone ? zones.GetValueOrDefault(zone) : null,
                    x.Assigned?.InspectorId, x.Assigned?.Name, x.Assigned?.From))];
        }
    }
}
