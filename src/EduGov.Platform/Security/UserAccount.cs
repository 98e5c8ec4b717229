using Microsoft.AspNetCore.Identity;

namespace EduGov.Platform.Security;

/// <summary>A person's account: one role, one org scope.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public UserAccount()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = "";
    public Role Role { get; set; }
    public ScopeKind ScopeKind { get; set; }
    public Guid? ScopeId { get; set; }
    public string ScopeName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    public OrgScope Scope => new(ScopeKind, ScopeId, ScopeName);
}
