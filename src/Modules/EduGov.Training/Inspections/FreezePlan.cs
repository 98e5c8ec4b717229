using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Supervision.RandomInspection;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>
/// 冻结名单: the target pool (operating institutions: credit code, grade, area, inspected this year) and the officer pool
/// (active officers, areas, conflicts) become targets.csv and inspectors.csv; their SHA-256 is stored and shown before any
/// entropy exists, so the seed is bound to exactly these lists. The ratios and team size are fixed from now on.
/// </summary>
public static class FreezePlan
{
    public sealed record Result(string ManifestSha256, int Targets, int Officers);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("抽查计划不存在。");
            if (plan.Status != InspectionPlanStatus.Draft)
            {
                throw new ConflictException($"只有草稿状态的计划可以冻结名单，“{plan.Name}”当前为{InspectionsNames.Of(plan.Status)}。");
            }

            var targets = await PlanDrawInputs.TargetsAsync(db, plan, ct);
            var inspectors = await PlanDrawInputs.InspectorsAsync(db, ct);
            if (targets.Count == 0)
            {
                throw new ConflictException("没有正在办学的培训机构，检查对象名录为空，不能冻结。");
            }

            if (inspectors.Count < plan.TeamSize)
            {
                throw new ConflictException($"执法检查人员名录库中在岗人员只有 {inspectors.Count} 名，少于每组 {plan.TeamSize} 名，不能冻结。");
            }

            try
            {
                plan.TargetsCsv = InspectionCsv.WriteTargets(targets.Select(t => t.Target));
                plan.InspectorsCsv = InspectionCsv.WriteInspectors(inspectors);
            }
            catch (RandomInspectionException e)
            {
                throw new ConflictException(e.Message);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            plan.ManifestSha256 = InspectionCsv.ManifestSha256(plan.TargetsCsv, plan.InspectorsCsv);
            plan.FrozenAt = now;
            plan.Status = InspectionPlanStatus.Frozen;
            plan.UpdatedAt = now;
            db.InspectionTargets.AddRange(targets.Select(t => new InspectionTarget
            {
                PlanId = plan.Id,
                InstitutionId = t.Institution.Id,
                Token = t.Target.Token,
                InstitutionName = t.Institution.Name,
                Grade = t.Institution.CreditGrade,
                Area = t.Target.Area,
                RecentlyInspected = t.Target.RecentlyInspected,
            }));
            db.InspectionPlanSteps.Add(new InspectionPlanStep
            {
                PlanId = plan.Id, Status = InspectionPlanStatus.Frozen, ActorName = user.Name, At = now,
                Text = $"冻结名单：检查对象 {targets.Count} 家，执法人员 {inspectors.Count} 名，清单摘要 {plan.ManifestSha256}",
            });
            await db.SaveChangesAsync(ct);
            return new Result(plan.ManifestSha256, targets.Count, inspectors.Count);
        }
    }
}
