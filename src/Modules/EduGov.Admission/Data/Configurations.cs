using EduGov.Admission.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Admission.Data;

internal sealed class AdmissionRoundConfiguration : IEntityTypeConfiguration<AdmissionRound>
{
    public void Configure(EntityTypeBuilder<AdmissionRound> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.PolicySource).HasMaxLength(500);
        e.Property(x => x.ManifestSha256).HasMaxLength(64);
        e.Property(x => x.PublicDraw).HasMaxLength(200);
        e.Property(x => x.Dice).HasMaxLength(500);
        e.Property(x => x.Seed).HasMaxLength(64);
        e.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.RoundId);
        e.HasIndex(x => new { x.Year, x.Stage }).IsUnique();
    }
}

internal sealed class PriorityCategoryConfiguration : IEntityTypeConfiguration<PriorityCategory>
{
    public void Configure(EntityTypeBuilder<PriorityCategory> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasIndex(x => new { x.RoundId, x.Order }).IsUnique();
    }
}

internal sealed class PolicyRevisionConfiguration : IEntityTypeConfiguration<PolicyRevision>
{
    public void Configure(EntityTypeBuilder<PolicyRevision> e)
    {
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.ChangedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.RoundId, x.Version }).IsUnique();
    }
}

internal sealed class SeatPlanConfiguration : IEntityTypeConfiguration<SeatPlan>
{
    public void Configure(EntityTypeBuilder<SeatPlan> e)
    {
        e.Property(x => x.OverrideReason).HasMaxLength(500);
        e.Ignore(x => x.Seats);
        e.HasIndex(x => new { x.RoundId, x.SchoolId }).IsUnique();
    }
}

internal sealed class CatchmentRuleConfiguration : IEntityTypeConfiguration<CatchmentRule>
{
    public void Configure(EntityTypeBuilder<CatchmentRule> e)
    {
        e.Property(x => x.Street).HasMaxLength(100);
        e.Property(x => x.Estate).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(200);
        e.HasIndex(x => x.SchoolId);
    }
}

internal sealed class BirthCountConfiguration : IEntityTypeConfiguration<BirthCount>
{
    public void Configure(EntityTypeBuilder<BirthCount> e) => e.HasIndex(x => new { x.CohortYear, x.SchoolId });
}

internal sealed class GradeEnrolmentConfiguration : IEntityTypeConfiguration<GradeEnrolment>
{
    public void Configure(EntityTypeBuilder<GradeEnrolment> e) => e.HasIndex(x => new { x.Year, x.SchoolId, x.Grade }).IsUnique();
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> e)
    {
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.ChildName).HasMaxLength(50);
        e.Property(x => x.IdNumberMasked).HasMaxLength(30);
        e.Property(x => x.IdNumberLookup).HasMaxLength(64);
        e.Property(x => x.GuardianName).HasMaxLength(50);
        e.Property(x => x.GuardianPhoneMasked).HasMaxLength(20);
        e.Property(x => x.HukouAddressMasked).HasMaxLength(50);
        e.Property(x => x.PropertyAddressMasked).HasMaxLength(50);
        e.Property(x => x.LivingAddressMasked).HasMaxLength(50);
        e.Property(x => x.AddressLookup).HasMaxLength(64);
        e.Property(x => x.CategoryName).HasMaxLength(100);
        e.Property(x => x.CategoryReason).HasMaxLength(1000);
        e.Property(x => x.RegistryFlag).HasMaxLength(500);
        e.Property(x => x.ReturnReason).HasMaxLength(1000);
        e.Property(x => x.LotteryNumber).HasMaxLength(64);
        e.Property(x => x.OfferReason).HasMaxLength(1000);
        e.HasMany(x => x.Choices).WithOne().HasForeignKey(x => x.ApplicationId);
        e.HasIndex(x => new { x.RoundId, x.Number }).IsUnique();
        e.HasIndex(x => new { x.RoundId, x.Status });
        e.HasIndex(x => new { x.RoundId, x.IdNumberLookup });
        e.HasIndex(x => new { x.RoundId, x.CatchmentSchoolId });
        e.HasIndex(x => x.ParentId);
        e.HasIndex(x => x.AddressLookup);
    }
}

internal sealed class ApplicationChoiceConfiguration : IEntityTypeConfiguration<ApplicationChoice>
{
    public void Configure(EntityTypeBuilder<ApplicationChoice> e)
    {
        e.HasIndex(x => new { x.ApplicationId, x.Rank }).IsUnique();
        e.HasIndex(x => x.SchoolId);
    }
}

internal sealed class ApplicationStepConfiguration : IEntityTypeConfiguration<ApplicationStep>
{
    public void Configure(EntityTypeBuilder<ApplicationStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.ActorName).HasMaxLength(50);
        e.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> e)
    {
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.Decision).HasMaxLength(2000);
        e.Property(x => x.DecidedBy).HasMaxLength(50);
        e.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class ParentAccountConfiguration : IEntityTypeConfiguration<ParentAccount>
{
    public void Configure(EntityTypeBuilder<ParentAccount> e)
    {
        e.Property(x => x.PhoneLookup).HasMaxLength(64);
        e.Property(x => x.PhoneMasked).HasMaxLength(20);
        e.HasIndex(x => x.PhoneLookup).IsUnique();
    }
}

internal sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> e)
    {
        e.Property(x => x.PhoneLookup).HasMaxLength(64);
        e.Property(x => x.CodeHash).HasMaxLength(64);
        e.HasIndex(x => new { x.PhoneLookup, x.CreatedAt });
    }
}
