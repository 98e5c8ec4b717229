using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>
/// 责令整改通知书 for an inspection task with findings: the institution, the date, the team, each finding with its credit item
/// and the points it cost, and the rectification deadline, as a 公文 of the bureau dated the day the rectification was ordered.
/// Bureau staff and inspectors print any; an institution only its own. Every download is audited.
/// </summary>
public static class PrintRectificationNotice
{
    internal sealed record Finding(string ItemName, string Description, int Instances, int PointsPerInstance, int Points);

    internal sealed record Facts(
        InspectionTask Task, string CreditCode, string PlanName, IReadOnlyList<string> Team, IReadOnlyList<Finding> Findings, DateOnly OrderedOn, DateOnly Deadline,
        string Authority, string Number);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, DecisionDocuments documents)
    {
        public async Task<DecisionFile> HandleAsync(Guid taskId, CancellationToken ct = default)
        {
            var user = users.User;
            if (TrainingScope.OwnInstitution(user) is null)
            {
                InspectionAccess.DemandView(user);
            }
            else
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var task = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException("检查任务不存在。");
            TrainingScope.Demand(user, task.InstitutionId);
            var rectifications = await db.Rectifications.AsNoTracking().Where(r => r.TaskId == taskId).ToListAsync(ct);
            EnsureOrdered(task, rectifications.Count);
            var authority = await documents.AuthorityAsync(ct);
            var submittedAt = task.SubmittedAt!.Value;
            var year = DecisionDocuments.LocalDate(submittedAt).Year;
            var facts = new Facts(
                task, await db.Institutions.Where(i => i.Id == task.InstitutionId).Select(i => i.CreditCode).FirstAsync(ct),
                await db.InspectionPlans.Where(p => p.Id == task.PlanId).Select(p => p.Name).FirstAsync(ct),
                await db.InspectionTeamMembers.AsNoTracking().Where(m => m.TaskId == taskId).OrderBy(m => m.Position)
                    .Select(m => m.OfficerName + "（执法证号：" + m.CertificateNumber + "）").ToListAsync(ct),
                await FindingsAsync(db, taskId, ct), rectifications.Min(r => r.OpenedOn), rectifications.Max(r => r.Deadline), authority,
                documents.Number(authority, DocumentSeries.Rectification, year, await SequenceAsync(db, task.Id, year, ct)));
            var file = new DecisionFile($"责令整改通知书_{task.InstitutionName}_{facts.OrderedOn:yyyyMMdd}.docx", Compose(facts));
            return await documents.RecordAsync(file, nameof(InspectionTask), task.Id, $"责令整改通知书 {facts.Number}", user, ct);
        }

        private static void EnsureOrdered(InspectionTask task, int rectifications)
        {
            if (task.Status == InspectionTaskStatus.Pending || task.SubmittedAt is null)
            {
                throw new ConflictException($"“{task.InstitutionName}”的检查记录尚未提交，不能出具责令整改通知书。");
            }

            if (!task.HasFindings || rectifications == 0)
            {
                throw new ConflictException($"对“{task.InstitutionName}”的检查未发现问题，没有需要责令整改的事项。");
            }
        }

        /// <summary>Each finding with the points its credit record deducted (capped at the item's maximum when it was recorded).</summary>
        private static async Task<IReadOnlyList<Finding>> FindingsAsync(TrainingDbContext db, Guid taskId, CancellationToken ct)
        {
            var findings = await db.InspectionFindings.AsNoTracking().Where(f => f.TaskId == taskId).OrderBy(f => f.Id).ToListAsync(ct);
            var records = (await db.CreditRecords.AsNoTracking().Where(r => r.Source == FindingSource.Inspection && r.SourceId == taskId).OrderBy(r => r.Id).ToListAsync(ct))
                .GroupBy(r => (r.ItemId, r.Description, r.Instances)).ToDictionary(g => g.Key, g => new Queue<int>(g.Select(r => r.PointsDeducted)));
            return [.. findings.Select(f => new Finding(f.ItemName, f.Description, f.Instances, f.PointsPerInstance,
                records.TryGetValue((f.CreditItemId, f.Description, f.Instances), out var points) && points.Count > 0 ? points.Dequeue() : f.PointsPerInstance * f.Instances))];
        }

        /// <summary>The task's place among the year's inspections with findings, by the instant each record was submitted.</summary>
        private static async Task<int> SequenceAsync(TrainingDbContext db, Guid taskId, int year, CancellationToken ct)
        {
            var (from, to) = DecisionDocuments.YearInUtc(year);
            var tasks = await db.InspectionTasks.AsNoTracking().Where(t => t.HasFindings && t.SubmittedAt >= from && t.SubmittedAt < to)
                .Select(t => new { t.Id, t.SubmittedAt }).ToListAsync(ct);
            return DecisionDocuments.Sequence(tasks.Select(t => (t.Id, t.SubmittedAt!.Value)), taskId);
        }
    }

    internal static byte[] Compose(Facts f)
    {
        var task = f.Task;
        var document = OfficialDocument.Create(new OfficialDocumentHeader(f.Authority, f.Number, "责令整改通知书", $"{task.InstitutionName}（统一社会信用代码：{f.CreditCode}）"))
            .Paragraph($"{DecisionDocuments.Date(task.InspectedOn!.Value)}，我局执法人员{string.Join("、", f.Team)}依据“双随机、一公开”抽查计划“{f.PlanName}”，对你单位进行了检查，发现你单位存在下列问题：")
            .Table(["序号", "信用评价项目", "发现的问题", "次数", "扣分"], f.Findings.Select((x, i) => (IReadOnlyList<string>)
                [$"{i + 1}", x.ItemName, x.Description, $"{x.Instances}", $"{x.Points}分"]));
        if (task.Notes.Length > 0)
        {
            document.Paragraph($"检查情况说明：{DecisionDocuments.Sentence(task.Notes)}");
        }

        return document
            .Paragraph($"上述问题已依据信用评价指标计入你单位信用记录，共扣{f.Findings.Sum(x => x.Points)}分。根据校外培训监管有关规定，现责令你单位于{DecisionDocuments.Date(f.Deadline)}前整改完毕，并通过监管平台“检查整改通知”逐项提交整改措施和佐证材料（照片或PDF），接受复查。")
            .Paragraph("逾期未整改或者整改不到位的，我局将依法依规作出处理。你单位对信用记录有异议的，可以通过监管平台提出异议申诉。")
            .Signature(f.Authority, f.OrderedOn)
            .ToBytes();
    }
}
