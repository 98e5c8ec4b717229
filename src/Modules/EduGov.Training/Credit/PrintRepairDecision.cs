using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// 信用修复决定书: the record, the institution's commitment and evidence, and the officer's decision (repaired: publication
/// stops; refused: the reasons and the remedies) as a 公文 of the bureau dated the day of the decision. Bureau staff print
/// any; an institution only its own. Every download is audited.
/// </summary>
public static class PrintRepairDecision
{
    internal sealed record Facts(CreditRepairRequest Request, CreditRecord Record, string InstitutionName, string CreditCode, string Authority, string Number);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, DecisionDocuments documents)
    {
        public async Task<DecisionFile> HandleAsync(Guid requestId, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var request = await db.RepairRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new NotFoundException("信用修复申请不存在。");
            TrainingScope.Demand(user, request.InstitutionId);
            if (request.Status == RequestStatus.Pending || request.DecidedAt is not { } decidedAt)
            {
                throw new ConflictException("这份信用修复申请尚未处理，不能出具信用修复决定书。");
            }

            var record = await db.CreditRecords.AsNoTracking().FirstAsync(r => r.Id == request.RecordId, ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == request.InstitutionId).Select(i => new { i.Name, i.CreditCode }).FirstAsync(ct);
            var year = DecisionDocuments.LocalDate(decidedAt).Year;
            var (from, to) = DecisionDocuments.YearInUtc(year);
            var decided = await db.RepairRequests.AsNoTracking().Where(r => r.Status != RequestStatus.Pending && r.DecidedAt >= from && r.DecidedAt < to)
                .Select(r => new { r.Id, r.DecidedAt }).ToListAsync(ct);
            var authority = await documents.AuthorityAsync(ct);
            var facts = new Facts(request, record, institution.Name, institution.CreditCode, authority,
                documents.Number(authority, DocumentSeries.Repair, year, DecisionDocuments.Sequence(decided.Select(r => (r.Id, r.DecidedAt!.Value)), request.Id)));
            var file = new DecisionFile($"信用修复决定书_{institution.Name}_{DecisionDocuments.LocalDate(decidedAt):yyyyMMdd}.docx", Compose(facts));
            return await documents.RecordAsync(file, nameof(CreditRepairRequest), request.Id, $"信用修复决定书 {facts.Number}", user, ct);
        }
    }

    internal static byte[] Compose(Facts f)
    {
        var q = f.Request;
        var r = f.Record;
        var decidedOn = DecisionDocuments.LocalDate(q.DecidedAt!.Value);
        var document = OfficialDocument.Create(new OfficialDocumentHeader(f.Authority, f.Number, "信用修复决定书", $"{f.InstitutionName}（统一社会信用代码：{f.CreditCode}）"))
            .Paragraph($"你单位于{DecisionDocuments.Date(q.SubmittedOn)}就我局{DecisionDocuments.Date(r.DecidedOn)}认定的{CreditNames.Of(r.Severity)}失信记录（评价项目：“{r.ItemName}”；认定事实：{r.Description.Trim()}）申请信用修复，并签署了信用承诺书。你单位说明的履行义务情况为：{DecisionDocuments.Sentence(q.Evidence)}");
        if (q.Status == RequestStatus.Approved)
        {
            document.Paragraph($"经审核，你单位已履行相关义务并作出信用承诺，符合信用修复条件。审核意见：{DecisionDocuments.Sentence(q.Decision)}")
                .Paragraph($"我局决定准予信用修复。该失信记录自{DecisionDocuments.Date(r.StatusChangedOn ?? decidedOn)}起停止公示，不再计入你单位的信用评价，并据此重新计算你单位的信用等级。")
                .Paragraph("你单位应当严格履行信用承诺。违背承诺的，我局将依法依规恢复公示并予以处理。");
        }
        else
        {
            document.Paragraph($"经审核，你单位的申请不符合信用修复条件，理由如下：{DecisionDocuments.Sentence(q.Decision)}")
                .Paragraph("我局决定不予信用修复。你单位可在纠正失信行为、履行相关义务后重新提出申请。")
                .Paragraph(DecisionDocuments.Remedy(f.Authority));
        }

        return document.Signature(f.Authority, decidedOn).ToBytes();
    }
}
