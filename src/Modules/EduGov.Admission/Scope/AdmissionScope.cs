using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Scope;

/// <summary>
/// Which schools' admission a staff user sees: the bureau all, a zone or school what the registry gives them. A school
/// sees the applications that name it (catchment or choice). Parents see only their own applications (<see cref="DemandOwn"/>).
/// </summary>
internal sealed class AdmissionScope(IRegistryDirectory registry)
{
    public const string OutOfScope = "该学校不在您的管理范围内。";

    /// <summary>The school ids in scope, or null when the user covers the whole bureau.</summary>
    public async Task<IReadOnlySet<Guid>?> SchoolIdsAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (user.Scope.Kind == ScopeKind.Bureau)
        {
            return null;
        }

        if (user.Role == Role.Parent)
        {
            return new HashSet<Guid>();
        }

        return (await registry.SchoolsAsync(user, ct)).Select(s => s.Id).ToHashSet();
    }

    public async Task<bool> CoversAsync(CurrentUser user, Guid schoolId, CancellationToken ct = default) =>
        await SchoolIdsAsync(user, ct) is not { } ids || ids.Contains(schoolId);

    public async Task DemandSchoolAsync(CurrentUser user, Guid schoolId, CancellationToken ct = default)
    {
        if (!await CoversAsync(user, schoolId, ct))
        {
            throw new ForbiddenException(OutOfScope);
        }
    }

    /// <summary>A parent may act only on their own application; staff only on applications naming a school in scope.</summary>
    public async Task DemandApplicationAsync(CurrentUser user, Domain.Application application, CancellationToken ct = default)
    {
        if (user.Role == Role.Parent)
        {
            DemandOwn(user, application);
            return;
        }

        if (await SchoolIdsAsync(user, ct) is not { } ids)
        {
            return;
        }

        var named = application.Choices.Select(c => c.SchoolId).Append(application.CatchmentSchoolId ?? Guid.Empty).Append(application.OfferedSchoolId ?? Guid.Empty);
        if (!named.Any(ids.Contains))
        {
            throw new ForbiddenException(OutOfScope);
        }
    }

    public static void DemandOwn(CurrentUser user, Domain.Application application)
    {
        if (application.ParentId != user.Id || user.Id == Guid.Empty)
        {
            throw new NotFoundException("没有找到这份报名。");
        }
    }
}
