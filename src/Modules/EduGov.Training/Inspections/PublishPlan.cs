using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>一公开: once every task is inspected, the plan's results go on the public page with the draw's inputs and files.</summary>
public static class PublishPlan
{
    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("抽查计划不存在。");
            if (plan.Status != InspectionPlanStatus.Drawn)
            {
                throw new ConflictException($"只有已抽取的计划可以公示结果，“{plan.Name}”当前为{InspectionsNames.Of(plan.Status)}。");
            }

            var tasks = await db.InspectionTasks.Where(t => t.PlanId == planId).ToListAsync(ct);
            var pending = tasks.Count(t => t.Status == InspectionTaskStatus.Pending);
            if (pending > 0)
            {
                throw new ConflictException($"还有 {pending} 项检查任务未完成检查，全部检查完毕后才能公示结果。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var task in tasks)
            {
                task.Status = InspectionTaskStatus.Published;
            }

            plan.Status = InspectionPlanStatus.Published;
            plan.PublishedAt = now;
            plan.UpdatedAt = now;
            db.InspectionPlanSteps.Add(new InspectionPlanStep
            {
                PlanId = plan.Id, Status = InspectionPlanStatus.Published, ActorName = user.Name, At = now,
                Text = $"公示检查结果：{tasks.Count} 家，发现问题 {tasks.Count(t => t.HasFindings)} 家",
            });
            await db.SaveChangesAsync(ct);
        }
    }
}
