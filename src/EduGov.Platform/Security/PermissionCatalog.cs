namespace EduGov.Platform.Security;

/// <summary>A module's permissions and the roles that hold them.</summary>
public sealed record PermissionGrant(string Permission, string Description, params Role[] Roles);

/// <summary>All modules' grants in one place: role → permissions.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<Role, HashSet<string>> _byRole = [];

    public PermissionCatalog(IEnumerable<PermissionGrant> grants)
    {
        Grants = [.. grants];
        foreach (var grant in Grants)
        {
            foreach (var role in grant.Roles)
            {
                if (!_byRole.TryGetValue(role, out var set))
                {
                    _byRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(grant.Permission);
            }
        }

        All = Grants.Select(g => g.Permission).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionGrant> Grants { get; }

    public IReadOnlySet<string> All { get; }

    public IReadOnlySet<string> For(Role role) => _byRole.TryGetValue(role, out var set) ? set : new HashSet<string>();
}
