using System.IO.Compression;
using System.Xml;
using EduGov.Platform.Errors;

namespace EduGov.Platform.Importing;

/// <summary>
/// Refuses data sheets whose values are not what the user sees: formulas (the stored value may be stale or missing) and
/// merged cells (only the first cell of a merge holds the value); and sheets with more rows than allowed, before any row is parsed.
/// Reads the sheet's XML as a stream, so large files cost little.
/// </summary>
internal static class WorkbookStructure
{
    private const int CellsNamed = 5;

    public static void EnsureUsable(MemoryStream buffer, string sheetName, int maxDataRows)
    {
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var part = SheetPart(zip, sheetName);
            if (part is null)
            {
                return;
            }

            var (rows, formulas, merges) = Scan(part);
            if (rows - 1 > maxDataRows)
            {
                throw new InvalidInputException("file", $"文件超过 {maxDataRows:N0} 行的上限（共 {rows - 1:N0} 行），请拆分后分批导入。");
            }

            if (formulas.Count > 0)
            {
                throw new InvalidInputException("file", $"工作表“{sheetName}”中有公式（{Describe(formulas)}）：请复制后“选择性粘贴为数值”，再上传。");
            }

            if (merges.Count > 0)
            {
                throw new InvalidInputException("file", $"工作表“{sheetName}”中有合并单元格（{Describe(merges)}）：请取消合并，并在每一行填写完整后再上传。");
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new InvalidInputException("file", "该 Excel 文件已损坏，无法读取：请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。");
        }
        finally
        {
            buffer.Position = 0;
        }
    }

    private static string Describe(List<string> cells) =>
        string.Join("、", cells.Take(CellsNamed)) + (cells.Count > CellsNamed ? $" 等 {cells.Count} 处" : "");

    private static ZipArchiveEntry? SheetPart(ZipArchive zip, string sheetName)
    {
        var relationId = Attributes(zip.GetEntry("xl/workbook.xml"), "sheet")
            .FirstOrDefault(a => a.GetValueOrDefault("name") == sheetName)?.GetValueOrDefault("id");
        var target = Attributes(zip.GetEntry("xl/_rels/workbook.xml.rels"), "Relationship")
            .FirstOrDefault(a => a.GetValueOrDefault("Id") == relationId)?.GetValueOrDefault("Target");
        if (target is null)
        {
            return null;
        }

        var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return zip.GetEntry(path);
    }

    private static IEnumerable<Dictionary<string, string>> Attributes(ZipArchiveEntry? entry, string element)
    {
        if (entry is null)
        {
            yield break;
        }

        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
            {
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                while (reader.MoveToNextAttribute())
                {
                    attributes[reader.LocalName] = reader.Value;
                }

                yield return attributes;
            }
        }
    }

    private static (int Rows, List<string> Formulas, List<string> Merges) Scan(ZipArchiveEntry part)
    {
        var rows = 0;
        var formulas = new List<string>();
        var merges = new List<string>();
        var cell = "";
        using var reader = XmlReader.Create(part.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    rows++;
                    break;
                case "c":
                    cell = reader.GetAttribute("r") ?? "";
                    break;
                case "f":
                    formulas.Add(cell);
                    break;
                case "mergeCell":
                    merges.Add(reader.GetAttribute("ref") ?? "");
                    break;
            }
        }

        return (rows, formulas, merges);
    }
}
