using EduGov.Platform.Errors;
using EduGov.Platform.Security;

namespace EduGov.Training.Scope;

/// <summary>
/// Who sees which institution: bureau staff every one; an institution's own account only its own record
/// (its scope id). Anything else is refused. The one rule of the module, used by every handler.
/// </summary>
internal static class TrainingScope
{
    public const string OutOfScope = "该培训机构不在您的管理范围内。";
    public const string NotFound = "没有找到该培训机构。";

    /// <summary>The institution an institution account acts for, or null for bureau staff who see every institution.</summary>
    public static Guid? OwnInstitution(CurrentUser user) => user.Role == Role.Institution ? user.Scope.Id ?? Guid.Empty : null;

    public static bool Covers(CurrentUser user, Guid institutionId) => user.Role switch
    {
        Role.Institution => user.Scope.Id == institutionId,
        _ => user.Scope.Kind == ScopeKind.Bureau || user.Role == Role.Inspector,
    };

    public static void Demand(CurrentUser user, Guid institutionId)
    {
        if (!Covers(user, institutionId))
        {
            throw new ForbiddenException(OutOfScope);
        }
    }

    /// <summary>An institution account that has no institution yet (registration not finished) may act on nothing.</summary>
    public static Guid DemandOwn(CurrentUser user)
    {
        if (user.Role != Role.Institution || user.Scope.Id is not { } id || id == Guid.Empty)
        {
            throw new ForbiddenException("当前账号没有关联的培训机构。");
        }

        return id;
    }
}
