using EduGov.Inspection.Data;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Bulletins;

/// <summary>The bulletin as a Word 公文 or as an Excel workbook, composed with the same scope rules as the page; every download is audited.</summary>
public static class ExportBulletin
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    internal sealed class Handler(ComposeBulletin.Handler composer, IRegistryDirectory registry, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<File> WordAsync(ComposeBulletin.Query query, CancellationToken ct = default)
        {
            var bulletin = await composer.HandleAsync(query, ct);
            var content = BulletinDocument.Compose(bulletin, (await registry.BureauAsync(ct))?.Name ?? "", ChinaTime.Today(clock));
            await RecordAsync(bulletin, "Word", ct);
            return new File($"{FileStem(bulletin)}.docx", OfficialDocument.ContentType, content);
        }

        public async Task<File> ExcelAsync(ComposeBulletin.Query query, CancellationToken ct = default)
        {
            var bulletin = await composer.HandleAsync(query, ct);
            var excel = await ExcelFile.WriteSheetsAsync($"{FileStem(bulletin)}.xlsx", BulletinWorkbook.Sheets(bulletin), ct);
            await RecordAsync(bulletin, "Excel", ct);
            return new File(excel.FileName, ExcelFile.ContentType, excel.Content);
        }

        private static string FileStem(ComposeBulletin.Bulletin bulletin) => $"督导通报_{bulletin.PeriodName}_{bulletin.ScopeName}";

        private Task RecordAsync(ComposeBulletin.Bulletin bulletin, string format, CancellationToken ct) =>
            audit.RecordAsync(AuditActions.Export, InspectionDbContext.Module, "Bulletin", bulletin.Query.UnitId?.ToString() ?? "",
                $"导出督导通报（{format}）：{bulletin.Title}，统计至 {BulletinFormat.Iso(bulletin.To)}", users.User, ct);
    }
}
