using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> e)
    {
        e.Property(x => x.CourseName).HasMaxLength(100);
        e.Property(x => x.PupilName).HasMaxLength(50);
        e.Property(x => x.GuardianName).HasMaxLength(50);
        e.Property(x => x.GuardianPhoneCipher).HasMaxLength(200);
        e.Property(x => x.GuardianPhoneLookup).HasMaxLength(64);
        e.Property(x => x.GuardianPhoneMasked).HasMaxLength(20);
        e.Property(x => x.RecordedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.Status });
        e.HasIndex(x => x.GuardianPhoneLookup);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> e)
    {
        e.Property(x => x.Reference).HasMaxLength(60);
        e.Property(x => x.Note).HasMaxLength(200);
        e.Property(x => x.RecordedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.Kind, x.Date });
        e.HasIndex(x => x.EnrolmentId);
    }
}

internal sealed class LessonRecordConfiguration : IEntityTypeConfiguration<LessonRecord>
{
    public void Configure(EntityTypeBuilder<LessonRecord> e)
    {
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.AnsweredBy).HasMaxLength(50);
        e.Property(x => x.DisputeNote).HasMaxLength(500);
        e.Property(x => x.RecordedBy).HasMaxLength(50);
        e.HasIndex(x => x.TokenHash);
        e.HasIndex(x => x.EnrolmentId);
        e.HasIndex(x => new { x.InstitutionId, x.TaughtOn });
        e.HasIndex(x => new { x.Status, x.DueOn });
    }
}

internal sealed class RefundRequestConfiguration : IEntityTypeConfiguration<RefundRequest>
{
    public void Configure(EntityTypeBuilder<RefundRequest> e)
    {
        e.Property(x => x.RequestedBy).HasMaxLength(50);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.AgreedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.Status });
        e.HasIndex(x => x.EnrolmentId);
    }
}

internal sealed class BankStatementConfiguration : IEntityTypeConfiguration<BankStatement>
{
    public void Configure(EntityTypeBuilder<BankStatement> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ImportedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.InstitutionId, x.ImportedAt });
    }
}

internal sealed class BankStatementLineConfiguration : IEntityTypeConfiguration<BankStatementLine>
{
    public void Configure(EntityTypeBuilder<BankStatementLine> e)
    {
        e.Property(x => x.Counterparty).HasMaxLength(100);
        e.Property(x => x.Memo).HasMaxLength(200);
        e.HasIndex(x => x.StatementId);
    }
}

internal sealed class FundPositionConfiguration : IEntityTypeConfiguration<FundPosition>
{
    public void Configure(EntityTypeBuilder<FundPosition> e)
    {
        e.HasKey(x => x.InstitutionId);
        e.HasIndex(x => x.ShortfallFen);
    }
}
