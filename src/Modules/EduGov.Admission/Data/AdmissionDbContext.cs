using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Data;

internal sealed class AdmissionDbContext(DbContextOptions<AdmissionDbContext> options) : DbContext(options)
{
    public const string Module = "admission";

    public DbSet<AdmissionRound> Rounds => Set<AdmissionRound>();
    public DbSet<PriorityCategory> Categories => Set<PriorityCategory>();
    public DbSet<PolicyRevision> PolicyRevisions => Set<PolicyRevision>();
    public DbSet<SeatPlan> Seats => Set<SeatPlan>();
    public DbSet<CatchmentRule> Catchments => Set<CatchmentRule>();
    public DbSet<BirthCount> Births => Set<BirthCount>();
    public DbSet<GradeEnrolment> GradeEnrolments => Set<GradeEnrolment>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationChoice> Choices => Set<ApplicationChoice>();
    public DbSet<ApplicationStep> Steps => Set<ApplicationStep>();
    public DbSet<ApplicationDocument> Documents => Set<ApplicationDocument>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<ParentAccount> Parents => Set<ParentAccount>();
    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdmissionDbContext).Assembly);
        modelBuilder.MapAuditEvents(ownsTable: false);
        modelBuilder.UseModuleTableNames(Module);
    }
}
