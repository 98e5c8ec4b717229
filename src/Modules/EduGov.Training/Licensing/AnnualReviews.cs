using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>年度检查: every licensed institution once a year, 合格 / 基本合格 / 不合格; a failure sends the institution a notice.</summary>
public static class AnnualReviews
{
    public sealed record Query(int Year, ReviewResult? Result = null, bool PendingOnly = false, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid InstitutionId, string Name, string CreditCode, InstitutionStatus Status, Guid? ReviewId, ReviewResult? Result, string Notes, string ReviewedBy, DateTime? ReviewedAt);

    public sealed record Summary(int Institutions, int Reviewed, int Pass, int BasicPass, int Fail);

    /// <summary><see cref="NoticeDueOn"/> is needed for 不合格: the date by which the institution must answer the rectification notice.</summary>
    public sealed record Record(Guid InstitutionId, int Year, ReviewResult Result, string Notes, DateOnly? NoticeDueOn);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> ListAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var page = await Lines(db, query).OrderBy(r => r.ReviewId != null).ThenBy(r => r.Name).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(l => new Row(l.InstitutionId, l.Name, l.CreditCode, l.Status, l.ReviewId, l.Result, l.Notes, l.ReviewedBy, l.ReviewedAt))],
                page.Total, page.Page, page.Size);
        }

        public async Task<Summary> SummarizeAsync(int year, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var total = await Subjects(db).CountAsync(ct);
            var results = await db.AnnualReviews.Where(r => r.Year == year).GroupBy(r => r.Result).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return new Summary(total, results.Values.Sum(), results.GetValueOrDefault(ReviewResult.Pass), results.GetValueOrDefault(ReviewResult.BasicPass), results.GetValueOrDefault(ReviewResult.Fail));
        }

        public async Task<Guid> RecordAsync(Record command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            var today = ChinaTime.Today(clock);
            if (command.Year < 2000 || command.Year > today.Year)
            {
                throw new InvalidInputException(nameof(Record.Year), $"检查年度应在 2000～{today.Year} 之间");
            }

            if (!Enum.IsDefined(command.Result))
            {
                throw new InvalidInputException(nameof(Record.Result), "请选择检查结论");
            }

            if (command.Notes.Trim().Length > 2000 || (command.Result != ReviewResult.Pass && string.IsNullOrWhiteSpace(command.Notes)))
            {
                throw new InvalidInputException(nameof(Record.Notes), "基本合格或不合格时请写明存在的问题（不超过 2000 个字）");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await InstitutionFactsWriter.FindAsync(db, command.InstitutionId, ct);
            if (await db.AnnualReviews.AnyAsync(r => r.InstitutionId == institution.Id && r.Year == command.Year, ct))
            {
                throw new ConflictException($"{institution.Name} {command.Year} 年度检查结论已经录入。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var review = new AnnualReview
            {
                InstitutionId = institution.Id, Year = command.Year, Result = command.Result, Notes = command.Notes.Trim(), ReviewedBy = user.Name, ReviewedAt = now,
            };
            if (command.Result == ReviewResult.Fail)
            {
                var due = command.NoticeDueOn ?? throw new InvalidInputException(nameof(Record.NoticeDueOn), "不合格时请填写整改答复期限");
                review.NoticeId = Notices.Handler.Add(db, new Notices.Send(institution.Id, $"{command.Year} 年度检查不合格整改通知",
                    $"经年度检查，你机构 {command.Year} 年度检查结论为不合格。存在问题：{review.Notes}。请于 {due:yyyy-MM-dd} 前完成整改并书面答复。", due), user.Name, today, now).Id;
            }

            db.AnnualReviews.Add(review);
            await db.SaveChangesAsync(ct);
            return review.Id;
        }

        private static IQueryable<TrainingInstitution> Subjects(TrainingDbContext db) =>
            db.Institutions.Where(i => i.Status == InstitutionStatus.Licensed || i.Status == InstitutionStatus.Suspended);

        private static IQueryable<Line> Lines(TrainingDbContext db, Query query)
        {
            var subjects = Subjects(db);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                var code = term.ToUpperInvariant();
                subjects = subjects.Where(i => i.Name.Contains(term) || i.CreditCode.StartsWith(code));
            }

            var rows = from i in subjects
                       join r in db.AnnualReviews.Where(r => r.Year == query.Year) on i.Id equals r.InstitutionId into reviews
                       from r in reviews.DefaultIfEmpty()
                       select new Line
                       {
                           InstitutionId = i.Id, Name = i.Name, CreditCode = i.CreditCode, Status = i.Status, ReviewId = r == null ? null : (Guid?)r.Id,
                           Result = r == null ? null : (ReviewResult?)r.Result, Notes = r == null ? "" : r.Notes, ReviewedBy = r == null ? "" : r.ReviewedBy,
                           ReviewedAt = r == null ? null : (DateTime?)r.ReviewedAt,
                       };
            rows = query.Result is { } result ? rows.Where(r => r.Result == result) : rows;
            return query.PendingOnly ? rows.Where(r => r.ReviewId == null) : rows;
        }
    
        private sealed class Line
        {
            public Guid InstitutionId { get; init; }
            public string Name { get; init; } = "";
            public string CreditCode { get; init; } = "";
            public InstitutionStatus Status { get; init; }
            public Guid? ReviewId { get; init; }
            public ReviewResult? Result { get; init; }
            public string Notes { get; init; } = "";
            public string ReviewedBy { get; init; } = "";
            public DateTime? ReviewedAt { get; init; }
        }
    }
}
