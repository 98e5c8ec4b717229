using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Dashboard;

/// <summary>
/// The supervision officer's overview: institutions by category and credit grade, the prepaid money under supervision and
/// the part at risk, open alerts, this year's random inspections against their plans, and open complaints by age.
/// Every figure is one GROUP BY query over the whole district.
/// </summary>
public static class GetDashboard
{
    public sealed record Result(
        DateOnly Today,
        IReadOnlyList<StatusCount> Statuses,
        IReadOnlyList<GradeRow> Grades,
        Money Prepaid,
        IReadOnlyList<AlertRow> Alerts,
        Inspections Inspections,
        IReadOnlyList<AgeBucket> ComplaintAges,
        int ComplaintsOverdue,
        IReadOnlyList<ListCount> Lists);

    public sealed record StatusCount(InstitutionStatus Status, int Institutions);

    /// <summary>Operating institutions of one category, counted per credit grade (A–E in order).</summary>
    public sealed record GradeRow(TrainingCategory Category, IReadOnlyList<int> ByGrade)
    {
        public int Total => ByGrade.Sum();
    }

    /// <summary>Paid, released and refunded in fen; unconsumed = paid − released − refunded; at risk = open shortfall alerts.</summary>
    public sealed record Money(long PaidFen, long ReleasedFen, long RefundedFen, long AtRiskFen, int InstitutionsAtRisk)
    {
        public long UnconsumedFen => PaidFen - ReleasedFen - RefundedFen;
    }

    public sealed record AlertRow(AlertKind Kind, int Open, int Serious, long AmountFen);

    public sealed record Inspections(int Year, int Plans, int Planned, int Done, int Published, int WithFindings, int PublicationsOverdue);

    public sealed record AgeBucket(string Label, int Complaints);

    public sealed record ListCount(string Label, int Institutions);

    private static readonly (string Label, int MaxDays)[] Ages = [("7天以内", 7), ("8—15天", 15), ("16—30天", 30), ("30天以上", int.MaxValue)];

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            var today = ChinaTime.Today(clock);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var statuses = await db.Institutions.GroupBy(i => i.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync(ct);
            var (ages, overdue) = await ComplaintAgesAsync(db, today, ct);
            return new Result(
                today,
                [.. statuses.OrderBy(s => s.Status)],
                await GradesAsync(db, ct),
                await PrepaidAsync(db, ct),
                await AlertsAsync(db, ct),
                await InspectionsAsync(db, today, ct),
                ages,
                overdue,
                await ListsAsync(db, ct));
        }

        private static async Task<IReadOnlyList<GradeRow>> GradesAsync(TrainingDbContext db, CancellationToken ct)
        {
            var counts = await db.Institutions
                .Where(i => i.Status == InstitutionStatus.Licensed || i.Status == InstitutionStatus.Suspended)
                .GroupBy(i => new { i.Category, i.CreditGrade })
                .Select(g => new { g.Key.Category, g.Key.CreditGrade, Count = g.Count() })
                .ToListAsync(ct);
            return [.. Enum.GetValues<TrainingCategory>()
                .Select(category => new GradeRow(category, [.. Enum.GetValues<CreditGrade>().Select(grade => counts.Where(c => c.Category == category && c.CreditGrade == grade).Sum(c => c.Count))]))
                .Where(row => row.Total > 0)];
        }

        private static async Task<Money> PrepaidAsync(TrainingDbContext db, CancellationToken ct)
        {
            var sums = await db.Set<LedgerEntry>().GroupBy(e => e.Kind).Select(g => new { g.Key, Fen = g.Sum(e => e.AmountFen) }).ToListAsync(ct);
            long Sum(LedgerEntryKind kind) => sums.Where(s => s.Key == kind).Sum(s => s.Fen);
            var shortfalls = await db.Alerts
                .Where(a => a.Status == AlertStatus.Open && (a.Kind == AlertKind.BalanceShortfall || a.Kind == AlertKind.DepositShort))
                .GroupBy(a => a.InstitutionId)
                .Select(g => g.Max(a => a.AmountFen))
                .ToListAsync(ct);
            return new Money(Sum(LedgerEntryKind.Payment), Sum(LedgerEntryKind.Release), Sum(LedgerEntryKind.Refund), shortfalls.Sum(), shortfalls.Count);
        }

        private static async Task<IReadOnlyList<AlertRow>> AlertsAsync(TrainingDbContext db, CancellationToken ct)
        {
            var rows = await db.Alerts.Where(a => a.Status == AlertStatus.Open)
                .GroupBy(a => a.Kind)
                .Select(g => new AlertRow(g.Key, g.Count(), g.Count(a => a.Severity == AlertSeverity.Serious), g.Sum(a => a.AmountFen)))
                .ToListAsync(ct);
            return [.. rows.OrderBy(r => r.Kind)];
        }

        private static async Task<Inspections> InspectionsAsync(TrainingDbContext db, DateOnly today, CancellationToken ct)
        {
            var plans = db.Set<InspectionPlan>().Where(p => p.Year == today.Year);
            var drawn = plans.Where(p => p.Status == InspectionPlanStatus.Drawn || p.Status == InspectionPlanStatus.Published).Select(p => p.Id);
            var tasks = await db.Set<InspectionTask>().Where(t => drawn.Contains(t.PlanId))
                .GroupBy(t => t.Status)
                .Select(g => new { g.Key, Count = g.Count(), WithFindings = g.Count(t => t.HasFindings) })
                .ToListAsync(ct);
            var overdue = await plans.CountAsync(p => p.Status == InspectionPlanStatus.Drawn && p.PublishDue < today, ct);
            return new Inspections(
                today.Year,
                await plans.CountAsync(ct),
                tasks.Sum(t => t.Count),
                tasks.Where(t => t.Key != InspectionTaskStatus.Pending).Sum(t => t.Count),
                tasks.Where(t => t.Key == InspectionTaskStatus.Published).Sum(t => t.Count),
                tasks.Sum(t => t.WithFindings),
                overdue);
        }

        private static async Task<(IReadOnlyList<AgeBucket> Ages, int Overdue)> ComplaintAgesAsync(TrainingDbContext db, DateOnly today, CancellationToken ct)
        {
            var open = await db.Set<Complaint>()
                .Where(c => c.Status == ComplaintStatus.Pending || c.Status == ComplaintStatus.Handling)
                .GroupBy(c => new { c.ReceivedOn, Late = c.AnswerDue < today })
                .Select(g => new { g.Key.ReceivedOn, g.Key.Late, Count = g.Count() })
                .ToListAsync(ct);
            var buckets = Ages.Select((age, index) => new AgeBucket(age.Label, open
                .Where(c => AgeIndex(today.DayNumber - c.ReceivedOn.DayNumber) == index)
                .Sum(c => c.Count))).ToList();
            return (buckets, open.Where(c => c.Late).Sum(c => c.Count));
        }

        private static int AgeIndex(int days) => Array.FindIndex(Ages, age => days <= age.MaxDays);

        private static async Task<IReadOnlyList<ListCount>> ListsAsync(TrainingDbContext db, CancellationToken ct)
        {
            var lists = await db.Institutions.GroupBy(i => i.List).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            var cards = await db.Institutions.Where(i => i.Card != CardLevel.None).GroupBy(i => i.Card).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            return
            [
                new(TrainingNames.Of(ListStatus.White), lists.Where(l => l.Key == ListStatus.White).Sum(l => l.Count)),
                new(TrainingNames.Of(ListStatus.Black), lists.Where(l => l.Key == ListStatus.Black).Sum(l => l.Count)),
                new(TrainingNames.Of(CardLevel.Yellow), cards.Where(c => c.Key == CardLevel.Yellow).Sum(c => c.Count)),
                new(TrainingNames.Of(CardLevel.Red), cards.Where(c => c.Key == CardLevel.Red).Sum(c => c.Count)),
            ];
        }
    }
}
