using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.ProposedName).HasMaxLength(100);
        e.Property(x => x.ProposedScope).HasMaxLength(500);
        e.Property(x => x.ProposedAddress).HasMaxLength(200);
        e.Property(x => x.Statement).HasMaxLength(2000);
        e.Property(x => x.RefundPlan).HasMaxLength(2000);
        e.Property(x => x.PlacementPlan).HasMaxLength(2000);
        e.Property(x => x.SubmittedBy).HasMaxLength(100);
        e.Property(x => x.DecidedBy).HasMaxLength(100);
        e.Property(x => x.DecisionReason).HasMaxLength(2000);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.Status, x.DecisionDueOn });
        e.HasIndex(x => x.InstitutionId);
        e.Ignore(x => x.IsOpen);
    }
}

internal sealed class LicenceOpinionConfiguration : IEntityTypeConfiguration<LicenceOpinion>
{
    public void Configure(EntityTypeBuilder<LicenceOpinion> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.EnteredBy).HasMaxLength(100);
        e.HasIndex(x => new { x.ApplicationId, x.Department }).IsUnique();
    }
}

internal sealed class LicenceStepConfiguration : IEntityTypeConfiguration<LicenceStep>
{
    public void Configure(EntityTypeBuilder<LicenceStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.Actor).HasMaxLength(100);
        e.HasIndex(x => new { x.ApplicationId, x.Sequence }).IsUnique();
    }
}

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> e)
    {
        e.Property(x => x.Notes).HasMaxLength(2000);
        e.Property(x => x.ReviewedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.InstitutionId, x.Year }).IsUnique();
        e.HasIndex(x => x.Year);
    }
}
