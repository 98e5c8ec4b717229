using EduGov.Inspection.Data;
using EduGov.Inspection.Scope;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>A school's responsible inspectors over time, newest first.</summary>
public static class ListSchoolAssignments
{
    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<IReadOnlyList<AssignmentView>> HandleAsync(Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            await scope.DemandSchoolAsync(user, schoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.Assignments.AsNoTracking().Where(a => a.SchoolId == schoolId)
                .OrderByDescending(a => a.From).ThenByDescending(a => a.AssignedAt)
                .Select(a => new { Assignment = a, Inspector = db.Inspectors.Where(i => i.Id == a.InspectorId).Select(i => i.Name).First() })
                .ToListAsync(ct);
            var schools = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var today = ChinaTime.Today(clock);
            return [.. rows.Select(r => AssignmentQueries.View(r.Assignment, r.Inspector, schools, today))];
        }
    }
}
