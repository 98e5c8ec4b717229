using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

/// <summary>The training module's data. Each part adds its sets in its own <c>TrainingDbContext.Part.cs</c>.</summary>
internal sealed partial class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string Module = "training";

    public DbSet<TrainingInstitution> Institutions => Set<TrainingInstitution>();
    public DbSet<SchoolPermit> Permits => Set<SchoolPermit>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<InstitutionStaff> Staff => Set<InstitutionStaff>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<FundAccount> FundAccounts => Set<FundAccount>();
    public DbSet<RiskAlert> Alerts => Set<RiskAlert>();
    public DbSet<TrainingRule> Rules => Set<TrainingRule>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        modelBuilder.MapAuditEvents(ownsTable: false);
        modelBuilder.UseModuleTableNames(Module);
    }
}
