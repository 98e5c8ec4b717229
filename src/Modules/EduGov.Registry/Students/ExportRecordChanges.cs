using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;

namespace EduGov.Registry.Students;

/// <summary>The record-change queue as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportRecordChanges
{
    internal sealed class Handler(ListRecordChanges.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListRecordChanges.Query query, CancellationToken ct = default)
        {
            var changes = new List<ListRecordChanges.Row>();
            PageResult<ListRecordChanges.Row> page;
            var number = 1;
            do
            {
                page = await list.HandleAsync(query with { Page = new PageRequest(number++, PageRequest.MaxSize) }, ct);
                changes.AddRange(page.Items);
            }
            while (page.Page < page.PageCount);

            var rows = changes.Select(c => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("学生", c.StudentName),
                new("异动类型", StageNames.Of(c.Kind)),
                new("生效日期", c.EffectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("原学校", c.FromSchool),
                new("转入学校", c.ToSchool ?? ""),
                new("原因", c.Reason),
                new("状态", StageNames.Of(c.Status)),
                new("申请人", c.RequestedBy),
                new("申请时间", ChinaTime.ToLocal(c.RequestedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            ]);
            var file = await ExcelFile.WriteAsync($"学籍异动_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学籍异动", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "RecordChange", "", $"导出学籍异动 {changes.Count} 条", users.User, ct);
            return file;
        }
    }
}
