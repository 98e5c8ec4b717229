using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Bulletins;

/// <summary>
/// 通报: the figures of 责任督学挂牌督导 for a month or a quarter, for the whole bureau, a zone or a school. Everything is
/// counted as of the period end: the last day of the period, or today while the period runs. Planned visits count for
/// the months begun by then; a visit counts once submitted; an item is open at the period end if it was opened by then
/// and not closed out by then, and overdue if its deadline had also passed.
/// </summary>
public static class ComposeBulletin
{
    /// <param name="Number">The month (1–12) or the quarter (1–4).</param>
    /// <param name="UnitId">The zone or school; none for the bureau.</param>
    public sealed record Query(BulletinPeriod Period, int Year, int Number, BulletinScope Scope = BulletinScope.Bureau, Guid? UnitId = null);

    /// <summary>What the user may choose: the whole bureau, these zones, these schools.</summary>
    public sealed record Choices(bool Bureau, IReadOnlyList<ZoneRef> Zones, IReadOnlyList<SchoolRef> Schools);

    public sealed record Bulletin(
        Query Query,
        string PeriodName,
        string ScopeName,
        DateOnly From,
        DateOnly To,
        bool IsFinal,
        Figures Figures,
        IReadOnlyList<KindCount> ByKind,
        IReadOnlyList<ItemFindings> ByItem,
        IReadOnlyList<UnitRow> Schools,
        IReadOnlyList<UnitRow> Zones,
        IReadOnlyList<OverdueItem> Overdue)
    {
        public string Title => $"关于{PeriodName}{(Query.Scope == BulletinScope.Bureau ? "" : ScopeName)}责任督学挂牌督导工作情况的通报";
    }

    /// <param name="Planned">Planned visits of the months begun by the period end, cancelled ones left out.</param>
    /// <param name="PlannedDone">Of those, the ones done.</param>
    /// <param name="Visits">Submitted visits, planned or not.</param>
    /// <param name="Findings">Items opened in the period from visits and emergencies.</param>
    /// <param name="Opened">Items opened in the period from any source.</param>
    /// <param name="ClosedLate">Items closed out in the period after their deadline (逾期销号).</param>
    public sealed record Figures(
        int Planned,
        int PlannedDone,
        int Visits,
        int UnplannedVisits,
        int EmergencyVisits,
        int Findings,
        int Opened,
        int ClosedOut,
        int ClosedLate,
        int OpenAtEnd,
        int OverdueAtEnd,
        double? AverageDaysToClose,
        double? MedianDaysToClose)
    {
        public double? CompletionRate => Planned == 0 ? null : (double)PlannedDone / Planned;
    }

    public sealed record KindCount(InspectionKind Kind, int Visits);

    public sealed record ItemFindings(SupervisionItem Item, int Minor, int Serious, int Critical)
    {
        public int Total => Minor + Serious + Critical;
    }

    /// <summary>One school, or one zone (<see cref="Schools"/> &gt; 1 possible, <see cref="Code"/> empty).</summary>
    public sealed record UnitRow(Guid Id, string Code, string Name, string Zone, int Schools, int Planned, int PlannedDone, int Visits, int Findings, int Open, int Overdue, int Closed)
    {
        public double? CompletionRate => Planned == 0 ? null : (double)PlannedDone / Planned;
    }

    public sealed record OverdueItem(string Number, Guid SchoolId, string School, SupervisionItem Item, IssueSeverity Severity, DateOnly OpenedOn, DateOnly Deadline, int DaysOverdue);

    /// <summary>How many overdue items the bulletin names, worst first.</summary>
    public const int OverdueListed = 10;

    public const string NoZone = "未划学区";

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Choices> ChoicesAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            return await ChoicesOfAsync(user, await registry.AllSchoolsAsync(ct), await registry.ZonesAsync(ct), ct);
        }

        public async Task<Bulletin> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var today = ChinaTime.Today(clock);
            var span = Validate(query, today);
            var schools = await registry.AllSchoolsAsync(ct);
            var zones = await registry.ZonesAsync(ct);
            var choices = await ChoicesOfAsync(user, schools, zones, ct);
            query = OwnUnitUnlessBureau(query, choices);
            var (scopeName, inScope) = Resolve(query, choices, schools, zones);
            var to = span.Last < today ? span.Last : today;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var ids = query.Scope == BulletinScope.Bureau ? null : inScope.Select(s => s.Id).ToList();
            var counts = await BulletinCounts.ReadAsync(db, ids, span.Start, to, ct);
            var schoolRows = SchoolRows(inScope, zones, counts);
            return new Bulletin(query, span.Name, scopeName, span.Start, to, span.Last < today, counts.Figures(), counts.ByKind(), counts.ByItem(),
                schoolRows, ZoneRows(schoolRows, zones), await OverdueAsync(db, ids, to, schools, ct));
        }

        private static PeriodSpan Validate(Query query, DateOnly today)
        {
            var errors = new Dictionary<string, string[]>();
            if (!Enum.IsDefined(query.Period))
            {
                errors[nameof(Query.Period)] = ["请选择月报或季报"];
            }
            else if (query.Number < 1 || query.Number > PeriodSpan.MaxNumber(query.Period))
            {
                errors[nameof(Query.Number)] = [query.Period == BulletinPeriod.Month ? "月份应为 1–12" : "季度应为 1–4"];
            }

            if (query.Year < 2000 || query.Year > today.Year)
            {
                errors[nameof(Query.Year)] = [$"年份应在 2000–{today.Year} 之间"];
            }

            if (!Enum.IsDefined(query.Scope))
            {
                errors[nameof(Query.Scope)] = ["请选择通报范围"];
            }
            else if (query.Scope != BulletinScope.Bureau && query.UnitId is null)
            {
                errors[nameof(Query.UnitId)] = [query.Scope == BulletinScope.Zone ? "请选择学区" : "请选择学校"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }

            var span = PeriodSpan.Of(query.Period, query.Year, query.Number);
            return span.Start > today ? throw new InvalidInputException(nameof(Query.Number), $"{span.Name}尚未开始，无法生成通报") : span;
        }

        /// <summary>
        /// The bureau (and users covering it) may choose anything; a zone's staff their zone and its schools; inspectors the
        /// schools assigned to them; school administrators their school.
        /// </summary>
        private async Task<Choices> ChoicesOfAsync(CurrentUser user, IReadOnlyList<SchoolRef> schools, IReadOnlyList<ZoneRef> zones, CancellationToken ct)
        {
            var ids = await scope.SchoolIdsAsync(user, ct);
            if (ids is null)
            {
                return new Choices(true, zones, schools);
            }

            var ownZone = user.Role != Role.Inspector && user.Scope.Kind == ScopeKind.Zone ? user.Scope.Id : null;
            return new Choices(false, [.. zones.Where(z => z.Id == ownZone)], [.. schools.Where(s => ids.Contains(s.Id))]);
        }

        /// <summary>
        /// A whole-bureau request from someone who may not see the whole bureau means their own unit, when they have just
        /// one (a zone's officer, a school); an inspector with several schools must name one.
        /// </summary>
        private static Query OwnUnitUnlessBureau(Query query, Choices choices) =>
            query.Scope != BulletinScope.Bureau || choices.Bureau ? query
            : choices.Zones.Count == 1 ? query with { Scope = BulletinScope.Zone, UnitId = choices.Zones[0].Id }
            : choices.Schools.Count == 1 ? query with { Scope = BulletinScope.School, UnitId = choices.Schools[0].Id }
            : query;

        private static (string Name, IReadOnlyList<SchoolRef> Schools) Resolve(Query query, Choices choices, IReadOnlyList<SchoolRef> schools, IReadOnlyList<ZoneRef> zones)
        {
            switch (query.Scope)
            {
                case BulletinScope.Zone:
                    var zone = choices.Zones.FirstOrDefault(z => z.Id == query.UnitId)
                        ?? (choices.Bureau ? throw new NotFoundException("学区不存在。") : throw new ForbiddenException("该学区不在您的督导范围内。"));
                    return (zone.Name, [.. schools.Where(s => s.ZoneId == zone.Id)]);
                case BulletinScope.School:
                    var school = choices.Schools.FirstOrDefault(s => s.Id == query.UnitId)
                        ?? (choices.Bureau ? throw new NotFoundException("学校不存在。") : throw new ForbiddenException("该学校不在您的督导范围内。"));
                    return (school.Name, [school]);
                default:
                    return choices.Bureau ? ("全区", schools) : throw new ForbiddenException("您只能查看督导范围内学区或学校的通报。");
            }
        }

        private static List<UnitRow> SchoolRows(IReadOnlyList<SchoolRef> schools, IReadOnlyList<ZoneRef> zones, BulletinCounts counts)
        {
            var zoneNames = zones.ToDictionary(z => z.Id, z => z.Name);
            return [.. schools.Select(s =>
            {
                var t = counts.Of(s.Id);
                var zone = s.ZoneId is { } z && zoneNames.TryGetValue(z, out var name) ? name : NoZone;
                return new UnitRow(s.Id, s.Code, s.Name, zone, 1, t.Planned, t.PlannedDone, t.Visits, t.Findings, t.Open, t.Overdue, t.Closed);
            })];
        }

        private static List<UnitRow> ZoneRows(IReadOnlyList<UnitRow> schoolRows, IReadOnlyList<ZoneRef> zones)
        {
            var order = zones.Select((z, i) => (z.Name, i)).ToDictionary(x => x.Name, x => x.i);
            return [.. schoolRows.GroupBy(r => r.Zone)
                .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
                .Select(g => new UnitRow(zones.FirstOrDefault(z => z.Name == g.Key)?.Id ?? Guid.Empty, "", g.Key, "", g.Count(),
                    g.Sum(r => r.Planned), g.Sum(r => r.PlannedDone), g.Sum(r => r.Visits), g.Sum(r => r.Findings), g.Sum(r => r.Open), g.Sum(r => r.Overdue), g.Sum(r => r.Closed)))];
        }

        private static async Task<List<OverdueItem>> OverdueAsync(InspectionDbContext db, IReadOnlyCollection<Guid>? ids, DateOnly to, IReadOnlyList<SchoolRef> schools, CancellationToken ct)
        {
            var names = schools.ToDictionary(s => s.Id, s => s.Name);
            var rows = await BulletinCounts.OpenAt(db.Issues.AsNoTracking(), ids, to)
                .Where(i => i.Deadline < to)
                .OrderBy(i => i.Deadline).ThenBy(i => i.Number)
                .Take(OverdueListed)
                .Select(i => new { i.Number, i.SchoolId, i.Item, i.Severity, i.OpenedOn, i.Deadline })
                .ToListAsync(ct);
            return [.. rows.Select(i => new OverdueItem(i.Number, i.SchoolId, names.GetValueOrDefault(i.SchoolId, ""), i.Item, i.Severity, i.OpenedOn, i.Deadline, to.DayNumber - i.Deadline.DayNumber))];
        }
    }
}
