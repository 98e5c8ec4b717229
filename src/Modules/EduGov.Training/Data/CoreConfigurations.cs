using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class TrainingInstitutionConfiguration : IEntityTypeConfiguration<TrainingInstitution>
{
    public void Configure(EntityTypeBuilder<TrainingInstitution> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.CreditCode).HasMaxLength(18);
        e.Property(x => x.LegalPerson).HasMaxLength(50);
        e.Property(x => x.ContactPerson).HasMaxLength(50);
        e.Property(x => x.ContactPhone).HasMaxLength(30);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.ZoneName).HasMaxLength(100);
        e.Property(x => x.Website).HasMaxLength(200);
        e.Property(x => x.Introduction).HasMaxLength(2000);
        e.HasIndex(x => x.CreditCode).IsUnique();
        e.HasIndex(x => x.Name);
        e.HasIndex(x => new { x.Status, x.CreditGrade });
    }
}

internal sealed class SchoolPermitConfiguration : IEntityTypeConfiguration<SchoolPermit>
{
    public void Configure(EntityTypeBuilder<SchoolPermit> e)
    {
        e.Property(x => x.Number).HasMaxLength(50);
        e.Property(x => x.Scope).HasMaxLength(500);
        e.Property(x => x.Address).HasMaxLength(200);
        e.HasIndex(x => new { x.InstitutionId, x.Status });
        e.HasIndex(x => x.Number);
    }
}

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> e)
    {
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.AreaM2).HasPrecision(10, 2);
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class InstitutionStaffConfiguration : IEntityTypeConfiguration<InstitutionStaff>
{
    public void Configure(EntityTypeBuilder<InstitutionStaff> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.IdNumberCipher).HasMaxLength(200);
        e.Property(x => x.IdNumberLookup).HasMaxLength(64);
        e.Property(x => x.IdNumberMasked).HasMaxLength(18);
        e.Property(x => x.Subjects).HasMaxLength(200);
        e.Property(x => x.TeacherQualificationNumber).HasMaxLength(50);
        e.HasIndex(x => x.InstitutionId);
        e.HasIndex(x => x.IdNumberLookup);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Grades).HasMaxLength(100);
        e.Property(x => x.RefundPolicy).HasMaxLength(1000);
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class FundAccountConfiguration : IEntityTypeConfiguration<FundAccount>
{
    public void Configure(EntityTypeBuilder<FundAccount> e)
    {
        e.Property(x => x.BankName).HasMaxLength(100);
        e.Property(x => x.AccountName).HasMaxLength(100);
        e.Property(x => x.AccountNumber).HasMaxLength(40);
        e.HasIndex(x => new { x.InstitutionId, x.Kind });
    }
}

internal sealed class RiskAlertConfiguration : IEntityTypeConfiguration<RiskAlert>
{
    public void Configure(EntityTypeBuilder<RiskAlert> e)
    {
        e.Property(x => x.Key).HasMaxLength(100);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Evidence).HasMaxLength(2000);
        e.Property(x => x.HandledBy).HasMaxLength(50);
        e.Property(x => x.HandlingNote).HasMaxLength(1000);
        e.HasIndex(x => new { x.InstitutionId, x.Key, x.Status });
        e.HasIndex(x => new { x.Status, x.Kind });
    }
}

internal sealed class TrainingRuleConfiguration : IEntityTypeConfiguration<TrainingRule>
{
    public void Configure(EntityTypeBuilder<TrainingRule> e)
    {
        e.Property(x => x.Key).HasMaxLength(60);
        e.Property(x => x.Value).HasPrecision(18, 4);
        e.Property(x => x.SourceDocument).HasMaxLength(300);
        e.Property(x => x.Note).HasMaxLength(500);
        e.Property(x => x.ChangedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.Key, x.EffectiveFrom });
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => x.Date).IsUnique();
    }
}
