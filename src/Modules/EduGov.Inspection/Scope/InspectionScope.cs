using EduGov.Inspection.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Scope;

/// <summary>
/// Which schools a user sees in inspection: the bureau all of them, an inspector the schools currently assigned to
/// them (whatever their registry scope), a school its own, others what the registry lets them see.
/// </summary>
internal sealed class InspectionScope(IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, TimeProvider clock)
{
    /// <summary>The school ids in scope, or null when the user covers the whole bureau.</summary>
    public async Task<IReadOnlySet<Guid>?> SchoolIdsAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (user.Role == Role.Inspector)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var ids = await db.Assignments
                .Where(a => db.Inspectors.Any(i => i.Id == a.InspectorId && i.UserId == user.Id) && (a.Until == null || a.Until >= today))
                .Select(a => a.SchoolId).ToListAsync(ct);
            return ids.ToHashSet();
        }

        if (user.Scope.Kind == ScopeKind.Bureau)
        {
            return null;
        }

        return (await registry.SchoolsAsync(user, ct)).Select(s => s.Id).ToHashSet();
    }

    public async Task<bool> CoversAsync(CurrentUser user, Guid schoolId, CancellationToken ct = default) =>
        await SchoolIdsAsync(user, ct) is not { } ids || ids.Contains(schoolId);

    public async Task DemandSchoolAsync(CurrentUser user, Guid schoolId, CancellationToken ct = default)
    {
        if (!await CoversAsync(user, schoolId, ct))
        {
            throw new ForbiddenException("该学校不在您的管理范围内。");
        }
    }

    /// <summary>The inspector record the signed-in user acts as, or null.</summary>
    public async Task<Guid?> InspectorIdAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Inspectors.Where(i => i.UserId == user.Id && user.Id != Guid.Empty).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
    }
}
