using EduGov.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Inspection.Data;

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Background).HasMaxLength(200);
        e.Property(x => x.Stages).HasMaxLength(20);
        e.Property(x => x.CertificateNumber).HasMaxLength(50);
        e.Property(x => x.Phone).HasMaxLength(30);
        e.HasIndex(x => x.CertificateNumber).IsUnique();
        e.HasIndex(x => x.UserId);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> e)
    {
        e.Property(x => x.Note).HasMaxLength(200);
        e.Property(x => x.AssignedByName).HasMaxLength(50);
        e.HasIndex(x => new { x.SchoolId, x.Until });
        e.HasIndex(x => new { x.InspectorId, x.Until });
    }
}

internal sealed class PlannedVisitConfiguration : IEntityTypeConfiguration<PlannedVisit>
{
    public void Configure(EntityTypeBuilder<PlannedVisit> e)
    {
        e.HasIndex(x => new { x.Month, x.SchoolId, x.Sequence }).IsUnique();
        e.HasIndex(x => new { x.InspectorId, x.Month });
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> e)
    {
        e.Property(x => x.Summary).HasMaxLength(4000);
        e.Property(x => x.Score).HasPrecision(7, 2);
        e.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.VisitId);
        e.HasIndex(x => new { x.SchoolId, x.VisitedOn });
        e.HasIndex(x => new { x.InspectorId, x.VisitedOn });
        e.HasIndex(x => x.VisitedOn);
    }
}

internal sealed class VisitEntryConfiguration : IEntityTypeConfiguration<VisitEntry>
{
    public void Configure(EntityTypeBuilder<VisitEntry> e)
    {
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.Points).HasPrecision(7, 2);
    }
}

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.HasIndex(x => x.Name).IsUnique();
        e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.TemplateId);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> e)
    {
        e.Property(x => x.Text).HasMaxLength(500);
        e.Property(x => x.Weight).HasPrecision(7, 2);
        e.Property(x => x.MaxPoints).HasPrecision(7, 2);
    }
}

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> e)
    {
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.Rule).HasMaxLength(500);
        e.Property(x => x.PlanMeasures).HasMaxLength(4000);
        e.Property(x => x.PlanOwner).HasMaxLength(50);
        e.Property(x => x.OpenedByName).HasMaxLength(50);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.SchoolId, x.Reference });
        e.HasIndex(x => new { x.SchoolId, x.Status });
        e.HasIndex(x => new { x.Status, x.Deadline });
        e.HasIndex(x => x.OpenedOn);
        e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.IssueId);
    }
}

internal sealed class IssueEventConfiguration : IEntityTypeConfiguration<IssueEvent>
{
    public void Configure(EntityTypeBuilder<IssueEvent> e)
    {
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.ActorName).HasMaxLength(50);
        e.HasIndex(x => new { x.IssueId, x.At });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.UploadedByName).HasMaxLength(50);
        e.HasIndex(x => new { x.OwnerKind, x.OwnerId });
    }
}

internal sealed class SchoolFacilitiesConfiguration : IEntityTypeConfiguration<SchoolFacilities>
{
    public void Configure(EntityTypeBuilder<SchoolFacilities> e)
    {
        e.Property(x => x.TeachingSpaceSquareMetres).HasPrecision(12, 2);
        e.Property(x => x.SportsSpaceSquareMetres).HasPrecision(12, 2);
        e.Property(x => x.EquipmentValueYuan).HasPrecision(16, 2);
        e.Property(x => x.UpdatedByName).HasMaxLength(50);
        e.HasIndex(x => new { x.Year, x.SchoolId }).IsUnique();
    }
}

internal sealed class InspectionSettingsConfiguration : IEntityTypeConfiguration<InspectionSettings>
{
    public void Configure(EntityTypeBuilder<InspectionSettings> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UpdatedByName).HasMaxLength(50);
        e.HasData(new InspectionSettings());
    }
}
