using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;

namespace EduGov.Platform.Importing;

/// <summary>
/// What users see of one kind of import: its key (used in URLs and on the command line), its Chinese title, the permission
/// it needs, the template's columns with their rules, and the row limit.
/// </summary>
public sealed record ImportDefinition(string Key, string Title, string Permission, IReadOnlyList<ImportColumn> Columns, int MaxRows = 200_000)
{
    /// <summary>Only users whose scope is the whole bureau may run it (e.g. registering new schools).</summary>
    public bool BureauOnly { get; init; }

    public bool Allows(CurrentUser user) => user.Has(Permission) && (!BureauOnly || user.Scope.Kind == ScopeKind.Bureau);

    public void Demand(CurrentUser user)
    {
        user.Demand(Permission);
        if (BureauOnly && user.Scope.Kind != ScopeKind.Bureau)
        {
            throw new ForbiddenException($"只有教育局可以批量导入{Title}。");
        }
    }

    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];

    public IReadOnlyList<string> RequiredHeaders => [.. Columns.Where(c => c.Required).Select(c => c.Header)];

    /// <summary>The data sheet's name in the template; uploads are read from it, or from the first sheet when it is absent.</summary>
    public string SheetName => Title;

    /// <summary>The example row's values in column order, when the kind gives one (see <see cref="ImportColumn.Example"/>).</summary>
    public IReadOnlyList<string>? Example => Columns.Any(c => c.Example.Length > 0) ? [.. Columns.Select(c => c.Example)] : null;

    public Task<ExcelFile> TemplateAsync(CancellationToken ct) =>
        ExcelFile.WriteTemplateAsync($"{Title}导入模板.xlsx", SheetName, Headers, [.. Columns.Select(c => (c.Header, c.Required ? $"{c.Rule}（必填）" : c.Rule))], Example, ct);
}

/// <summary>One template column: its Chinese header, whether it must be filled, and how to fill it.</summary>
public sealed record ImportColumn(string Header, bool Required, string Rule)
{
    /// <summary>The column's value in the template's example row (its own sheet, so that an untouched template imports nothing).</summary>
    public string Example { get; init; } = "";
}

/// <summary>Where an import is: the phase in Chinese, and rows done of the phase's total.</summary>
public sealed record ImportProgress(string Phase, int Done, int Total)
{
    public double Fraction => Total == 0 ? 0 : Math.Clamp((double)Done / Total, 0, 1);
}

/// <summary>The phases every import goes through, in order.</summary>
public static class ImportPhases
{
    public const string Reading = "读取文件";
    public const string Checking = "逐行校验";
    public const string Writing = "写入数据库";
}

/// <summary>
/// One kind of import (schools, classes, pupils …), owned by the module whose data it writes. <see cref="RunAsync"/> checks
/// every row and returns every problem; only when there are none and it is not a dry run does it write all rows in one transaction.
/// </summary>
public interface IImportKind
{
    ImportDefinition Definition { get; }

    Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct);
}

/// <summary>The outcome of an import: rows read, every error, the error workbook when there were errors, and whether anything was written.</summary>
public sealed record ImportResult(int Rows, IReadOnlyList<ImportError> Errors, ExcelFile? ErrorWorkbook, bool Written)
{
    public bool Succeeded => Errors.Count == 0;
}
