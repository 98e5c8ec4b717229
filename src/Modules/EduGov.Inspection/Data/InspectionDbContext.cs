using EduGov.Inspection.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Data;

internal sealed class InspectionDbContext(DbContextOptions<InspectionDbContext> options) : DbContext(options)
{
    public const string Module = "inspection";

    public DbSet<Inspector> Inspectors => Set<Inspector>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<PlannedVisit> PlannedVisits => Set<PlannedVisit>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitEntry> VisitEntries => Set<VisitEntry>();
    public DbSet<ChecklistTemplate> Templates => Set<ChecklistTemplate>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<IssueEvent> IssueEvents => Set<IssueEvent>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<SchoolFacilities> Facilities => Set<SchoolFacilities>();
    public DbSet<InspectionSettings> Settings => Set<InspectionSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InspectionDbContext).Assembly);
        modelBuilder.MapAuditEvents(ownsTable: false);
        modelBuilder.UseModuleTableNames(Module);
    }
}
