using System.Globalization;
using System.Security.Claims;

namespace EduGov.Platform.Security;

/// <summary>Who is acting, with what role, permissions and org scope. Built once per request or circuit activity.</summary>
public sealed class CurrentUser
{
    public static readonly CurrentUser Anonymous = new(Guid.Empty, "匿名访问", null, OrgScope.None, new HashSet<string>());

    public CurrentUser(Guid id, string name, Role? role, OrgScope scope, IReadOnlySet<string> permissions)
    {
        Id = id;
        Name = name;
        Role = role;
        Scope = scope;
        Permissions = permissions;
    }

    public Guid Id { get; }
    public string Name { get; }
    public Role? Role { get; }
    public OrgScope Scope { get; }
    public IReadOnlySet<string> Permissions { get; }
    public bool IsAuthenticated => Role is not null;

    public bool Has(string permission) => Permissions.Contains(permission);

    public void Demand(string permission)
    {
        if (!Has(permission))
        {
            throw new Errors.ForbiddenException("您没有执行此操作的权限。");
        }
    }

    /// <summary>The system account that migrations, seeding and the CLI act as.</summary>
    public static CurrentUser System(string name, PermissionCatalog catalog) =>
        new(Guid.Empty, name, Security.Role.Leader, OrgScope.Bureau("全区"), catalog.All);

    public string IdText => Id.ToString("D", CultureInfo.InvariantCulture);
}

public static class EduGovClaims
{
    public const string Role = "edugov:role";
    public const string ScopeKind = "edugov:scope-kind";
    public const string ScopeId = "edugov:scope-id";
    public const string ScopeName = "edugov:scope-name";
    public const string DisplayName = "edugov:name";

    public static CurrentUser ToCurrentUser(ClaimsPrincipal principal, PermissionCatalog catalog)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Enum.TryParse<Security.Role>(principal.FindFirstValue(Role), out var role)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return CurrentUser.Anonymous;
        }

        var kind = Enum.TryParse<Security.ScopeKind>(principal.FindFirstValue(ScopeKind), out var k) ? k : Security.ScopeKind.Self;
        Guid? scopeId = Guid.TryParse(principal.FindFirstValue(ScopeId), out var s) ? s : null;
        var scope = new OrgScope(kind, scopeId, principal.FindFirstValue(ScopeName) ?? "");
        var name = principal.FindFirstValue(DisplayName) ?? principal.Identity.Name ?? "";
        return new CurrentUser(id, name, role, scope, catalog.For(role));
    }
}
