using MiniExcelLibs;

namespace EduGov.Platform.Exporting;

/// <summary>An .xlsx download: Chinese column headers in the order given, one sheet.</summary>
public sealed record ExcelFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<ExcelFile> WriteAsync(string fileName, string sheetName, IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var table = rows.Select(row => row.ToDictionary(cell => cell.Key, cell => cell.Value));
        await stream.SaveAsAsync(table, sheetName: sheetName, cancellationToken: ct);
        return new ExcelFile(fileName, stream.ToArray());
    }

    /// <summary>A workbook of several tables, one sheet each, in the order given; a sheet keeps its header row when it has no rows.</summary>
    public static async Task<ExcelFile> WriteSheetsAsync(string fileName, IReadOnlyList<ExcelSheet> sheets, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var workbook = sheets.ToDictionary(s => s.Name, s => (object)s.Rows.Prepend(s.Headers.Cast<object?>().ToList()).Select(row => s.Headers
            .Select((header, column) => (header, value: column < row.Count ? row[column] : null))
            .ToDictionary(cell => cell.header, cell => cell.value)));
        await stream.SaveAsAsync(workbook, printHeader: false, cancellationToken: ct);
        return new ExcelFile(fileName, stream.ToArray());
    }

    public const string ExampleSheet = "填写示例";

    /// <summary>
    /// An import template: the header row alone on the data sheet, a sheet explaining every column, and, when
    /// <paramref name="example"/> is given, a sheet with the headers and that one example row.
    /// </summary>
    public static async Task<ExcelFile> WriteTemplateAsync(
        string fileName, string dataSheet, IReadOnlyList<string> headers, IReadOnlyList<(string Column, string Rule)> rules, IReadOnlyList<string>? example, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var headerRow = new[] { headers.ToDictionary(h => h, h => (object?)h) };
        var explanation = rules.Prepend((Column: "列名", Rule: "填写要求")).Select(r => new Dictionary<string, object?> { ["列名"] = r.Column, ["填写要求"] = r.Rule });
        var sheets = new Dictionary<string, object> { [dataSheet] = headerRow };
        if (example is not null)
        {
            sheets[ExampleSheet] = headerRow.Append(headers.Select((h, i) => (h, value: (object?)(i < example.Count ? example[i] : ""))).ToDictionary(c => c.h, c => c.value));
        }

        sheets["填写说明"] = explanation;

        await stream.SaveAsAsync(sheets, printHeader: false, cancellationToken: ct);
        return new ExcelFile(fileName, stream.ToArray());
    }
}

/// <summary>One sheet of <see cref="ExcelFile.WriteSheetsAsync"/>: Chinese column headers and the rows' values in that order.</summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
