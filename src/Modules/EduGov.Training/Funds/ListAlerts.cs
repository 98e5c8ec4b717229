using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>风险预警: alerts across institutions (open by default), with kind, severity, evidence and the amount at risk; filtered, sorted, paged.</summary>
public static class ListAlerts
{
    public sealed record Query(AlertKind? Kind = null, AlertSeverity? Severity = null, AlertStatus? Status = AlertStatus.Open, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, AlertKind Kind, AlertSeverity Severity, AlertStatus Status, string Evidence, long AmountFen,
        DateTime RaisedAt, DateTime LastSeenAt, DateTime? HandledAt, string HandledBy, string HandlingNote);

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

        /// <summary>An alert with its institution, sortable on the server before it becomes a <see cref="Row"/>.</summary>
        private sealed class Joined
        {
            public required RiskAlert A { get; init; }
            public required TrainingInstitution I { get; init; }
        }

        private static Row ToRow(Joined j) => new(
            j.A.Id, j.I.Id, j.I.Name, j.A.Kind, j.A.Severity, j.A.Status, j.A.Evidence, j.A.AmountFen, j.A.RaisedAt, j.A.LastSeenAt, j.A.HandledAt, j.A.HandledBy, j.A.HandlingNote);

        private static IQueryable<Joined> Rows(TrainingDbContext db, Query query)
        {
            var alerts = db.Alerts.AsQueryable();
            if (query.Kind is { } kind)
            {
                alerts = alerts.Where(a => a.Kind == kind);
            }

            if (query.Severity is { } severity)
            {
                alerts = alerts.Where(a => a.Severity == severity);
            }

            if (query.Status is { } status)
            {
                alerts = alerts.Where(a => a.Status == status);
            }

            var institutions = db.Institutions.AsQueryable();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                institutions = institutions.Where(i => i.Name.Contains(term) || i.CreditCode.Contains(term));
            }

            return alerts.Join(institutions, a => a.InstitutionId, i => i.Id, (a, i) => new Joined { A = a, I = i });
        }

        private static readonly Dictionary<string, Func<IQueryable<Joined>, bool, IOrderedQueryable<Joined>>> Sorts = new()
        {
            ["severity"] = (q, d) => q.Order(r => r.A.Severity, d).ThenOrder(r => r.A.AmountFen, d).ThenOrder(r => r.A.Id, d),
            ["amount"] = (q, d) => q.Order(r => r.A.AmountFen, d).ThenOrder(r => r.A.Id, d),
            ["raised"] = (q, d) => q.Order(r => r.A.RaisedAt, d).ThenOrder(r => r.A.Id, d),
            ["kind"] = (q, d) => q.Order(r => r.A.Kind, d).ThenOrder(r => r.A.Id, d),
        };

        private static IQueryable<Joined> Sorted(IQueryable<Joined> rows, PageRequest page) =>
            rows.SortBy(page.Sort is null ? page with { Sort = "severity", Descending = true } : page, Sorts, "severity");
    }
}

/// <summary>The alert list as Excel, with the page's filter; audited.</summary>
public static class ExportAlerts
{
    internal sealed class Handler(ListAlerts.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListAlerts.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, ct);
            var file = await ExcelFile.WriteAsync($"资金风险预警_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "风险预警", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(RiskAlert), "", $"导出资金风险预警 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListAlerts.Row r) =>
        [
            new("机构名称", r.InstitutionName),
            new("预警类型", TrainingNames.Of(r.Kind)),
            new("等级", TrainingNames.Of(r.Severity)),
            new("状态", TrainingNames.Of(r.Status)),
            new("依据", r.Evidence),
            new("涉及金额(元)", r.AmountFen / 100m),
            new("首次预警", Local(r.RaisedAt)),
            new("最近确认", Local(r.LastSeenAt)),
            new("处置人", r.HandledBy),
            new("处置意见", r.HandlingNote),
        ];

        private static string Local(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}

/// <summary>处置预警: the officer records what was done; the alert stays until its condition is gone, when the scan resolves it.</summary>
public static class HandleAlert
{
    public sealed record Command(Guid AlertId, string Note);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Funds);
            var note = command.Note.Trim();
            if (note.Length is 0 or > 1000)
            {
                throw new InvalidInputException(nameof(Command.Note), "请填写处置意见（不超过 1000 字）");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == command.AlertId, ct) ?? throw new NotFoundException("没有找到该预警。");
            if (alert.Status != AlertStatus.Open)
            {
                throw new ConflictException($"该预警当前为“{TrainingNames.Of(alert.Status)}”，无需再处置。");
            }

            alert.Status = AlertStatus.Handled;
            alert.HandledAt = clock.GetUtcNow().UtcDateTime;
            alert.HandledBy = user.Name;
            alert.HandlingNote = note;
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>立即重新计算: the officer runs the scan over every institution now instead of waiting for the hour.</summary>
public static class RecomputeNow
{
    internal sealed class Handler(CurrentUserAccessor users, DeemOverdue.Handler deem)
    {
        public async Task<DeemOverdue.Outcome> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Funds);
            return await deem.HandleAsync(ct);
        }
    }
}
