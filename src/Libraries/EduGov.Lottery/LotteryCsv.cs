using System.Globalization;
using System.Text;

namespace EduGov.Lottery;

/// <summary>
/// The lottery's file formats, as text (the caller reads and writes the files, UTF-8 without BOM):
/// the applicants CSV, whose header has a column <c>token</c> (other columns are ignored), and the draw CSV
/// <c>rank,token,number,selected</c>. Fields follow RFC 4180 (commas, double quotes); lines end in "\n".
/// </summary>
public static class LotteryCsv
{
    /// <summary>The header line of a draw file.</summary>
    public const string DrawHeader = "rank,token,number,selected";

    /// <summary>The tokens of an applicants CSV, in file order, taken exactly as written (no trimming).</summary>
    /// <exception cref="LotteryInputException">The file is empty, has no single <c>token</c> column, or a row lacks it.</exception>
    public static IReadOnlyList<string> ReadTokens(string csv) =>
        [.. Rows(csv, "申请人文件", ["token"]).Select(row => row[0])];

    /// <summary>The rows of a published draw CSV (columns found by name; others ignored), values exactly as written.</summary>
    /// <exception cref="LotteryInputException">The file is empty, lacks one of the four columns, or a row is short.</exception>
    public static IReadOnlyList<PublishedDrawRow> ReadDraw(string csv) =>
        [.. Rows(csv, "摇号结果文件", ["rank", "token", "number", "selected"]).Select(row => new PublishedDrawRow(row[0], row[1], row[2], row[3]))];

    /// <summary>The draw file: the header, then one line per applicant by rank; number in lower-case hex, selected <c>true</c>/<c>false</c>.</summary>
    public static string WriteDraw(DrawResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder(DrawHeader).Append('\n');
        foreach (var row in result.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Rank},{Quote(row.Token)},{row.Number},{(row.Selected ? "true" : "false")}\n");
        }

        return text.ToString();
    }

    /// <summary>RFC 4180 quoting, only where needed (as Python's csv module writes).</summary>
    private static string Quote(string field) =>
        field.AsSpan().ContainsAny(",\"\r\n") ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static IEnumerable<string[]> Rows(string csv, string file, string[] columns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvRecords.Parse(csv);
        if (records.Count == 0)
        {
            throw new LotteryInputException($"{file}为空：第一行应为表头，含 {string.Join("、", columns)} 列。");
        }

        var indexes = columns.Select(column => ColumnIndex(records[0], column, file)).ToArray();
        return records.Skip(1).Select(record => indexes.Select(index => Field(record, index, file, columns)).ToArray());
    }

    private static int ColumnIndex(CsvRecord header, string column, string file)
    {
        var count = header.Fields.Count(name => string.Equals(name, column, StringComparison.Ordinal));
        return count == 1
            ? header.Fields.ToList().IndexOf(column)
            : throw new LotteryInputException(count == 0
                ? $"{file}的表头缺少 {column} 列（表头为：{string.Join(",", header.Fields)}）。"
                : $"{file}的表头中 {column} 列出现了 {count} 次。");
    }

    private static string Field(CsvRecord record, int index, string file, string[] columns) =>
        index < record.Fields.Count
            ? record.Fields[index]
            : throw new LotteryInputException($"{file}第 {record.Line} 行的列数少于表头，缺少 {string.Join("、", columns)} 中的值。");
}
