using System.Globalization;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;

namespace EduGov.Inspection.Issues;

/// <summary>The issue list as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportIssues
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListIssues.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListIssues.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var file = await ExcelFile.WriteAsync($"问题清单_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "问题清单", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, InspectionDbContext.Module, nameof(Issue), "", $"导出问题清单 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListIssues.Row r) =>
        [
            new("问题编号", r.Number),
            new("学校", r.SchoolName),
            new("督导事项", InspectionNames.Of(r.Item)),
            new("严重程度", InspectionNames.Of(r.Severity)),
            new("来源", InspectionNames.Of(r.Source)),
            new("问题描述", r.Description),
            new("下达日期", Day(r.OpenedOn)),
            new("整改期限", Day(r.Deadline)),
            new("状态", InspectionNames.Of(r.Status)),
            new("逾期天数", r.DaysOverdue),
            new("已上报教育局", r.Escalated ? "是" : "否"),
            new("销号日期", r.ClosedOn is { } closed ? Day(closed) : ""),
        ];

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
