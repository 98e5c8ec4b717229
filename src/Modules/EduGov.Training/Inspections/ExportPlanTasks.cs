using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>One plan's inspection tasks as Excel: lottery order, institution, grade, number, team, status, result and findings; audited.</summary>
public static class ExportPlanTasks
{
    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, AuditLog audit)
    {
        public async Task<ExcelFile> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await db.InspectionPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Id, p.Name, p.Year, p.Batch }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("抽查计划不存在。");
            var tasks = await db.InspectionTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
            var ids = tasks.Select(t => t.Id).ToList();
            var teams = (await db.InspectionTeamMembers.AsNoTracking().Where(m => ids.Contains(m.TaskId)).OrderBy(m => m.Position).ToListAsync(ct))
                .ToLookup(m => m.TaskId, m => $"{m.OfficerName}（{m.CertificateNumber}）");
            var findings = (await db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.TaskId)).OrderBy(f => f.ItemCode).ToListAsync(ct))
                .ToLookup(f => f.TaskId, Describe);
            var rows = tasks.Select(t => ToCells(t, teams[t.Id], findings[t.Id]));
            var file = await ExcelFile.WriteAsync($"抽查任务_{plan.Year}年第{plan.Batch}批_{plan.Id.ToString()[..8]}.xlsx", "检查任务", rows, ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(InspectionPlan), plan.Id.ToString(), $"导出抽查计划“{plan.Name}”的检查任务 {tasks.Count} 项", user, ct);
            return file;
        }

        private static string Describe(InspectionFinding f) =>
            f.Description.Length == 0 ? $"{f.ItemCode} {f.ItemName} ×{f.Instances}" : $"{f.ItemCode} {f.ItemName} ×{f.Instances}：{f.Description}";

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(InspectionTask t, IEnumerable<string> team, IEnumerable<string> findings) =>
        [
            new("序号", t.Order),
            new("机构名称", t.InstitutionName),
            new("统一社会信用代码", t.Token),
            new("信用等级", t.Grade.ToString()),
            new("随机号", t.LotteryNumber),
            new("检查组", string.Join("、", team)),
            new("状态", InspectionsNames.Of(t.Status)),
            new("检查日期", t.InspectedOn is { } on ? on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""),
            new("结果", t.Status == InspectionTaskStatus.Pending ? "" : InspectionsNames.ResultOf(t.HasFindings)),
            new("发现的问题", string.Join("；", findings)),
        ];
    }
}
