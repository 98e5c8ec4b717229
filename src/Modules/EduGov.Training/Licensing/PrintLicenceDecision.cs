using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>
/// 准予行政许可决定书 for an approved application (the permit it issued, or for a closure the permit it cancelled) and
/// 不予行政许可决定书 for a refused one (the reasons, the departments' dissenting opinions and the applicant's remedies), as a
/// 公文 of the bureau. Bureau staff print any; an institution only its own. Every download is audited.
/// </summary>
public static class PrintLicenceDecision
{
    internal sealed record Opinion(Department Department, OpinionResult Result, string Text);

    internal sealed record Facts(
        LicenceApplication Application, TrainingInstitution Institution, SchoolPermit? Permit, IReadOnlyList<Opinion> Dissent, string Authority, string Number);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, DecisionDocuments documents)
    {
        public async Task<DecisionFile> HandleAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.LicenceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw new NotFoundException("许可申请不存在。");
            TrainingScope.Demand(user, application.InstitutionId);
            if (application.Status is not (LicenceStatus.Approved or LicenceStatus.Refused) || application.DecidedOn is not { } decidedOn)
            {
                throw new ConflictException($"许可申请 {application.Number} {LicensingNames.Of(application.Status)}，尚未作出许可决定，不能出具决定书。");
            }

            var institution = await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == application.InstitutionId, ct);
            var authority = await documents.AuthorityAsync(ct);
            var facts = new Facts(application, institution, await PermitAsync(db, application, ct), await DissentAsync(db, application.Id, ct), authority,
                documents.Number(authority, DocumentSeries.Licensing, decidedOn.Year, await SequenceAsync(db, application, decidedOn.Year, ct)));
            var title = Title(application);
            var file = new DecisionFile($"{title}_{institution.Name}_{application.Number}.docx", Compose(facts));
            return await documents.RecordAsync(file, nameof(LicenceApplication), application.Id, $"{title} {facts.Number}", user, ct);
        }

        /// <summary>The permit the approval issued; for a closure, the permit it cancelled.</summary>
        private static async Task<SchoolPermit?> PermitAsync(TrainingDbContext db, LicenceApplication application, CancellationToken ct)
        {
            if (application.Status != LicenceStatus.Approved)
            {
                return null;
            }

            if (application.PermitId is { } permitId)
            {
                return await db.Permits.AsNoTracking().FirstOrDefaultAsync(p => p.Id == permitId, ct);
            }

            return await db.Permits.AsNoTracking().Where(p => p.InstitutionId == application.InstitutionId && p.Status == PermitStatus.Cancelled)
                .OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct);
        }

        private static async Task<IReadOnlyList<Opinion>> DissentAsync(TrainingDbContext db, Guid applicationId, CancellationToken ct) =>
            (await db.LicenceOpinions.AsNoTracking().Where(o => o.ApplicationId == applicationId && o.Result != null && o.Result != OpinionResult.Agree).ToListAsync(ct))
                .OrderBy(o => o.Department).Select(o => new Opinion(o.Department, o.Result!.Value, o.Text)).ToList();

        /// <summary>The application's place among the year's licensing decisions, by the instant of each decision step.</summary>
        private static async Task<int> SequenceAsync(TrainingDbContext db, LicenceApplication application, int year, CancellationToken ct)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var decided = db.LicenceApplications.Where(a => a.DecidedOn >= from && a.DecidedOn <= to && (a.Status == LicenceStatus.Approved || a.Status == LicenceStatus.Refused))
                .Select(a => a.Id);
            var steps = await db.LicenceSteps.AsNoTracking()
                .Where(s => (s.Kind == LicenceStepKind.Approved || s.Kind == LicenceStepKind.Refused) && decided.Contains(s.ApplicationId))
                .Select(s => new { s.ApplicationId, s.At }).ToListAsync(ct);
            return DecisionDocuments.Sequence(steps.Select(s => (s.ApplicationId, s.At)), application.Id);
        }
    }

    internal static string Title(LicenceApplication application) =>
        application.Status == LicenceStatus.Approved ? "准予行政许可决定书" : "不予行政许可决定书";

    internal static byte[] Compose(Facts f)
    {
        var a = f.Application;
        var document = OfficialDocument.Create(new OfficialDocumentHeader(f.Authority, f.Number, Title(a), $"{f.Institution.Name}（统一社会信用代码：{f.Institution.CreditCode}）"))
            .Paragraph($"你单位于{DecisionDocuments.Date(a.SubmittedOn)}提出的{Subject(a)}申请（申请编号：{a.Number}）收悉。");
        if (a.Status == LicenceStatus.Approved)
        {
            Approval(document, f);
        }
        else
        {
            Refusal(document, f);
        }

        return document.Signature(f.Authority, a.DecidedOn!.Value).ToBytes();
    }

    private static string Subject(LicenceApplication a) => a.Kind switch
    {
        LicenceKind.New => "设立校外培训机构（办学许可）",
        LicenceKind.Renewal => "办学许可证延续",
        LicenceKind.Change => "办学许可变更",
        _ => "终止办学",
    };

    private static void Approval(OfficialDocument document, Facts f)
    {
        var a = f.Application;
        if (a.Kind == LicenceKind.Closure)
        {
            Closure(document, f);
            return;
        }

        document.Paragraph($"经审查，你单位的申请符合法定条件和标准。依据《中华人民共和国民办教育促进法》和《中华人民共和国行政许可法》第三十八条第一款的规定，我局决定准予行政许可，{(a.Kind == LicenceKind.New ? "核发" : "换发")}办学许可证。许可事项如下：");
        var permit = f.Permit;
        document.Table(["许可事项", "内容"],
        [
            ["机构名称", f.Institution.Name],
            ["统一社会信用代码", f.Institution.CreditCode],
            ["办学许可证编号", permit?.Number ?? ""],
            ["办学范围", permit?.Scope ?? a.ProposedScope],
            ["办学地址", permit?.Address ?? a.ProposedAddress],
            ["有效期", permit is null ? "" : $"{DecisionDocuments.Date(permit.IssuedOn)}至{DecisionDocuments.Date(permit.ValidUntil)}"],
        ]);
        DecisionNote(document, a);
        document.Paragraph("你单位应当按照许可的办学范围和办学地址开展培训活动，不得超范围、超地址办学；办学许可证应当在办学场所显著位置公示。预收费应当全部纳入监管，接受教育行政部门的监督检查。")
            .Paragraph("办学许可证有效期届满需要延续的，应当在有效期届满三十日前向我局提出申请。");
    }

    private static void Closure(OfficialDocument document, Facts f)
    {
        var a = f.Application;
        var permit = f.Permit is { } p ? $"办学许可证（编号：{p.Number}）予以注销" : "办学许可证予以注销";
        document.Paragraph($"经审查，你单位的终止办学申请及学员安置、退费方案符合规定。依据《中华人民共和国民办教育促进法》和《中华人民共和国行政许可法》第三十八条第一款的规定，我局决定准予{f.Institution.Name}（统一社会信用代码：{f.Institution.CreditCode}）终止办学，{permit}。")
            .Table(["事项", "内容"],
            [
                ["在读学员", $"{a.RemainingPupils}人"],
                ["未消课预收费", $"{TrainingNames.Yuan(a.UnconsumedFen)}元"],
                ["退费方案", a.RefundPlan],
                ["学员安置方案", a.PlacementPlan],
            ]);
        DecisionNote(document, a);
        document.Paragraph("你单位应当按照上述方案退还学员费用、妥善安置学员，监管账户内资金在退费完毕前不得转出。");
    }

    private static void Refusal(OfficialDocument document, Facts f)
    {
        var a = f.Application;
        document.Paragraph($"经审查，你单位的申请不符合法定条件和标准，理由如下：{DecisionDocuments.Sentence(a.DecisionReason)}");
        if (f.Dissent.Count > 0)
        {
            document.Paragraph("相关部门意见如下：")
                .Table(["部门", "意见", "具体意见"], f.Dissent.Select(o => (IReadOnlyList<string>)[LicensingNames.Of(o.Department), LicensingNames.Of(o.Result), o.Text]));
        }

        document.Paragraph("依据《中华人民共和国行政许可法》第三十八条第二款的规定，我局决定不予行政许可。")
            .Paragraph(DecisionDocuments.Remedy(f.Authority));
    }

    private static void DecisionNote(OfficialDocument document, LicenceApplication a)
    {
        if (a.DecisionReason.Length > 0)
        {
            document.Paragraph($"审查意见：{DecisionDocuments.Sentence(a.DecisionReason)}");
        }
    }
}
