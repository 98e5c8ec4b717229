using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>Notices: the bureau sends one with an answer date; the institution answers with text and documents.</summary>
public static class Notices
{
    public sealed record Send(Guid InstitutionId, string Title, string Body, DateOnly DueOn);

    public sealed record Answer(Guid NoticeId, string Text, IReadOnlyList<UploadedFile> Files);

    public sealed record DocumentInfo(Guid Id, string FileName, string ContentType, long Length, string Sha256, string UploadedBy, DateTime UploadedAt)
    {
        public string Href => $"/api/v1/training/documents/{Id}";
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, string Title, string Body, DateOnly DueOn, string SentBy, DateTime SentAt,
        string Answer, string AnsweredBy, DateTime? AnsweredAt, bool Overdue, IReadOnlyList<DocumentInfo> Documents);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<Guid> SendAsync(Send command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await InstitutionFactsWriter.FindAsync(db, command.InstitutionId, ct);
            var notice = Add(db, command, user.Name, ChinaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return notice.Id;
        }

        public async Task AnswerAsync(Answer command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            if (string.IsNullOrWhiteSpace(command.Text) || command.Text.Trim().Length > 4000)
            {
                throw new InvalidInputException(nameof(Answer.Text), "请填写答复内容（不超过 4000 个字）");
            }

            var files = DocumentStore.Verify(command.Files);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var notice = await db.Notices.FirstOrDefaultAsync(n => n.Id == command.NoticeId, ct) ?? throw new NotFoundException("通知不存在。");
            TrainingScope.Demand(user, notice.InstitutionId);
            if (notice.IsAnswered)
            {
                throw new ConflictException("该通知已经答复过了。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            notice.Answer = command.Text.Trim();
            notice.AnsweredBy = user.Name;
            notice.AnsweredAt = now;
            DocumentStore.Add(db, own, DocumentOwner.NoticeAnswer, notice.Id, files, user.Name, now);
            await db.SaveChangesAsync(ct);
        }

        /// <summary>Notices of one institution (officers: any; institution: its own), or of all institutions for officers.</summary>
        public async Task<IReadOnlyList<Row>> ListAsync(Guid? institutionId, bool unansweredOnly = false, CancellationToken ct = default)
        {
            var user = users.User;
            var scoped = user.Has(TrainingPermissions.Read) ? institutionId : OwnOnly(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var notices = db.Notices.AsNoTracking();
            if (scoped is { } id)
            {
                TrainingScope.Demand(user, id);
                if (!await db.Institutions.AnyAsync(i => i.Id == id, ct))
                {
                    throw new NotFoundException("培训机构不存在。");
                }
                notices = notices.Where(n => n.InstitutionId == id);
            }

            if (unansweredOnly)
            {
                notices = notices.Where(n => n.AnsweredAt == null);
            }

            var rows = await notices.OrderByDescending(n => n.SentAt).Take(500)
                .Select(n => new { Notice = n, Name = db.Institutions.Where(i => i.Id == n.InstitutionId).Select(i => i.Name).FirstOrDefault() ?? "" }).ToListAsync(ct);
            var ids = rows.Select(r => r.Notice.Id).ToList();
            var documents = (await db.Documents.AsNoTracking().Where(d => d.OwnerKind == DocumentOwner.NoticeAnswer && ids.Contains(d.OwnerId))
                .Select(d => new { d.OwnerId, Info = new DocumentInfo(d.Id, d.FileName, d.ContentType, d.Length, d.Sha256, d.UploadedBy, d.UploadedAt) }).ToListAsync(ct))
                .ToLookup(d => d.OwnerId, d => d.Info);
            var today = ChinaTime.Today(clock);
            return [.. rows.Select(r => new Row(
                r.Notice.Id, r.Notice.InstitutionId, r.Name, r.Notice.Title, r.Notice.Body, r.Notice.DueOn, r.Notice.SentBy, r.Notice.SentAt, r.Notice.Answer,
                r.Notice.AnsweredBy, r.Notice.AnsweredAt, r.Notice.AnsweredAt is null && r.Notice.DueOn < today, [.. documents[r.Notice.Id]]))];
        }

        public async Task<StoredFile> DownloadAsync(Guid documentId, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct) ?? throw new NotFoundException("文件不存在。");
            TrainingScope.Demand(user, document.InstitutionId);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(InstitutionDocument), document.Id.ToString(), $"下载机构材料“{document.FileName}”", user, ct);
            return new StoredFile(document.FileName, document.ContentType, document.Content);
        }

        internal static InstitutionNotice Add(TrainingDbContext db, Send command, string actor, DateOnly today, DateTime now)
        {
            if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Trim().Length > 200)
            {
                throw new InvalidInputException(nameof(Send.Title), "请填写通知标题（不超过 200 个字）");
            }

            if (string.IsNullOrWhiteSpace(command.Body) || command.Body.Trim().Length > 4000)
            {
                throw new InvalidInputException(nameof(Send.Body), "请填写通知内容（不超过 4000 个字）");
            }

            if (command.DueOn < today)
            {
                throw new InvalidInputException(nameof(Send.DueOn), "答复期限不能早于今天");
            }

            var notice = new InstitutionNotice
            {
                InstitutionId = command.InstitutionId, Title = command.Title.Trim(), Body = command.Body.Trim(), DueOn = command.DueOn, SentBy = actor, SentAt = now,
            };
            db.Notices.Add(notice);
            return notice;
        }

        private static Guid OwnOnly(CurrentUser user)
        {
            user.Demand(TrainingPermissions.Portal);
            return TrainingScope.DemandOwn(user);
        }
    }
}
