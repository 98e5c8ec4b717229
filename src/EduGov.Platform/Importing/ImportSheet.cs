using System.Globalization;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using MiniExcelLibs;

namespace EduGov.Platform.Importing;

/// <summary>
/// One data row of an uploaded sheet: its spreadsheet row number and its cells as text, read by Chinese header.
/// Rows share one header index and hold a plain array, so that a file of a district's pupils fits in memory.
/// </summary>
public sealed class ImportRow(int rowNumber, IReadOnlyDictionary<string, int> columns, string[] values)
{
    public int RowNumber => rowNumber;

    public string this[string column] => columns.TryGetValue(column, out var index) ? values[index] : "";

    public bool IsBlank => values.All(v => v.Length == 0);
}

/// <summary>A problem with one cell (or a whole row when <see cref="Column"/> is empty), in Chinese.</summary>
public sealed record ImportError(int RowNumber, string Column, string Message);

/// <summary>The rows of the data sheet, and the cells whose value Excel has already damaged (long numbers).</summary>
public sealed record ImportSheetContent(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> CellErrors);

/// <summary>
/// Reads an uploaded .xlsx into text rows, refusing files that are not usable with a clear Chinese message
/// (not xlsx, encrypted, empty, wrong sheet, headers missing, formulas, merged cells, too many rows), and writes the error workbook users fix and re-upload.
/// </summary>
public static class ImportSheet
{
    public const string ErrorColumn = "错误说明";

    /// <summary>Numbers above this lose digits in Excel (it keeps 15 significant digits), e.g. an ID number typed as a number.</summary>
    private const double ExactNumberLimit = 999_999_999_999_999;

    public static async Task<ImportSheetContent> ReadAsync(Stream file, ImportDefinition definition, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        EnsureXlsx(buffer);
        var sheet = ChooseSheet(buffer, definition.SheetName);
        WorkbookStructure.EnsureUsable(buffer, sheet, definition.MaxRows);
        EnsureHeaders(buffer, sheet, definition.RequiredHeaders);
        var rows = new List<ImportRow>();
        var cellErrors = new List<ImportError>();
        try
        {
            buffer.Position = 0;
            Dictionary<string, int>? columns = null;
            foreach (var (cells, index) in buffer.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().Select((c, i) => (c, i)))
            {
                ct.ThrowIfCancellationRequested();
                if (rows.Count == definition.MaxRows)
                {
                    throw new InvalidInputException("file", $"文件超过 {definition.MaxRows:N0} 行的上限，请拆分后分批导入。");
                }

                columns ??= ColumnIndex(cells.Keys);
                var rowNumber = index + 2;
                var values = new string[columns.Count];
                foreach (var (header, value) in cells)
                {
                    if (columns.TryGetValue(header.Trim(), out var column) && values[column] is null)
                    {
                        values[column] = AsText(value);
                        if (value is double number && Math.Abs(number) > ExactNumberLimit)
                        {
                            cellErrors.Add(new ImportError(rowNumber, header.Trim(), "该单元格被 Excel 存成了数字，超过 15 位的部分已经丢失：请把整列设为“文本”格式后重新填写"));
                        }
                    }
                }

                for (var i = 0; i < values.Length; i++)
                {
                    values[i] ??= "";
                }

                rows.Add(new ImportRow(rowNumber, columns, values));
            }
        }
        catch (Exception e) when (e is not DomainException and not OperationCanceledException)
        {
            throw new InvalidInputException("file", $"无法读取该 Excel 文件（{e.GetType().Name}）：请用 Excel 或 WPS 另存为 .xlsx 后重试。");
        }

        var data = rows.Where(r => !r.IsBlank).ToList();
        return data.Count > 0
            ? new ImportSheetContent(data, cellErrors)
            : throw new InvalidInputException("file", "文件中没有数据行：请在表头下方填写后再上传。");
    }

    /// <summary>The uploaded rows again, each followed by the reasons it was refused.</summary>
    public static Task<ExcelFile> ErrorWorkbookAsync(string fileName, IReadOnlyList<string> headers, IReadOnlyList<ImportRow> rows, IReadOnlyList<ImportError> errors, CancellationToken ct)
    {
        var byRow = errors.GroupBy(e => e.RowNumber).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => e.Column.Length == 0 ? e.Message : $"{e.Column}：{e.Message}")));
        var table = rows.Select(row => (IReadOnlyList<KeyValuePair<string, object?>>)
        [
            new("行号", row.RowNumber),
            .. headers.Select(h => new KeyValuePair<string, object?>(h, row[h])),
            new(ErrorColumn, byRow.GetValueOrDefault(row.RowNumber, "")),
        ]);
        return ExcelFile.WriteAsync(fileName, "错误报告", table, ct);
    }

    private static Dictionary<string, int> ColumnIndex(IEnumerable<string> headers)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var header in headers.Select(h => h.Trim()).Where(h => h.Length > 0))
        {
            columns.TryAdd(header, columns.Count);
        }

        return columns;
    }

    private static void EnsureXlsx(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer();
        if (buffer.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            throw new InvalidInputException("file", "该文件已加密，或是旧版 .xls 格式：请取消密码保护并另存为 .xlsx 后重试。");
        }

        if (buffer.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new InvalidInputException("file", buffer.Length == 0 ? "上传的文件是空的。" : "上传的文件不是 Excel（.xlsx）文件：请使用下载的模板填写。");
        }
    }

    private static string ChooseSheet(MemoryStream buffer, string preferred)
    {
        buffer.Position = 0;
        List<string> names;
        try
        {
            names = buffer.GetSheetNames();
        }
        catch (Exception e) when (e is not DomainException)
        {
            throw new InvalidInputException("file", $"无法读取该 Excel 文件（{e.GetType().Name}）：请用 Excel 或 WPS 另存为 .xlsx 后重试。");
        }

        return names.Contains(preferred) ? preferred
            : names.Count > 0 ? names[0]
            : throw new InvalidInputException("file", "文件中没有工作表。");
    }

    private static void EnsureHeaders(MemoryStream buffer, string sheet, IReadOnlyList<string> requiredHeaders)
    {
        buffer.Position = 0;
        var headerRow = buffer.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().FirstOrDefault();
        var present = headerRow?.Values.Select(AsText).ToHashSet(StringComparer.Ordinal) ?? [];
        var missing = requiredHeaders.Where(h => !present.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException("file", $"工作表“{sheet}”的表头缺少或被改名：{string.Join("、", missing)}。请使用下载的模板，数据填在“{sheet}”工作表，不要修改第一行。");
        }
    }

    private static string AsText(object? value) => value switch
    {
        null => "",
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
