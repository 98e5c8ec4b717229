using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Data;

internal sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public const string Module = "registry";

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Bureau> Bureaus => Set<Bureau>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<SchoolZone> Zones => Set<SchoolZone>();
    public DbSet<EducationGroup> Groups => Set<EducationGroup>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Campus> Campuses => Set<Campus>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Student> Students => Set<Student>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<StaffEvent> StaffEvents => Set<StaffEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.MapAuditEvents(ownsTable: false);
        modelBuilder.UseModuleTableNames(Module);
    }
}
