using EduGov.Platform.Errors;
using EduGov.Platform.Security;

namespace EduGov.Platform.Importing;

/// <summary>Runs any import kind for the current user: permission, reading the sheet, checking, writing, and the error workbook.</summary>
public sealed class ImportRunner(IEnumerable<IImportKind> kinds, CurrentUserAccessor users)
{
    public IImportKind Kind(string key) =>
        kinds.FirstOrDefault(k => k.Definition.Key == key) ?? throw new NotFoundException($"没有名为“{key}”的导入类型。");

    public async Task<ImportResult> RunAsync(string kindKey, Stream file, string fileName, bool dryRun, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var kind = Kind(kindKey);
        kind.Definition.Demand(users.User);
        progress ??= new Progress<ImportProgress>();
        progress.Report(new ImportProgress(ImportPhases.Reading, 0, 1));
        var sheet = await ImportSheet.ReadAsync(file, kind.Definition, ct);
        var rowErrors = await kind.RunAsync(sheet.Rows, fileName, dryRun || sheet.CellErrors.Count > 0, progress, ct);
        var errors = sheet.CellErrors.Concat(rowErrors.Where(e => !sheet.CellErrors.Any(c => c.RowNumber == e.RowNumber && c.Column == e.Column))).ToList();
        if (errors.Count == 0)
        {
            return new ImportResult(sheet.Rows.Count, [], null, Written: !dryRun);
        }

        var ordered = errors.OrderBy(e => e.RowNumber).ToList();
        var workbook = await ImportSheet.ErrorWorkbookAsync($"{Path.GetFileNameWithoutExtension(fileName)}_错误报告.xlsx", kind.Definition.Headers, sheet.Rows, ordered, ct);
        return new ImportResult(sheet.Rows.Count, ordered, workbook, Written: false);
    }
}
