using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Complaints;

/// <summary>The complaint queue as Excel with the page's filter (complainants left out); audited.</summary>
public static class ExportComplaints
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListComplaints.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListComplaints.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var file = await ExcelFile.WriteAsync($"投诉台账_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "投诉台账", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(Complaint), "", $"导出投诉台账 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListComplaints.Row r) =>
        [
            new("投诉编号", r.Number),
            new("渠道", ComplaintsNames.Of(r.Channel)),
            new("被投诉机构", r.InstitutionName),
            new("是否登记机构", r.InstitutionId is null ? "否" : "是"),
            new("类别", ComplaintsNames.Of(r.Category)),
            new("投诉内容", r.Text),
            new("受理日期", Day(r.ReceivedOn)),
            new("答复期限", Day(r.AnswerDue)),
            new("状态", ComplaintsNames.Of(r.Status)),
            new("承办人", r.AssigneeName),
            new("已用天数", r.AgeDays),
            new("是否逾期", r.Overdue ? "是" : "否"),
        ];

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
