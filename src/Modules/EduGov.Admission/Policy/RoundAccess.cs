using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>Loading a round, and the rules of who may change a round's policy and when.</summary>
internal static class RoundAccess
{
    public const string PolicyLocked = "报名已开始，招生政策已锁定，不能再修改。";
    public const string NotFound = "没有找到该招生轮次。";

    /// <summary>The policy is the district's: only officers whose scope is the whole bureau change it.</summary>
    public static void DemandPolicyEditor(CurrentUser user)
    {
        user.Demand(AdmissionPermissions.Manage);
        if (user.Scope.Kind != ScopeKind.Bureau)
        {
            throw new ForbiddenException("只有教育局可以维护招生轮次和招生政策。");
        }
    }

    public static async Task<AdmissionRound> LoadAsync(AdmissionDbContext db, Guid id, CancellationToken ct) =>
        await db.Rounds.Include(r => r.Categories).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(NotFound);

    public static void DemandDraft(AdmissionRound round)
    {
        if (round.PolicyLocked)
        {
            throw new ConflictException(PolicyLocked);
        }
    }
}
