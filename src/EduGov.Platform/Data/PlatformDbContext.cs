using EduGov.Platform.Audit;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Data;

/// <summary>Accounts, API tokens and the audit chain.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<UserAccount, IdentityRole<Guid>, Guid>(options)
{
    public const string Module = "platform";

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.MapAuditEvents(ownsTable: true);
        builder.Entity<UserAccount>(e =>
        {
            e.Property(x => x.DisplayName).HasMaxLength(50);
            e.Property(x => x.ScopeName).HasMaxLength(100);
            e.Property(x => x.PasswordHash).IsNotAudited();
            e.Property(x => x.SecurityStamp).IsNotAudited();
            e.Property(x => x.ConcurrencyStamp).IsNotAudited();
        });
        builder.Entity<IdentityUserToken<Guid>>().Property(x => x.Value).IsNotAudited();
        builder.Entity<ApiToken>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.TokenHash).IsUnique();
        });
        builder.UseModuleTableNames(Module);
    }
}
