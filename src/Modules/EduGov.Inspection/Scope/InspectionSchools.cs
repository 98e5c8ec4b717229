using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Scope;

/// <summary>The schools the current user covers in inspection, for pickers and names.</summary>
internal sealed class InspectionSchools(InspectionScope scope, IRegistryDirectory registry, CurrentUserAccessor users)
{
    public async Task<IReadOnlyList<SchoolRef>> InScopeAsync(CancellationToken ct = default)
    {
        var all = await registry.AllSchoolsAsync(ct);
        return await scope.SchoolIdsAsync(users.User, ct) is { } ids ? [.. all.Where(s => ids.Contains(s.Id))] : all;
    }
}
