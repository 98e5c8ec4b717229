using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>录取通知书 as a Word 公文 of the bureau: one per child, or one document per school with one letter per page.</summary>
public static class AdmissionLetters
{
    public sealed record Letter(string FileName, byte[] Content);

    internal sealed record Facts(string ChildName, string Number, string SchoolName, int Grade, int Year, DateOnly AppealsClose);

    internal sealed class Handler(
        IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, AuditLog audit, TimeProvider clock)
    {
        public async Task<Letter> ForApplicationAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.AsNoTracking().Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == applicationId, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var round = await PublishedRoundAsync(db, application.RoundId, ct);
            if (application.Status is not (ApplicationStatus.Offered or ApplicationStatus.Enrolled) || application.OfferedSchoolId is not { } school)
            {
                throw new ConflictException($"报名 {application.Number} 没有有效的录取，不能出具录取通知书。");
            }

            var names = await SchoolNamesAsync(ct);
            var content = Compose(FactsOf(application, round, names.GetValueOrDefault(school, "")), await AuthorityAsync(ct), ChinaTime.Today(clock));
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(Application), application.Id.ToString(), $"出具录取通知书 {application.Number}", user, ct);
            return new Letter($"录取通知书_{application.Number}.docx", content);
        }

        public async Task<Letter> ForSchoolAsync(Guid roundId, Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            await scope.DemandSchoolAsync(user, schoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await PublishedRoundAsync(db, roundId, ct);
            var applications = await db.Applications.AsNoTracking()
                .Where(a => a.RoundId == roundId && a.OfferedSchoolId == schoolId && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled))
                .OrderBy(a => a.Number).ToListAsync(ct);
            if (applications.Count == 0)
            {
                throw new ConflictException("该校没有录取的儿童。");
            }

            var schoolName = (await SchoolNamesAsync(ct)).GetValueOrDefault(schoolId, "");
            var authority = await AuthorityAsync(ct);
            var today = ChinaTime.Today(clock);
            var content = Combine([.. applications.Select(a => Compose(FactsOf(a, round, schoolName), authority, today))]);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(Application), schoolId.ToString(), $"出具{schoolName}录取通知书 {applications.Count} 份", user, ct);
            return new Letter($"录取通知书_{schoolName}.docx", content);
        }

        private static async Task<AdmissionRound> PublishedRoundAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
        {
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            return round.Status is RoundStatus.Published or RoundStatus.Closed ? round : throw new ConflictException("录取结果公布后才能出具录取通知书。");
        }

        private async Task<Dictionary<Guid, string>> SchoolNamesAsync(CancellationToken ct) =>
            (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);

        private async Task<string> AuthorityAsync(CancellationToken ct) =>
            (await registry.BureauAsync(ct))?.Name is { Length: > 0 } name ? name : "区教育局";

        private static Facts FactsOf(Application a, AdmissionRound round, string school) =>
            new(a.ChildName, a.Number, school, EntryGrade.Of(round.Stage), round.Year, round.AppealsClose);
    }

    internal static byte[] Compose(Facts f, string authority, DateOnly today) =>
        OfficialDocument.Create(new OfficialDocumentHeader(authority, $"录取〔{f.Year}〕{f.Number}号", "录取通知书", $"{f.ChildName}同学及家长"))
            .Paragraph($"根据{f.Year}年义务教育阶段学校招生入学工作安排，经材料审核和电脑随机录取，{f.ChildName}同学（报名号{f.Number}）被{f.SchoolName}{StageNames.GradeName(f.Grade)}录取。")
            .Paragraph("请按学校通知的日期，携带儿童户口簿、出生医学证明以及报名时提交的房产证或居住证等材料原件，到学校办理报到注册手续。逾期未报到且未说明理由的，视为放弃录取资格，学位按顺序递补。")
            .Paragraph($"如对录取结果有异议，请于{f.AppealsClose.Year}年{f.AppealsClose.Month}月{f.AppealsClose.Day}日前通过招生报名系统提出申诉。")
            .Signature(authority, today)
            .ToBytes();

    /// <summary>Appends the bodies of the later documents to the first, each starting on a new page; the first keeps its styles and footers.</summary>
    internal static byte[] Combine(IReadOnlyList<byte[]> documents)
    {
        using var stream = new MemoryStream();
        stream.Write(documents[0]);
        using (var target = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = target.MainDocumentPart!.Document!.Body!;
            var section = body.Elements<SectionProperties>().Last();
            foreach (var bytes in documents.Skip(1))
            {
                using var source = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
                var elements = source.MainDocumentPart!.Document!.Body!.Elements().Where(e => e is not SectionProperties).Select(e => e.CloneNode(true)).ToList();
                if (elements.FirstOrDefault() is Paragraph first)
                {
                    (first.ParagraphProperties ??= new ParagraphProperties()).PageBreakBefore = new PageBreakBefore();
                }

                foreach (var element in elements)
                {
                    body.InsertBefore(element, section);
                }
            }
        }

        return stream.ToArray();
    }
}

/// <summary>The entry grade of a round's stage: 一年级 for primary, 初一 (7) for junior secondary.</summary>
internal static class EntryGrade
{
    public static int Of(Stage stage) => stage == Stage.Junior ? 7 : 1;
}
