using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Bulletins;

/// <summary>
/// The counts behind a bulletin, each read with one GROUP BY query (by school and the dimensions the bulletin shows), so the
/// cost follows the number of schools and categories, not the number of visits and items.
/// </summary>
internal sealed class BulletinCounts
{
    private static readonly IssueSource[] FindingSources = [IssueSource.Visit, IssueSource.Emergency];

    private readonly List<PlanCount> _plans;
    private readonly List<VisitCount> _visits;
    private readonly List<OpenedCount> _opened;
    private readonly List<ClosedCount> _closed;
    private readonly List<DaysCount> _daysToClose;
    private readonly List<OpenCount> _openAtEnd;
    private readonly Dictionary<Guid, PlanCount> _planBySchool;
    private readonly Dictionary<Guid, OpenCount> _openBySchool;
    private readonly ILookup<Guid, VisitCount> _visitsBySchool;
    private readonly ILookup<Guid, OpenedCount> _findingsBySchool;
    private readonly ILookup<Guid, ClosedCount> _closedBySchool;

    private BulletinCounts(List<PlanCount> plans, List<VisitCount> visits, List<OpenedCount> opened, List<ClosedCount> closed, List<DaysCount> daysToClose, List<OpenCount> openAtEnd)
    {
        _plans = plans;
        _visits = visits;
        _opened = opened;
        _closed = closed;
        _daysToClose = daysToClose;
        _openAtEnd = openAtEnd;
        _planBySchool = plans.ToDictionary(p => p.SchoolId);
        _openBySchool = openAtEnd.ToDictionary(o => o.SchoolId);
        _visitsBySchool = visits.ToLookup(v => v.SchoolId);
        _findingsBySchool = opened.Where(o => FindingSources.Contains(o.Source)).ToLookup(o => o.SchoolId);
        _closedBySchool = closed.ToLookup(c => c.SchoolId);
    }

    /// <param name="ids">The schools in scope, or null for the whole bureau.</param>
    public static async Task<BulletinCounts> ReadAsync(InspectionDbContext db, IReadOnlyCollection<Guid>? ids, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var plans = await InScope(db.PlannedVisits.AsNoTracking(), ids)
            .Where(p => p.Month >= from && p.Month <= to && p.Status != PlannedVisitStatus.Cancelled)
            .GroupBy(p => p.SchoolId)
            .Select(g => new PlanCount(g.Key, g.Count(), g.Count(p => p.Status == PlannedVisitStatus.Done)))
            .ToListAsync(ct);
        var visits = await InScope(db.Visits.AsNoTracking(), ids)
            .Where(v => v.Status == VisitStatus.Submitted && v.VisitedOn >= from && v.VisitedOn <= to)
            .GroupBy(v => new { v.SchoolId, v.Kind, v.IsEmergency, Planned = v.PlannedVisitId != null })
            .Select(g => new VisitCount(g.Key.SchoolId, g.Key.Kind, g.Key.IsEmergency, g.Key.Planned, g.Count()))
            .ToListAsync(ct);
        var issues = InScope(db.Issues.AsNoTracking(), ids);
        var opened = await issues
            .Where(i => i.OpenedOn >= from && i.OpenedOn <= to)
            .GroupBy(i => new { i.SchoolId, i.Item, i.Severity, i.Source })
            .Select(g => new OpenedCount(g.Key.SchoolId, g.Key.Item, g.Key.Severity, g.Key.Source, g.Count()))
            .ToListAsync(ct);
        var closedInPeriod = issues.Where(i => i.Status == IssueStatus.ClosedOut && i.ClosedOn >= from && i.ClosedOn <= to);
        var closed = await closedInPeriod
            .GroupBy(i => new { i.SchoolId, Late = i.ClosedOn > i.Deadline })
            .Select(g => new ClosedCount(g.Key.SchoolId, g.Key.Late, g.Count()))
            .ToListAsync(ct);
        var days = await closedInPeriod
            .GroupBy(i => i.ClosedOn!.Value.DayNumber - i.OpenedOn.DayNumber)
            .Select(g => new DaysCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var open = await OpenAt(issues, null, to)
            .GroupBy(i => i.SchoolId)
            .Select(g => new OpenCount(g.Key, g.Count(), g.Count(i => i.Deadline < to)))
            .ToListAsync(ct);
        return new BulletinCounts(plans, visits, opened, closed, days, open);
    }

    /// <summary>Items opened by <paramref name="end"/> and not closed out by then.</summary>
    public static IQueryable<Issue> OpenAt(IQueryable<Issue> issues, IReadOnlyCollection<Guid>? ids, DateOnly end) =>
        InScope(issues, ids).Where(i => i.OpenedOn <= end && (i.ClosedOn == null || i.ClosedOn > end));

    public ComposeBulletin.Figures Figures()
    {
        var closedCount = _daysToClose.Sum(d => d.Count);
        return new ComposeBulletin.Figures(
            _plans.Sum(p => p.Planned),
            _plans.Sum(p => p.Done),
            _visits.Sum(v => v.Count),
            _visits.Where(v => !v.Planned).Sum(v => v.Count),
            _visits.Where(v => v.IsEmergency).Sum(v => v.Count),
            _opened.Where(o => FindingSources.Contains(o.Source)).Sum(o => o.Count),
            _opened.Sum(o => o.Count),
            _closed.Sum(c => c.Count),
            _closed.Where(c => c.Late).Sum(c => c.Count),
            _openAtEnd.Sum(o => o.Open),
            _openAtEnd.Sum(o => o.Overdue),
            closedCount == 0 ? null : (double)_daysToClose.Sum(d => (long)d.Days * d.Count) / closedCount,
            Median(_daysToClose, closedCount));
    }

    public IReadOnlyList<ComposeBulletin.KindCount> ByKind() =>
        [.. Enum.GetValues<InspectionKind>().Select(kind => new ComposeBulletin.KindCount(kind, _visits.Where(v => v.Kind == kind).Sum(v => v.Count)))];

    /// <summary>Findings (visit and emergency items) by supervision item and severity, all eight items in order.</summary>
    public IReadOnlyList<ComposeBulletin.ItemFindings> ByItem()
    {
        var findings = _opened.Where(o => FindingSources.Contains(o.Source)).ToList();
        int Count(SupervisionItem item, IssueSeverity severity) => findings.Where(o => o.Item == item && o.Severity == severity).Sum(o => o.Count);
        return [.. InspectionNames.Items.Select(item => new ComposeBulletin.ItemFindings(item, Count(item, IssueSeverity.Minor), Count(item, IssueSeverity.Serious), Count(item, IssueSeverity.Critical)))];
    }

    public SchoolTally Of(Guid schoolId)
    {
        var plan = _planBySchool.GetValueOrDefault(schoolId);
        var open = _openBySchool.GetValueOrDefault(schoolId);
        return new SchoolTally(
            plan?.Planned ?? 0,
            plan?.Done ?? 0,
            _visitsBySchool[schoolId].Sum(v => v.Count),
            _findingsBySchool[schoolId].Sum(o => o.Count),
            open?.Open ?? 0,
            open?.Overdue ?? 0,
            _closedBySchool[schoolId].Sum(c => c.Count));
    }

    /// <summary>The median of a histogram of whole days: the middle value, or the mean of the two middle values.</summary>
    internal static double? Median(IReadOnlyList<DaysCount> histogram, int count)
    {
        if (count == 0)
        {
            return null;
        }

        var sorted = histogram.OrderBy(d => d.Days).ToList();
        return (ValueAt(sorted, (count - 1) / 2) + ValueAt(sorted, count / 2)) / 2.0;
    }

    private static int ValueAt(List<DaysCount> sorted, int index)
    {
        var seen = 0;
        foreach (var bucket in sorted)
        {
            seen += bucket.Count;
            if (index < seen)
            {
                return bucket.Days;
            }
        }

        return sorted[^1].Days;
    }

    private static IQueryable<PlannedVisit> InScope(IQueryable<PlannedVisit> plans, IReadOnlyCollection<Guid>? ids) =>
        ids is null ? plans : plans.Where(p => ids.Contains(p.SchoolId));

    private static IQueryable<Visit> InScope(IQueryable<Visit> visits, IReadOnlyCollection<Guid>? ids) =>
        ids is null ? visits : visits.Where(v => ids.Contains(v.SchoolId));

    private static IQueryable<Issue> InScope(IQueryable<Issue> issues, IReadOnlyCollection<Guid>? ids) =>
        ids is null ? issues : issues.Where(i => ids.Contains(i.SchoolId));

    internal sealed record SchoolTally(int Planned, int PlannedDone, int Visits, int Findings, int Open, int Overdue, int Closed);

    internal sealed record DaysCount(int Days, int Count);

    private sealed record PlanCount(Guid SchoolId, int Planned, int Done);

    private sealed record VisitCount(Guid SchoolId, InspectionKind Kind, bool IsEmergency, bool Planned, int Count);

    private sealed record OpenedCount(Guid SchoolId, SupervisionItem Item, IssueSeverity Severity, IssueSource Source, int Count);

    private sealed record ClosedCount(Guid SchoolId, bool Late, int Count);

    private sealed record OpenCount(Guid SchoolId, int Open, int Overdue);
}
