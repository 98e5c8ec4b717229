using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>The school list as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportSchools
{
    internal sealed class Handler(ListSchools.Handler list, IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListSchools.Query query, CancellationToken ct = default)
        {
            var all = await list.HandleAsync(query with { Page = new PageRequest(1, PageRequest.MaxSize, "code") }, ct);
            var schools = new List<ListSchools.Row>(all.Items);
            for (var page = 2; page <= all.PageCount; page++)
            {
                schools.AddRange((await list.HandleAsync(query with { Page = new PageRequest(page, PageRequest.MaxSize, "code") }, ct)).Items);
            }

            var details = await DetailsAsync(schools.Select(s => s.Id).ToList(), ct);
            var rows = schools.Select(s => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("学校标识码", s.Code),
                new("学校名称", s.Name),
                new("学校类型", StageNames.Of(s.Type)),
                new("办学性质", StageNames.Of(s.Ownership)),
                new("行政区划代码", details[s.Id].RegionCode),
                new("学区", s.Zone ?? ""),
                new("教育集团", s.Group ?? ""),
                new("校长", details[s.Id].Principal),
                new("联系电话", details[s.Id].Phone),
                new("建校日期", details[s.Id].FoundedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("主校区地址", details[s.Id].MainCampusAddress),
                new("在校生", s.Students),
                new("在岗教职工", s.Staff),
            ]);
            var file = await ExcelFile.WriteAsync($"学校名单_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学校名单", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "School", "", $"导出学校名单 {schools.Count} 条", users.User, ct);
            return file;
        }

        /// <summary>The columns the school import template has beyond the list page's, so that an export can be imported again.</summary>
        private async Task<Dictionary<Guid, Detail>> DetailsAsync(List<Guid> ids, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var details = new Dictionary<Guid, Detail>();
            foreach (var chunk in ids.Chunk(500))
            {
                var found = await db.Schools.Where(s => chunk.Contains(s.Id))
                    .Select(s => new Detail(s.Id, s.RegionCode, s.Principal, s.Phone, s.FoundedOn,
                        db.Campuses.Where(c => c.SchoolId == s.Id && c.IsMain).Select(c => c.Address).FirstOrDefault() ?? ""))
                    .ToListAsync(ct);
                foreach (var detail in found)
                {
                    details[detail.Id] = detail;
                }
            }

            return details;
        }
    }

    private sealed record Detail(Guid Id, string RegionCode, string Principal, string Phone, DateOnly FoundedOn, string MainCampusAddress);
}
