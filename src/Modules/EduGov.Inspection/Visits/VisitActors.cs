using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Inspectors;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// Whose visit it is. An inspector records their own visits; bureau staff may record one on behalf of the inspector
/// responsible for the school (e.g. from a paper record), and may edit any draft.
/// </summary>
internal static class VisitActors
{
    /// <summary>The active inspector record of the signed-in user, or null for bureau staff; an inspector account without one is refused.</summary>
    public static async Task<Inspector?> OwnAsync(InspectionDbContext db, CurrentUser user, CancellationToken ct)
    {
        var own = user.Id == Guid.Empty ? null : await db.Inspectors.FirstOrDefaultAsync(i => i.UserId == user.Id, ct);
        if (own is null)
        {
            return user.Role == Role.Inspector || user.Scope.Kind != ScopeKind.Bureau
                ? throw new ForbiddenException("您的账号还没有登记为督学，不能记录督导，请联系督导室。")
                : null;
        }

        return own.Active ? own : throw new ForbiddenException("您的督学身份已停用，不能记录督导。");
    }

    /// <summary>The inspector a new visit to <paramref name="schoolId"/> is recorded for.</summary>
    public static async Task<Guid> ForSchoolAsync(InspectionDbContext db, CurrentUser user, Guid schoolId, DateOnly today, CancellationToken ct)
    {
        if (await OwnAsync(db, user, ct) is { } own)
        {
            return own.Id;
        }

        var responsible = await db.Assignments.Where(a => a.SchoolId == schoolId && a.From <= today).Current(today)
            .OrderByDescending(a => a.From).Select(a => (Guid?)a.InspectorId).FirstOrDefaultAsync(ct);
        return responsible ?? throw new ConflictException("该校目前没有责任督学，请先挂牌。");
    }

    /// <summary>A draft may be changed by its inspector or by bureau staff.</summary>
    public static async Task DemandEditorAsync(InspectionDbContext db, CurrentUser user, Visit visit, CancellationToken ct)
    {
        var own = await OwnAsync(db, user, ct);
        if (own is not null && own.Id != visit.InspectorId)
        {
            throw new ForbiddenException("只有记录这次督导的督学或督导室可以修改草稿。");
        }
    }
}
