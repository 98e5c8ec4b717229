using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Registry.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(6);
        e.Property(x => x.ParentCode).HasMaxLength(6);
        e.Property(x => x.Name).HasMaxLength(50);
    }
}

internal sealed class BureauConfiguration : IEntityTypeConfiguration<Bureau>
{
    public void Configure(EntityTypeBuilder<Bureau> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.Phone).HasMaxLength(30);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Duties).HasMaxLength(500);
    }
}

internal sealed class SchoolZoneConfiguration : IEntityTypeConfiguration<SchoolZone>
{
    public void Configure(EntityTypeBuilder<SchoolZone> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.Description).HasMaxLength(500);
        e.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class EducationGroupConfiguration : IEntityTypeConfiguration<EducationGroup>
{
    public void Configure(EntityTypeBuilder<EducationGroup> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> e)
    {
        e.Property(x => x.Code).HasMaxLength(10);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.Principal).HasMaxLength(50);
        e.Property(x => x.Phone).HasMaxLength(30);
        e.HasIndex(x => x.Code).IsUnique();
        e.HasIndex(x => x.Name);
        e.HasIndex(x => x.ZoneId);
        e.HasIndex(x => x.GroupId);
        e.HasOne(x => x.Zone).WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Campuses).WithOne().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CampusConfiguration : IEntityTypeConfiguration<Campus>
{
    public void Configure(EntityTypeBuilder<Campus> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Address).HasMaxLength(200);
    }
}

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> e)
    {
        e.Property(x => x.HeadTeacher).HasMaxLength(50);
        e.HasIndex(x => new { x.SchoolId, x.Grade, x.Number }).IsUnique();
        e.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Campus>().WithMany().HasForeignKey(x => x.CampusId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.IdNumberCipher).HasMaxLength(200);
        e.Property(x => x.IdNumberLookup).HasMaxLength(64);
        e.Property(x => x.IdNumberMasked).HasMaxLength(30);
        e.Property(x => x.NationalStudentNumberCipher).HasMaxLength(200);
        e.Property(x => x.NationalStudentNumberMasked).HasMaxLength(30);
        e.Property(x => x.HukouRegionCode).HasMaxLength(6);
        e.Property(x => x.HomeAddressCipher).HasMaxLength(600);
        e.Property(x => x.HomeAddressMasked).HasMaxLength(100);
        e.HasIndex(x => x.IdNumberLookup).IsUnique();
        e.HasIndex(x => new { x.SchoolId, x.Grade, x.Name });
        e.HasIndex(x => new { x.Grade, x.Name, x.Id });
        e.HasIndex(x => new { x.Name, x.Id });
        e.HasIndex(x => new { x.BirthDate, x.Id });
        e.HasIndex(x => x.ClassId);
        e.HasIndex(x => new { x.Status, x.SchoolId, x.Grade });
        e.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<SchoolClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Guardians).WithOne().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Relation).HasMaxLength(20);
        e.Property(x => x.PhoneCipher).HasMaxLength(200);
        e.Property(x => x.PhoneLookup).HasMaxLength(64);
        e.Property(x => x.PhoneMasked).HasMaxLength(30);
        e.HasIndex(x => x.PhoneLookup);
    }
}

internal sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> e)
    {
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.RequestedByName).HasMaxLength(50);
        e.Property(x => x.DecidedByName).HasMaxLength(50);
        e.Property(x => x.DecisionNote).HasMaxLength(500);
        e.HasIndex(x => new { x.StudentId, x.RequestedAt });
        e.HasIndex(x => new { x.Status, x.FromSchoolId });
        e.HasOne<Student>().WithMany().HasForeignKey(x => x.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffConfiguration : IEntityTypeConfiguration<Staff>
{
    public void Configure(EntityTypeBuilder<Staff> e)
    {
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.IdNumberCipher).HasMaxLength(200);
        e.Property(x => x.IdNumberLookup).HasMaxLength(64);
        e.Property(x => x.IdNumberMasked).HasMaxLength(30);
        e.Property(x => x.PhoneCipher).HasMaxLength(200);
        e.Property(x => x.PhoneMasked).HasMaxLength(30);
        e.Property(x => x.TeacherQualification).HasMaxLength(100);
        e.Property(x => x.Subject).HasMaxLength(30);
        e.HasIndex(x => x.IdNumberLookup).IsUnique();
        e.HasIndex(x => new { x.SchoolId, x.Name });
        e.HasIndex(x => new { x.Name, x.Id });
        e.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffEventConfiguration : IEntityTypeConfiguration<StaffEvent>
{
    public void Configure(EntityTypeBuilder<StaffEvent> e)
    {
        e.Property(x => x.OldValue).HasMaxLength(200);
        e.Property(x => x.NewValue).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(500);
        e.Property(x => x.RecordedByName).HasMaxLength(50);
        e.HasIndex(x => new { x.StaffId, x.EffectiveOn });
        e.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
