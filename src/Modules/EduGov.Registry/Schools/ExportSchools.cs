using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;

namespace EduGov.Registry.Schools;

/// <summary>The school list as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportSchools
{
    internal sealed class Handler(ListSchools.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListSchools.Query query, CancellationToken ct = default)
        {
            var all = await list.HandleAsync(query with { Page = new PageRequest(1, PageRequest.MaxSize, "code") }, ct);
            var schools = new List<ListSchools.Row>(all.Items);
            for (var page = 2; page <= all.PageCount; page++)
            {
                schools.AddRange((await list.HandleAsync(query with { Page = new PageRequest(page, PageRequest.MaxSize, "code") }, ct)).Items);
            }

            var rows = schools.Select(s => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("学校标识码", s.Code),
                new("学校名称", s.Name),
                new("学校类型", StageNames.Of(s.Type)),
                new("办学性质", StageNames.Of(s.Ownership)),
                new("学区", s.Zone ?? ""),
                new("教育集团", s.Group ?? ""),
                new("在校生", s.Students),
                new("在岗教职工", s.Staff),
            ]);
            var file = await ExcelFile.WriteAsync($"学校名单_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学校名单", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "School", "", $"导出学校名单 {schools.Count} 条", users.User, ct);
            return file;
        }
    }
}
