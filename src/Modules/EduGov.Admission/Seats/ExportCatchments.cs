using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;

namespace EduGov.Admission.Seats;

/// <summary>
/// The catchment rules as Excel, with the page's filter and the user's scope; audited. The first seven columns are the
/// import template's, so an exported list can be edited and imported again.
/// </summary>
public static class ExportCatchments
{
    internal sealed class Handler(ListCatchments.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListCatchments.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, ct);
            var file = await ExcelFile.WriteAsync($"对口地段_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", ImportCatchments.Definition.SheetName, rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(CatchmentRule), "", $"导出对口地段 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListCatchments.Row r) =>
        [
            new(ImportCatchments.Code, r.SchoolCode),
            new(ImportCatchments.Street, r.Street),
            new(ImportCatchments.FromNumber, r.FromNumber),
            new(ImportCatchments.ToNumber, r.ToNumber),
            new(ImportCatchments.Parity, CatchmentRules.ParityName(r.Parity)),
            new(ImportCatchments.Estate, r.Estate),
            new(ImportCatchments.Note, r.Note),
            new("学校名称", r.SchoolName),
            new("地段说明", r.Description),
        ];
    }
}
