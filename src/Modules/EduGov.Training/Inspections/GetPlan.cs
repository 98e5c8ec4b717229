using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>One plan for its page: settings, the frozen lists' digest, the draw by grade, the tasks with their teams, the steps.</summary>
public static class GetPlan
{
    public sealed record GradeRow(CreditGrade Grade, decimal Ratio, int Targets, int Eligible, int Selected);

    public sealed record TeamMember(Guid OfficerId, string Name, string CertificateNumber);

    public sealed record TaskRow(
        Guid Id, int Order, string InstitutionName, string Token, CreditGrade Grade, string LotteryNumber, InspectionTaskStatus Status,
        IReadOnlyList<TeamMember> Team, DateOnly? InspectedOn, bool HasFindings);

    public sealed record Step(InspectionPlanStatus Status, string Text, string ActorName, DateTime At);

    public sealed record View(
        InspectionPlan Plan, int Targets, int Officers, IReadOnlyList<GradeRow> Grades, IReadOnlyList<TaskRow> Tasks, IReadOnlyList<Step> Steps,
        bool CanPlan, bool Overdue, string CliCommand)
    {
        public int Done => Tasks.Count(t => t.Status != InspectionTaskStatus.Pending);
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<View> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandView(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("抽查计划不存在。");
            var targets = await db.InspectionTargets.AsNoTracking().Where(t => t.PlanId == planId)
                .Select(t => new { t.Grade, t.Selected, t.Excluded }).ToListAsync(ct);
            var ratios = PlanDrawInputs.Ratios(plan);
            var grades = Enum.GetValues<CreditGrade>().Select(g => new GradeRow(g, ratios[g.ToString()],
                targets.Count(t => t.Grade == g), targets.Count(t => t.Grade == g && !t.Excluded), targets.Count(t => t.Grade == g && t.Selected))).ToList();
            var tasks = await TasksAsync(db, planId, ct);
            var steps = await db.InspectionPlanSteps.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.At)
                .Select(s => new Step(s.Status, s.Text, s.ActorName, s.At)).ToListAsync(ct);
            var officers = plan.InspectorsCsv.Length == 0 ? 0 : plan.InspectorsCsv.Count(c => c == '\n') - 1;
            var canPlan = user.Has(TrainingPermissions.Inspect) && user.Has(TrainingPermissions.Manage);
            return new View(plan, targets.Count, officers, grades, tasks, steps, canPlan,
                ListPlans.IsOverdue(plan.Status, plan.PublishDue, ChinaTime.Today(clock)), plan.Seed.Length > 0 ? PlanDrawInputs.CliCommand(plan) : "");
        }

        private static async Task<List<TaskRow>> TasksAsync(TrainingDbContext db, Guid planId, CancellationToken ct)
        {
            var tasks = await db.InspectionTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
            var ids = tasks.Select(t => t.Id).ToList();
            var members = await db.InspectionTeamMembers.AsNoTracking().Where(m => ids.Contains(m.TaskId)).OrderBy(m => m.Position).ToListAsync(ct);
            var teams = members.ToLookup(m => m.TaskId, m => new TeamMember(m.OfficerId, m.OfficerName, m.CertificateNumber));
            return [.. tasks.Select(t => new TaskRow(t.Id, t.Order, t.InstitutionName, t.Token, t.Grade, t.LotteryNumber, t.Status, [.. teams[t.Id]], t.InspectedOn, t.HasFindings))];
        }
    }
}
