using System.Globalization;
using EduGov.Inspection.Data;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// The 办学条件 list of a year as Excel, with the page's search and the user's scope; audited. The first seven columns are
/// the import template's, so a filled-in export can be imported again (schools not yet reported have empty figures).
/// </summary>
public static class ExportFacilities
{
    internal sealed class Handler(ListFacilities.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListFacilities.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, ct);
            var table = rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new(ImportFacilities.Code, r.Code),
                new(ImportFacilities.Name, r.Name),
                new(ImportFacilities.Year, query.Year),
                new(ImportFacilities.TeachingSpace, r.Values?.TeachingSpaceSquareMetres),
                new(ImportFacilities.SportsSpace, r.Values?.SportsSpaceSquareMetres),
                new(ImportFacilities.EquipmentValue, r.Values?.EquipmentValueYuan),
                new(ImportFacilities.MultimediaClassrooms, r.Values?.MultimediaClassrooms),
                new("学校类型", StageNames.Of(r.Type)),
                new("学区", r.Zone ?? ""),
                new("填报人", r.UpdatedBy ?? "未填报"),
                new("填报时间", r.UpdatedAt is { } at ? ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : ""),
            ]);
            var file = await ExcelFile.WriteAsync($"办学条件_{query.Year}_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "办学条件", table, ct);
            await audit.RecordAsync(AuditActions.Export, InspectionDbContext.Module, "SchoolFacilities", "", $"导出{query.Year}年度办学条件 {rows.Count} 条", users.User, ct);
            return file;
        }
    }
}
