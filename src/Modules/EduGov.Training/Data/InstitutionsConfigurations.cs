using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> e)
    {
        e.Property(x => x.Summary).HasMaxLength(2000);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.SubmittedBy).HasMaxLength(100);
        e.Property(x => x.DecidedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.Status, x.SubmittedAt });
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class InstitutionNoticeConfiguration : IEntityTypeConfiguration<InstitutionNotice>
{
    public void Configure(EntityTypeBuilder<InstitutionNotice> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.Property(x => x.Answer).HasMaxLength(4000);
        e.Property(x => x.SentBy).HasMaxLength(100);
        e.Property(x => x.AnsweredBy).HasMaxLength(100);
        e.HasIndex(x => new { x.InstitutionId, x.DueOn });
        e.Ignore(x => x.IsAnswered);
    }
}

internal sealed class InstitutionDocumentConfiguration : IEntityTypeConfiguration<InstitutionDocument>
{
    public void Configure(EntityTypeBuilder<InstitutionDocument> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.UploadedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.OwnerKind, x.OwnerId });
        e.HasIndex(x => x.InstitutionId);
    }
}
