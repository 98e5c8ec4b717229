using System.Text;

namespace EduGov.Supervision.RandomInspection;

/// <summary>
/// A small strict CSV reader for the draw's input files: a header naming the columns (found by name, others ignored),
/// one record per line ("\n" or "\r\n"), RFC 4180 double quotes within a line, blank lines skipped.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(List<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    public sealed class Row(int line, Dictionary<string, string> values)
    {
        public int Line { get; } = line;

        public string Get(string column) => values.TryGetValue(column, out var value) ? value : "";
    }

    public static CsvTable Parse(string text, string file, string[] required, string[] optional)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var records = new List<(int Line, List<string> Fields)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            if (line.Length > 0)
            {
                records.Add((i + 1, Split(line, file, i + 1)));
            }
        }

        if (records.Count == 0)
        {
            throw new RandomInspectionException($"{file} 为空：第一行应为表头，含 {string.Join("、", required)} 列。");
        }

        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in required.Concat(optional))
        {
            var count = header.Count(h => h == column);
            if (count > 1)
            {
                throw new RandomInspectionException($"{file} 的表头中 {column} 列出现了 {count} 次。");
            }

            if (count == 1)
            {
                index[column] = header.IndexOf(column);
            }
            else if (required.Contains(column))
            {
                throw new RandomInspectionException($"{file} 的表头缺少 {column} 列（表头为：{string.Join(",", header)}）。");
            }
        }

        var rows = new List<Row>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                throw new RandomInspectionException($"{file} 第 {line} 行有 {fields.Count} 列，表头有 {header.Count} 列。");
            }

            rows.Add(new Row(line, index.ToDictionary(p => p.Key, p => fields[p.Value], StringComparer.Ordinal)));
        }

        return new CsvTable(rows);
    }

    private static List<string> Split(string line, string file, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new RandomInspectionException($"{file} 第 {number} 行的引号没有闭合。");
                    }

                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(line[i++]);
                    }
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new RandomInspectionException($"{file} 第 {number} 行：引号括起的字段在结束引号之后还有字符。");
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                field.Append(line, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                return fields;
            }

            i++;
        }
    }
}
