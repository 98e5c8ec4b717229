using System.Globalization;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Audit;

/// <summary>The audit chain, newest first, filtered by actor, action, record and date; and a check that the chain is unbroken.</summary>
public static class ListAuditEvents
{
    public sealed record Query(string? ActorName = null, string? Action = null, string? EntityType = null, string? EntityId = null, DateOnly? From = null, DateOnly? To = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(long Sequence, DateTime OccurredAt, string ActorName, string Action, string Module, string EntityType, string EntityId, string? Changes, string? Note);

    public const int MaxExportRows = 200_000;

    internal sealed class Handler(IDbContextFactory<PlatformDbContext> contexts, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(PlatformPermissions.AuditRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await Filter(db.AuditEvents.AsNoTracking(), query)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new Row(e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.Module, e.EntityType, e.EntityId, e.Changes, e.Note))
                .ToPageAsync(query.Page, ct);
        }

        /// <summary>The filtered events as Excel, newest first, up to <see cref="MaxExportRows"/>; the export itself is audited.</summary>
        public async Task<ExcelFile> ExportAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(PlatformPermissions.AuditRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var events = Filter(db.AuditEvents.AsNoTracking(), query);
            var count = await events.CountAsync(ct);
            if (count > MaxExportRows)
            {
                throw new InvalidInputException(nameof(Query.From), $"符合条件的记录有 {count:N0} 条，超过单次导出上限 {MaxExportRows:N0} 条：请缩小日期范围或增加筛选条件。");
            }

            var rows = await events.OrderByDescending(e => e.Sequence)
                .Select(e => new Row(e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.Module, e.EntityType, e.EntityId, e.Changes, e.Note))
                .ToListAsync(ct);
            var file = await ExcelFile.WriteAsync($"审计日志_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "审计日志", rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("序号", r.Sequence),
                new("时间", ChinaTime.ToLocal(r.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                new("操作人", r.ActorName),
                new("操作", AuditActions.DisplayName(r.Action)),
                new("模块", r.Module),
                new("对象类型", r.EntityType),
                new("对象编号", r.EntityId),
                new("变更内容", r.Changes ?? ""),
                new("说明", r.Note ?? ""),
            ]), ct);
            await audit.RecordAsync(AuditActions.Export, PlatformDbContext.Module, "AuditEvent", "", $"导出审计日志 {rows.Count} 条", user, ct);
            return file;
        }

        /// <summary>Checks the whole chain; see <see cref="AuditLog.VerifyChainAsync"/>.</summary>
        public Task<AuditChainReport> VerifyAsync(CancellationToken ct = default)
        {
            users.User.Demand(PlatformPermissions.AuditRead);
            return audit.VerifyChainAsync(ct);
        }

        private static IQueryable<AuditEvent> Filter(IQueryable<AuditEvent> events, Query query)
        {
            if (!string.IsNullOrWhiteSpace(query.ActorName))
            {
                var actor = query.ActorName.Trim();
                events = events.Where(e => e.ActorName.Contains(actor));
            }

            if (!string.IsNullOrWhiteSpace(query.Action))
            {
                events = events.Where(e => e.Action == query.Action);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityType))
            {
                var type = query.EntityType.Trim();
                events = events.Where(e => e.EntityType == type);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityId))
            {
                var id = query.EntityId.Trim();
                events = events.Where(e => e.EntityId == id);
            }

            if (query.From is { } from)
            {
                var start = StartOfLocalDay(from);
                events = events.Where(e => e.OccurredAt >= start);
            }

            if (query.To is { } to)
            {
                var end = StartOfLocalDay(to.AddDays(1));
                events = events.Where(e => e.OccurredAt < end);
            }

            return events;
        }

        private static DateTime StartOfLocalDay(DateOnly day) =>
            TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChinaTime.Zone);
    }
}
