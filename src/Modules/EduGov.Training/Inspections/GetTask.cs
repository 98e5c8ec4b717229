using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>One task for the inspection form: the plan's check items, the team, and once submitted the record and its rectifications.</summary>
public static class GetTask
{
    public sealed record Check(string Item, CheckOutcome Outcome, string Note);

    public sealed record Finding(Guid Id, string ItemCode, string ItemName, int PointsPerInstance, int Instances, string Description);

    public sealed record RectificationRow(Guid Id, Guid FindingId, RectificationStatus Status, DateOnly Deadline, string Measures);

    public sealed record View(
        InspectionTask Task, string PlanName, InspectionPlanStatus PlanStatus, IReadOnlyList<string> CheckItems, IReadOnlyList<GetPlan.TeamMember> Team,
        IReadOnlyList<Check> Checks, IReadOnlyList<Finding> Findings, IReadOnlyList<GetInspectionFile.Info> Photos,
        IReadOnlyList<RectificationRow> Rectifications, bool CanSubmit);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<View> HandleAsync(Guid taskId, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandView(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var task = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException("检查任务不存在。");
            var plan = await db.InspectionPlans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, ct);
            var team = await db.InspectionTeamMembers.AsNoTracking().Where(m => m.TaskId == taskId).OrderBy(m => m.Position)
                .Select(m => new GetPlan.TeamMember(m.OfficerId, m.OfficerName, m.CertificateNumber)).ToListAsync(ct);
            var checks = await db.InspectionChecks.AsNoTracking().Where(c => c.TaskId == taskId).OrderBy(c => c.Position)
                .Select(c => new Check(c.Item, c.Outcome, c.Note)).ToListAsync(ct);
            var findings = await db.InspectionFindings.AsNoTracking().Where(f => f.TaskId == taskId)
                .Select(f => new Finding(f.Id, f.ItemCode, f.ItemName, f.PointsPerInstance, f.Instances, f.Description)).ToListAsync(ct);
            var photos = await GetInspectionFile.Handler.ByOwnerAsync(db, [taskId], ct);
            var rectifications = await db.Rectifications.AsNoTracking().Where(r => r.TaskId == taskId)
                .Select(r => new RectificationRow(r.Id, r.FindingId, r.Status, r.Deadline, r.Measures)).ToListAsync(ct);
            var canSubmit = task.Status == InspectionTaskStatus.Pending && plan.Status == InspectionPlanStatus.Drawn
                && await SubmitInspection.MaySubmitAsync(db, user, taskId, ct);
            return new View(task, plan.Name, plan.Status, plan.CheckItemList, team, checks, findings, [.. photos[taskId]], rectifications, canSubmit);
        }
    }
}
