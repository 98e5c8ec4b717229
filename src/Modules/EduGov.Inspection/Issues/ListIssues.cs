using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>问题清单: the items of the schools in the user's scope, filtered, sorted and paged.</summary>
public static class ListIssues
{
    public sealed record Query(
        Guid? SchoolId = null,
        IssueStatus? Status = null,
        IssueSeverity? Severity = null,
        SupervisionItem? Item = null,
        bool OverdueOnly = false,
        bool EscalatedOnly = false,
        bool OpenOnly = false,
        string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Number, Guid SchoolId, string SchoolName, SupervisionItem Item, IssueSeverity Severity, IssueSource Source,
        string Description, DateOnly OpenedOn, DateOnly Deadline, IssueStatus Status, bool Escalated, DateOnly? ClosedOn, int DaysOverdue);

    public sealed record Summary(int Open, int Rectifying, int AwaitingRecheck, int AwaitingCloseOut, int ClosedOut, int Overdue, int Escalated);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var issues = Filter(await InScopeAsync(db, ct), query, today);
            var page = await Sorted(issues, query.Page).ToPageAsync(query.Page, ct);
            var names = await SchoolNamesAsync(ct);
            return new PageResult<Row>([.. page.Items.Select(i => ToRow(i, names, today))], page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var issues = await Sorted(Filter(await InScopeAsync(db, ct), query, today), query.Page).Take(limit).ToListAsync(ct);
            var names = await SchoolNamesAsync(ct);
            return [.. issues.Select(i => ToRow(i, names, today))];
        }

        public async Task<Summary> SummarizeAsync(Guid? schoolId = null, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var issues = await InScopeAsync(db, ct);
            if (schoolId is { } id)
            {
                issues = issues.Where(i => i.SchoolId == id);
            }

            var byStatus = await issues.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var overdue = await Overdue(issues, today).CountAsync(ct);
            var escalated = await issues.CountAsync(i => i.EscalatedAt != null && i.Status != IssueStatus.ClosedOut, ct);
            return new Summary(
                byStatus.GetValueOrDefault(IssueStatus.Open), byStatus.GetValueOrDefault(IssueStatus.Rectifying), byStatus.GetValueOrDefault(IssueStatus.AwaitingRecheck),
                byStatus.GetValueOrDefault(IssueStatus.AwaitingCloseOut), byStatus.GetValueOrDefault(IssueStatus.ClosedOut), overdue, escalated);
        }

        private async Task<IQueryable<Issue>> InScopeAsync(InspectionDbContext db, CancellationToken ct) =>
            await scope.SchoolIdsAsync(users.User, ct) is { } ids ? db.Issues.Where(i => ids.Contains(i.SchoolId)) : db.Issues;

        private async Task<Dictionary<Guid, string>> SchoolNamesAsync(CancellationToken ct) =>
            (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);

        internal static IQueryable<Issue> Overdue(IQueryable<Issue> issues, DateOnly today) =>
            issues.Where(i => (i.Status == IssueStatus.Open || i.Status == IssueStatus.Rectifying) && i.Deadline < today);

        private static IQueryable<Issue> Filter(IQueryable<Issue> issues, Query query, DateOnly today)
        {
            if (query.SchoolId is { } schoolId)
            {
                issues = issues.Where(i => i.SchoolId == schoolId);
            }

            if (query.Status is { } status)
            {
                issues = issues.Where(i => i.Status == status);
            }

            if (query.Severity is { } severity)
            {
                issues = issues.Where(i => i.Severity == severity);
            }

            if (query.Item is { } item)
            {
                issues = issues.Where(i => i.Item == item);
            }

            if (query.OverdueOnly)
            {
                issues = Overdue(issues, today);
            }

            if (query.EscalatedOnly)
            {
                issues = issues.Where(i => i.EscalatedAt != null && i.Status != IssueStatus.ClosedOut);
            }

            if (query.OpenOnly)
            {
                issues = issues.Where(i => i.Status != IssueStatus.ClosedOut);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                issues = issues.Where(i => i.Number.Contains(term) || i.Description.Contains(term));
            }

            return issues;
        }

        private static readonly Dictionary<string, Func<IQueryable<Issue>, bool, IOrderedQueryable<Issue>>> Sorts = new()
        {
            ["deadline"] = (q, d) => q.Order(i => i.Deadline, d).ThenOrder(i => i.Number, d),
            ["opened"] = (q, d) => q.Order(i => i.OpenedOn, d).ThenOrder(i => i.Number, d),
            ["number"] = (q, d) => q.Order(i => i.Number, d),
            ["severity"] = (q, d) => q.Order(i => i.Severity, d).ThenOrder(i => i.Number, d),
            ["status"] = (q, d) => q.Order(i => i.Status, d).ThenOrder(i => i.Number, d),
        };

        private static IQueryable<Issue> Sorted(IQueryable<Issue> issues, PageRequest page) => issues.SortBy(page, Sorts, "deadline");

        private static Row ToRow(Issue i, Dictionary<Guid, string> names, DateOnly today) => new(
            i.Id, i.Number, i.SchoolId, names.GetValueOrDefault(i.SchoolId, "（学校已撤销）"), i.Item, i.Severity, i.Source, i.Description,
            i.OpenedOn, i.Deadline, i.Status, i.EscalatedAt is not null, i.ClosedOn,
            IssueWorkflow.DaysOverdue(i.Status, i.Deadline, today));
    }
}
