using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>
/// Puts one item on a school's issue list outside a visit: an inspector for a school in scope, or the bureau (e.g. from a
/// failed balanced-development indicator).
/// </summary>
public static class OpenIssue
{
    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Guid>> HandleAsync(IReadOnlyList<NewIssue> items, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(items.Any(i => i.Source == IssueSource.BalancedDevelopment) ? InspectionPermissions.Manage : InspectionPermissions.Visit);
            var today = ChinaTime.Today(clock);
            foreach (var item in items)
            {
                IssueRules.Validate(item, today);
                await scope.DemandSchoolAsync(user, item.SchoolId, ct);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspectorId = await scope.InspectorIdAsync(user, ct);
            var issues = await IssueRegister.AddAsync(db, [.. items.Select(i => i with { InspectorId = i.InspectorId ?? inspectorId })], user, clock, ct);
            await db.SaveChangesAsync(ct);
            return [.. issues.Select(i => i.Id)];
        }
    }
}
