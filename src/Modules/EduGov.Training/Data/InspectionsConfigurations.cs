using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Training.Data;

internal sealed class EnforcementOfficerConfiguration : IEntityTypeConfiguration<EnforcementOfficer>
{
    public void Configure(EntityTypeBuilder<EnforcementOfficer> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Department).HasMaxLength(100);
        e.Property(x => x.CertificateNumber).HasMaxLength(50);
        e.Property(x => x.Areas).HasMaxLength(500);
        e.Property(x => x.Qualifications).HasMaxLength(500);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Ignore(x => x.AreaList);
        e.HasIndex(x => x.CertificateNumber).IsUnique();
        e.HasIndex(x => x.UserId);
    }
}

internal sealed class OfficerConflictConfiguration : IEntityTypeConfiguration<OfficerConflict>
{
    public void Configure(EntityTypeBuilder<OfficerConflict> e)
    {
        e.Property(x => x.Reason).HasMaxLength(200);
        e.Property(x => x.RecordedBy).HasMaxLength(100);
        e.Property(x => x.EndedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.OfficerId, x.InstitutionId });
    }
}

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.CheckItems).HasMaxLength(4000);
        foreach (var ratio in new[] { nameof(InspectionPlan.RatioA), nameof(InspectionPlan.RatioB), nameof(InspectionPlan.RatioC), nameof(InspectionPlan.RatioD), nameof(InspectionPlan.RatioE) })
        {
            e.Property<decimal>(ratio).HasPrecision(5, 2);
        }

        e.Property(x => x.ManifestSha256).HasMaxLength(64);
        e.Property(x => x.PublicDraw).HasMaxLength(200);
        e.Property(x => x.Dice).HasMaxLength(500);
        e.Property(x => x.Seed).HasMaxLength(64);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.Ignore(x => x.DiceValues);
        e.Ignore(x => x.CheckItemList);
        e.HasIndex(x => new { x.Year, x.Batch });
    }
}

internal sealed class InspectionPlanStepConfiguration : IEntityTypeConfiguration<InspectionPlanStep>
{
    public void Configure(EntityTypeBuilder<InspectionPlanStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(500);
        e.Property(x => x.ActorName).HasMaxLength(100);
        e.HasIndex(x => x.PlanId);
    }
}

internal sealed class InspectionTargetConfiguration : IEntityTypeConfiguration<InspectionTarget>
{
    public void Configure(EntityTypeBuilder<InspectionTarget> e)
    {
        e.Property(x => x.Token).HasMaxLength(50);
        e.Property(x => x.InstitutionName).HasMaxLength(100);
        e.Property(x => x.Area).HasMaxLength(100);
        e.Property(x => x.LotteryNumber).HasMaxLength(64);
        e.HasIndex(x => new { x.PlanId, x.Grade, x.Rank });
        e.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    public void Configure(EntityTypeBuilder<InspectionTask> e)
    {
        e.Property(x => x.InstitutionName).HasMaxLength(100);
        e.Property(x => x.Token).HasMaxLength(50);
        e.Property(x => x.LotteryNumber).HasMaxLength(64);
        e.Property(x => x.Notes).HasMaxLength(2000);
        e.Property(x => x.SubmittedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.PlanId, x.Order });
        e.HasIndex(x => new { x.InstitutionId, x.Status });
    }
}

internal sealed class InspectionTeamMemberConfiguration : IEntityTypeConfiguration<InspectionTeamMember>
{
    public void Configure(EntityTypeBuilder<InspectionTeamMember> e)
    {
        e.Property(x => x.OfficerName).HasMaxLength(50);
        e.Property(x => x.CertificateNumber).HasMaxLength(50);
        e.HasIndex(x => x.TaskId);
        e.HasIndex(x => x.OfficerId);
    }
}

internal sealed class InspectionCheckConfiguration : IEntityTypeConfiguration<InspectionCheck>
{
    public void Configure(EntityTypeBuilder<InspectionCheck> e)
    {
        e.Property(x => x.Item).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(500);
        e.HasIndex(x => x.TaskId);
    }
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> e)
    {
        e.Property(x => x.ItemCode).HasMaxLength(50);
        e.Property(x => x.ItemName).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.HasIndex(x => x.TaskId);
    }
}

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(50);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.UploadedBy).HasMaxLength(100);
        e.HasIndex(x => x.OwnerId);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> e)
    {
        e.Property(x => x.InstitutionName).HasMaxLength(100);
        e.Property(x => x.Problem).HasMaxLength(1000);
        e.Property(x => x.Measures).HasMaxLength(2000);
        e.HasIndex(x => new { x.InstitutionId, x.Status });
        e.HasIndex(x => x.TaskId);
    }
}

internal sealed class RectificationStepConfiguration : IEntityTypeConfiguration<RectificationStep>
{
    public void Configure(EntityTypeBuilder<RectificationStep> e)
    {
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.ActorName).HasMaxLength(100);
        e.HasIndex(x => x.RectificationId);
    }
}
