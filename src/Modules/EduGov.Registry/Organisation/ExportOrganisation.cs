using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Data;

namespace EduGov.Registry.Organisation;

/// <summary>Zones and education groups as Excel, with the school counts the user can see; audited.</summary>
public static class ExportOrganisation
{
    internal sealed class Handler(ListOrganisation.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(CancellationToken ct = default)
        {
            var organisation = await list.HandleAsync(ct);
            var rows = organisation.Zones.Select(z => Row("学区", z)).Concat(organisation.Groups.Select(g => Row("教育集团", g))).ToList();
            var file = await ExcelFile.WriteAsync($"学区与集团_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学区与集团", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "Organisation", "", $"导出学区 {organisation.Zones.Count} 个、教育集团 {organisation.Groups.Count} 个", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> Row(string kind, ListOrganisation.Unit unit) =>
        [
            new("类型", kind),
            new("名称", unit.Name),
            new("说明", unit.Description),
            new("学校数", unit.Schools),
            new("牵头学校", unit.LeadSchool ?? ""),
        ];
    }
}
