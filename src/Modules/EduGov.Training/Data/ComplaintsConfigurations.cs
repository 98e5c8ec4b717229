using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.InstitutionName).HasMaxLength(100);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.ComplainantName).HasMaxLength(50);
        e.Property(x => x.PhoneCipher).HasMaxLength(200);
        e.Property(x => x.PhoneLookup).HasMaxLength(64);
        e.Property(x => x.PhoneMasked).HasMaxLength(20);
        e.Property(x => x.AssigneeName).HasMaxLength(50);
        e.Property(x => x.Answer).HasMaxLength(2000);
        e.Property(x => x.InstitutionAccount).HasMaxLength(2000);
        e.Property(x => x.Closure).HasMaxLength(1000);
        e.Property(x => x.EnteredBy).HasMaxLength(50);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
        e.HasIndex(x => new { x.Status, x.AnswerDue });
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class ComplaintStepConfiguration : IEntityTypeConfiguration<ComplaintStep>
{
    public void Configure(EntityTypeBuilder<ComplaintStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.ActorName).HasMaxLength(50);
        e.HasIndex(x => x.ComplaintId);
    }
}

internal sealed class ComplaintPhotoConfiguration : IEntityTypeConfiguration<ComplaintPhoto>
{
    public void Configure(EntityTypeBuilder<ComplaintPhoto> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(50);
        e.HasIndex(x => x.ComplaintId);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.Property(x => x.ComplaintNumber).HasMaxLength(20);
        e.Property(x => x.SubjectName).HasMaxLength(100);
        e.Property(x => x.AuthorityName).HasMaxLength(100);
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.Feedback).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.Status, x.SentOn });
        e.HasIndex(x => x.ComplaintId);
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class ReferralStepConfiguration : IEntityTypeConfiguration<ReferralStep>
{
    public void Configure(EntityTypeBuilder<ReferralStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.ActorName).HasMaxLength(50);
        e.HasIndex(x => x.ReferralId);
    }
}

internal sealed class PenaltyConfiguration : IEntityTypeConfiguration<Penalty>
{
    public void Configure(EntityTypeBuilder<Penalty> e)
    {
        e.Property(x => x.InstitutionName).HasMaxLength(100);
        e.Property(x => x.LegalBasis).HasMaxLength(300);
        e.Property(x => x.DecisionNumber).HasMaxLength(60);
        e.Property(x => x.Facts).HasMaxLength(2000);
        e.Property(x => x.LiftReason).HasMaxLength(1000);
        e.Property(x => x.LiftedBy).HasMaxLength(50);
        e.Property(x => x.RecordedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.DecidedOn });
        e.HasIndex(x => x.DecidedOn);
    }
}
