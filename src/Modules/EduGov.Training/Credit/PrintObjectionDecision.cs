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
/// 异议处理决定书: the record disputed, the institution's reason, and the officer's decision (upheld: the record is withdrawn;
/// rejected: it stands, with the reasons and the remedies) as a 公文 of the bureau dated the day of the decision. Bureau staff
/// print any; an institution only its own. Every download is audited.
/// </summary>
public static class PrintObjectionDecision
{
    internal sealed record Facts(Objection Objection, CreditRecord Record, string InstitutionName, string CreditCode, string Authority, string Number);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, DecisionDocuments documents)
    {
        public async Task<DecisionFile> HandleAsync(Guid objectionId, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var objection = await db.Objections.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectionId, ct) ?? throw new NotFoundException("异议申诉不存在。");
            TrainingScope.Demand(user, objection.InstitutionId);
            if (objection.Status == RequestStatus.Pending || objection.DecidedAt is not { } decidedAt)
            {
                throw new ConflictException("这份异议申诉尚未处理，不能出具异议处理决定书。");
            }

            var record = await db.CreditRecords.AsNoTracking().FirstAsync(r => r.Id == objection.RecordId, ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == objection.InstitutionId).Select(i => new { i.Name, i.CreditCode }).FirstAsync(ct);
            var year = DecisionDocuments.LocalDate(decidedAt).Year;
            var (from, to) = DecisionDocuments.YearInUtc(year);
            var decided = await db.Objections.AsNoTracking().Where(o => o.Status != RequestStatus.Pending && o.DecidedAt >= from && o.DecidedAt < to)
                .Select(o => new { o.Id, o.DecidedAt }).ToListAsync(ct);
            var authority = await documents.AuthorityAsync(ct);
            var facts = new Facts(objection, record, institution.Name, institution.CreditCode, authority,
                documents.Number(authority, DocumentSeries.Objection, year, DecisionDocuments.Sequence(decided.Select(o => (o.Id, o.DecidedAt!.Value)), objection.Id)));
            var file = new DecisionFile($"异议处理决定书_{institution.Name}_{DecisionDocuments.LocalDate(decidedAt):yyyyMMdd}.docx", Compose(facts));
            return await documents.RecordAsync(file, nameof(Objection), objection.Id, $"异议处理决定书 {facts.Number}", user, ct);
        }
    }

    internal static byte[] Compose(Facts f)
    {
        var o = f.Objection;
        var r = f.Record;
        var upheld = o.Status == RequestStatus.Approved;
        var document = OfficialDocument.Create(new OfficialDocumentHeader(f.Authority, f.Number, "异议处理决定书", $"{f.InstitutionName}（统一社会信用代码：{f.CreditCode}）"))
            .Paragraph($"你单位于{DecisionDocuments.Date(o.SubmittedOn)}对我局{DecisionDocuments.Date(r.DecidedOn)}认定的失信记录（评价项目：“{r.ItemName}”；认定事实：{r.Description.Trim()}）提出异议，理由为：{DecisionDocuments.Sentence(o.Reason)}")
            .Paragraph($"经复核，你单位提出的异议{(upheld ? "成立" : "不成立")}。理由如下：{DecisionDocuments.Sentence(o.Decision)}");
        if (upheld)
        {
            document.Paragraph("我局决定撤销该失信记录，停止公示，并据此重新计算你单位的信用评价结果。");
        }
        else
        {
            document.Paragraph("我局决定维持该失信记录。").Paragraph(DecisionDocuments.Remedy(f.Authority));
        }

        return document.Signature(f.Authority, DecisionDocuments.LocalDate(o.DecidedAt!.Value)).ToBytes();
    }
}
