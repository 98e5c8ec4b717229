using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Audit;

public static class AuditModel
{
    public const string TableName = "platform_audit_event";

    /// <summary>Every module context maps the audit table so that audit rows commit with the change; only Platform migrates it.</summary>
    public static void MapAuditEvents(this ModelBuilder modelBuilder, bool ownsTable)
    {
        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.ToTable(TableName, t =>
            {
                if (!ownsTable)
                {
                    t.ExcludeFromMigrations();
                }
            });
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.Module).HasMaxLength(32);
            e.Property(x => x.EntityType).HasMaxLength(64);
            e.Property(x => x.EntityId).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
            e.HasIndex(x => x.ActorId);
            e.HasIndex(x => x.OccurredAt);
        });
    }
}
