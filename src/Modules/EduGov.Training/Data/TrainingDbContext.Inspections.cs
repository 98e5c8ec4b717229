using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<EnforcementOfficer> EnforcementOfficers => Set<EnforcementOfficer>();
    public DbSet<OfficerConflict> OfficerConflicts => Set<OfficerConflict>();
    public DbSet<InspectionPlan> InspectionPlans => Set<InspectionPlan>();
    public DbSet<InspectionPlanStep> InspectionPlanSteps => Set<InspectionPlanStep>();
    public DbSet<InspectionTarget> InspectionTargets => Set<InspectionTarget>();
    public DbSet<InspectionTask> InspectionTasks => Set<InspectionTask>();
    public DbSet<InspectionTeamMember> InspectionTeamMembers => Set<InspectionTeamMember>();
    public DbSet<InspectionCheck> InspectionChecks => Set<InspectionCheck>();
    public DbSet<InspectionFinding> InspectionFindings => Set<InspectionFinding>();
    public DbSet<InspectionPhoto> InspectionPhotos => Set<InspectionPhoto>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<RectificationStep> RectificationSteps => Set<RectificationStep>();
}
