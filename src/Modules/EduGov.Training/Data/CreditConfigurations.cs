using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class CreditCatalogueConfiguration : IEntityTypeConfiguration<CreditCatalogue>
{
    public void Configure(EntityTypeBuilder<CreditCatalogue> e)
    {
        e.Property(x => x.Code).HasMaxLength(30);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.Property(x => x.UpdatedBy).HasMaxLength(50);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class CreditItemConfiguration : IEntityTypeConfiguration<CreditItem>
{
    public void Configure(EntityTypeBuilder<CreditItem> e)
    {
        e.Property(x => x.Code).HasMaxLength(30);
        e.Property(x => x.Group).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Standard).HasMaxLength(500);
        e.Property(x => x.UpdatedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.CatalogueId, x.Code }).IsUnique();
    }
}

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> e)
    {
        e.Property(x => x.ItemCode).HasMaxLength(30);
        e.Property(x => x.ItemName).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.Property(x => x.StatusReason).HasMaxLength(1000);
        e.Property(x => x.RecordedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.Status });
        e.HasIndex(x => new { x.Status, x.PublicUntil });
    }
}

internal sealed class CardEventConfiguration : IEntityTypeConfiguration<CardEvent>
{
    public void Configure(EntityTypeBuilder<CardEvent> e)
    {
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.By).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.At });
    }
}

internal sealed class ListEntryConfiguration : IEntityTypeConfiguration<ListEntry>
{
    public void Configure(EntityTypeBuilder<ListEntry> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.EnteredBy).HasMaxLength(50);
        e.Property(x => x.LeftReason).HasMaxLength(500);
        e.Property(x => x.LeftBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.LeftOn });
        e.HasIndex(x => new { x.List, x.LeftOn });
    }
}

internal sealed class CreditRepairRequestConfiguration : IEntityTypeConfiguration<CreditRepairRequest>
{
    public void Configure(EntityTypeBuilder<CreditRepairRequest> e)
    {
        e.Property(x => x.Commitment).HasMaxLength(2000);
        e.Property(x => x.Evidence).HasMaxLength(2000);
        e.Property(x => x.SubmittedBy).HasMaxLength(50);
        e.Property(x => x.DecidedBy).HasMaxLength(50);
        e.Property(x => x.Decision).HasMaxLength(1000);
        e.HasIndex(x => new { x.Status, x.SubmittedOn });
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> e)
    {
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.SubmittedBy).HasMaxLength(50);
        e.Property(x => x.DecidedBy).HasMaxLength(50);
        e.Property(x => x.Decision).HasMaxLength(1000);
        e.HasIndex(x => new { x.Status, x.DueOn });
        e.HasIndex(x => x.InstitutionId);
    }
}
