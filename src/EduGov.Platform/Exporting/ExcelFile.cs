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
}
