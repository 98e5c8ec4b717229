using System.Globalization;
using System.Text;
using EduGov.Platform.Errors;
using EduGov.Platform.Importing;

namespace EduGov.Training.Funds;

/// <summary>
/// Reads a bank statement export, Excel (.xlsx) or CSV (UTF-8 or GB18030, as Chinese banks write it), into rows by the
/// Chinese headers the banks use: 交易日期, 金额(元), 收/付, 对方户名, 摘要/附言, 余额(元).
/// </summary>
internal static class StatementFile
{
    public const string Date = "交易日期";
    public const string Amount = "金额(元)";
    public const string Direction = "收/付";
    public const string Counterparty = "对方户名";
    public const string Memo = "摘要/附言";
    public const string Balance = "余额(元)";
    public const int MaxRows = 20_000;

    public static readonly ImportDefinition Definition = new("bank-statement", "银行流水", TrainingPermissions.Funds,
    [
        new(Date, true, "交易日期，如 2026-11-05"),
        new(Amount, true, "交易金额（元），正数，最多两位小数"),
        new(Direction, true, "“收”（存入监管账户）或“付”（从监管账户付出）"),
        new(Counterparty, false, "对方户名"),
        new(Memo, false, "摘要或附言；收款、拨付、退费的流水号写在这里便于对账"),
        new(Balance, true, "交易后账户余额（元）"),
    ], MaxRows);

    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(string fileName, byte[] content, CancellationToken ct)
    {
        if (content.Length == 0)
        {
            throw new InvalidInputException("file", "文件是空的。");
        }

        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ReadCsv(content);
        }

        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException("file", "只支持 Excel（.xlsx）或 CSV（.csv）格式的银行流水。");
        }

        using var stream = new MemoryStream(content);
        return (await ImportSheet.ReadAsync(stream, Definition, ct)).Rows;
    }

    private static List<ImportRow> ReadCsv(byte[] content)
    {
        var lines = Split(Decode(content));
        if (lines.Count == 0)
        {
            throw new InvalidInputException("file", "文件中没有数据。");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (header, index) in lines[0].Select((h, i) => (h.Trim(), i)))
        {
            columns.TryAdd(header, index);
        }

        var missing = Definition.RequiredHeaders.Where(h => !columns.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException("file", $"缺少必填列：{string.Join("、", missing)}。第一行须是表头。");
        }

        if (lines.Count - 1 > MaxRows)
        {
            throw new InvalidInputException("file", $"文件超过 {MaxRows:N0} 行的上限，请按月拆分后导入。");
        }

        var rows = new List<ImportRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            var values = new string[columns.Count];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = c < lines[i].Count ? lines[i][c].Trim() : "";
            }

            var row = new ImportRow(i + 1, columns, values);
            if (!row.IsBlank)
            {
                rows.Add(row);
            }
        }

        return rows.Count > 0 ? rows : throw new InvalidInputException("file", "文件中没有数据行。");
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    /// <summary>RFC 4180: commas, quoted fields with doubled quotes, CRLF or LF.</summary>
    private static List<List<string>> Split(string text)
    {
        var lines = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                lines.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            lines.Add(fields);
        }

        return lines;
    }

    /// <summary>"1,234.56" or "１２３４.５" → fen; null when not an amount with at most two decimals.</summary>
    public static long? Fen(string text)
    {
        var normalized = Standards.DigitNormalizer.Normalize(text).Replace(",", "", StringComparison.Ordinal).Replace("¥", "", StringComparison.Ordinal);
        if (!decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Round(yuan, 2) != yuan || Math.Abs(yuan) > 1_000_000_000m)
        {
            return null;
        }

        return (long)(yuan * 100);
    }

    public static DateOnly? Day(string text)
    {
        var normalized = Standards.DigitNormalizer.Normalize(text).Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss"];
        return DateTime.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;
    }
}
