using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 资金监管总览: every institution's figures from the last recompute — paid, released, refunded, unconsumed, bank balance,
/// shortfall, deposit required and held — searched, filtered (shortfall only, deposit short only), sorted and paged on the server.
/// </summary>
public static class ListFunds
{
    public sealed record Query(string? Search = null, bool ShortfallOnly = false, bool DepositShortOnly = false, bool AlertsOnly = false)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid InstitutionId, string Name, InstitutionStatus Status, string ZoneName, long PaidFen, long ReleasedFen, long RefundedFen, long UnconsumedFen,
        long CustodyBalanceFen, long ShortfallFen, long DepositRequiredFen, long DepositHeldFen, int ActiveEnrolments, int OpenAlerts, DateTime ComputedAt);

    public sealed record Summary(int Institutions, long PaidFen, long UnconsumedFen, long ShortfallFen, int InShortfall, int DepositShort, int OpenAlerts, DateTime? ComputedAt);

    public const int MaxExportRows = 100_000;

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var page = await Sorted(Rows(db, query), query.Page).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(ToRow)], page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return [.. (await Sorted(Rows(db, query), query.Page).Take(MaxExportRows).ToListAsync(ct)).Select(ToRow)];
        }

        public async Task<Summary> SummarizeAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var all = await db.FundPositions.GroupBy(_ => 1).Select(g => new
            {
                Count = g.Count(), Paid = g.Sum(p => p.PaidFen), Unconsumed = g.Sum(p => p.UnconsumedFen), Shortfall = g.Sum(p => p.ShortfallFen),
                InShortfall = g.Count(p => p.ShortfallFen > 0), DepositShort = g.Count(p => p.DepositHeldFen < p.DepositRequiredFen), Computed = g.Max(p => p.ComputedAt),
            }).FirstOrDefaultAsync(ct);
            var open = await db.Alerts.CountAsync(a => a.Status == AlertStatus.Open, ct);
            return all is null ? new Summary(0, 0, 0, 0, 0, 0, open, null)
                : new Summary(all.Count, all.Paid, all.Unconsumed, all.Shortfall, all.InShortfall, all.DepositShort, open, all.Computed);
        }

        /// <summary>A position with its institution, sortable on the server before it becomes a <see cref="Row"/>.</summary>
        private sealed class Joined
        {
            public required FundPosition P { get; init; }
            public required TrainingInstitution I { get; init; }
        }

        private static Row ToRow(Joined j) => new(
            j.I.Id, j.I.Name, j.I.Status, j.I.ZoneName, j.P.PaidFen, j.P.ReleasedFen, j.P.RefundedFen, j.P.UnconsumedFen, j.P.CustodyBalanceFen, j.P.ShortfallFen,
            j.P.DepositRequiredFen, j.P.DepositHeldFen, j.P.ActiveEnrolments, j.P.OpenAlerts, j.P.ComputedAt);

        private static IQueryable<Joined> Rows(TrainingDbContext db, Query query)
        {
            var positions = db.FundPositions.AsQueryable();
            if (query.ShortfallOnly)
            {
                positions = positions.Where(p => p.ShortfallFen > 0);
            }

            if (query.DepositShortOnly)
            {
                positions = positions.Where(p => p.DepositHeldFen < p.DepositRequiredFen);
            }

            if (query.AlertsOnly)
            {
                positions = positions.Where(p => p.OpenAlerts > 0);
            }

            var institutions = db.Institutions.AsQueryable();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                institutions = institutions.Where(i => i.Name.Contains(term) || i.CreditCode.Contains(term) || i.ZoneName.Contains(term));
            }

            return positions.Join(institutions, p => p.InstitutionId, i => i.Id, (p, i) => new Joined { P = p, I = i });
        }

        private static readonly Dictionary<string, Func<IQueryable<Joined>, bool, IOrderedQueryable<Joined>>> Sorts = new()
        {
            ["shortfall"] = (q, d) => q.Order(r => r.P.ShortfallFen, d).ThenOrder(r => r.P.UnconsumedFen, d).ThenOrder(r => r.P.InstitutionId, d),
            ["unconsumed"] = (q, d) => q.Order(r => r.P.UnconsumedFen, d).ThenOrder(r => r.P.InstitutionId, d),
            ["paid"] = (q, d) => q.Order(r => r.P.PaidFen, d).ThenOrder(r => r.P.InstitutionId, d),
            ["alerts"] = (q, d) => q.Order(r => r.P.OpenAlerts, d).ThenOrder(r => r.P.InstitutionId, d),
        };

        private static IQueryable<Joined> Sorted(IQueryable<Joined> rows, PageRequest page) =>
            rows.SortBy(page.Sort is null ? page with { Sort = "shortfall", Descending = true } : page, Sorts, "shortfall");
    }
}

/// <summary>The overview as Excel, with the page's filter; audited.</summary>
public static class ExportFunds
{
    internal sealed class Handler(ListFunds.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListFunds.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, ct);
            var file = await ExcelFile.WriteAsync($"预收费资金监管_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "资金监管", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(FundPosition), "", $"导出预收费资金监管总览 {rows.Count} 家机构", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListFunds.Row r) =>
        [
            new("机构名称", r.Name),
            new("状态", TrainingNames.Of(r.Status)),
            new("片区", r.ZoneName),
            new("在读报名", r.ActiveEnrolments),
            new("累计收款(元)", Yuan(r.PaidFen)),
            new("累计拨付(元)", Yuan(r.ReleasedFen)),
            new("累计退费(元)", Yuan(r.RefundedFen)),
            new("未消课余额(元)", Yuan(r.UnconsumedFen)),
            new("监管账户余额(元)", Yuan(r.CustodyBalanceFen)),
            new("资金缺口(元)", Yuan(r.ShortfallFen)),
            new("风险保证金应存(元)", Yuan(r.DepositRequiredFen)),
            new("风险保证金实存(元)", Yuan(r.DepositHeldFen)),
            new("未处置预警", r.OpenAlerts),
            new("计算时间", ChinaTime.ToLocal(r.ComputedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        ];

        private static decimal Yuan(long fen) => fen / 100m;
    }
}
