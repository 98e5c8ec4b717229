using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>投诉台账: the officer's queue, filtered by status, category, institution and overdue, with each complaint's age.</summary>
public static class ListComplaints
{
    public sealed record Query(
        ComplaintStatus? Status = null, ComplaintCategory? Category = null, Guid? InstitutionId = null, bool OverdueOnly = false,
        bool OpenOnly = false, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Number, ComplaintChannel Channel, Guid? InstitutionId, string InstitutionName, ComplaintCategory Category,
        string Text, DateOnly ReceivedOn, DateOnly AnswerDue, ComplaintStatus Status, string AssigneeName, int AgeDays, bool Overdue);

    public sealed record Summary(int Pending, int Handling, int Answered, int Closed, int Transferred, int Overdue);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var page = await Sorted(Filter(db.Complaints.AsNoTracking(), query, today), query.Page).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(c => ToRow(c, today))], page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var rows = await Sorted(Filter(db.Complaints.AsNoTracking(), query, today), query.Page).Take(limit).ToListAsync(ct);
            return [.. rows.Select(c => ToRow(c, today))];
        }

        public async Task<Summary> SummarizeAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var byStatus = await db.Complaints.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var overdue = await Overdue(db.Complaints, today).CountAsync(ct);
            return new Summary(
                byStatus.GetValueOrDefault(ComplaintStatus.Pending), byStatus.GetValueOrDefault(ComplaintStatus.Handling),
                byStatus.GetValueOrDefault(ComplaintStatus.Answered), byStatus.GetValueOrDefault(ComplaintStatus.Closed),
                byStatus.GetValueOrDefault(ComplaintStatus.Transferred), overdue);
        }

        /// <summary>Not answered yet and past the answer deadline.</summary>
        internal static IQueryable<Complaint> Overdue(IQueryable<Complaint> complaints, DateOnly today) =>
            complaints.Where(c => (c.Status == ComplaintStatus.Pending || c.Status == ComplaintStatus.Handling) && c.AnswerDue < today);

        private static IQueryable<Complaint> Filter(IQueryable<Complaint> complaints, Query query, DateOnly today)
        {
            if (query.Status is { } status)
            {
                complaints = complaints.Where(c => c.Status == status);
            }

            if (query.Category is { } category)
            {
                complaints = complaints.Where(c => c.Category == category);
            }

            if (query.InstitutionId is { } institution)
            {
                complaints = complaints.Where(c => c.InstitutionId == institution);
            }

            if (query.OverdueOnly)
            {
                complaints = Overdue(complaints, today);
            }

            if (query.OpenOnly)
            {
                complaints = complaints.Where(c => c.Status == ComplaintStatus.Pending || c.Status == ComplaintStatus.Handling);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                complaints = complaints.Where(c => c.Number.Contains(term) || c.InstitutionName.Contains(term) || c.Text.Contains(term));
            }

            return complaints;
        }

        private static readonly Dictionary<string, Func<IQueryable<Complaint>, bool, IOrderedQueryable<Complaint>>> Sorts = new()
        {
            ["received"] = (q, d) => q.Order(c => c.ReceivedAt, d),
            ["due"] = (q, d) => q.Order(c => c.AnswerDue, d).ThenOrder(c => c.Number, d),
            ["number"] = (q, d) => q.Order(c => c.Number, d),
            ["status"] = (q, d) => q.Order(c => c.Status, d).ThenOrder(c => c.Number, d),
        };

        private static IQueryable<Complaint> Sorted(IQueryable<Complaint> complaints, PageRequest page) => complaints.SortBy(page, Sorts, "due");

        private static Row ToRow(Complaint c, DateOnly today) => new(
            c.Id, c.Number, c.Channel, c.InstitutionId, c.InstitutionName, c.Category, c.Text, c.ReceivedOn, c.AnswerDue, c.Status, c.AssigneeName,
            AgeDays(c, today), c.IsOpen && c.AnswerDue < today);

        /// <summary>Calendar days from receipt to the answer (or to today while unanswered).</summary>
        internal static int AgeDays(Complaint c, DateOnly today) => (c.AnsweredOn ?? today).DayNumber - c.ReceivedOn.DayNumber;
    }
}
