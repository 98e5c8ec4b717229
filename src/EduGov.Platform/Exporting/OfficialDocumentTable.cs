using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduGov.Platform.Exporting;

/// <summary>A simple grid table across the text width: single lines, bold header row repeated on every page, centred cells.</summary>
internal static class OfficialDocumentTable
{
    private const int MinColumnHalfWidths = 4;
    private const int MaxColumnHalfWidths = 28;
    private const int CellMargin = 80;

    public static Table Build(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(headers, rows);
        var table = new Table(Properties(), new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    /// <summary>Widths in twips, in proportion to each column's longest text (header included) within sensible bounds.</summary>
    public static int[] ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var demand = headers.Select((header, column) =>
        {
            var longest = rows.Select(r => column < r.Count ? OfficialDocumentLayout.HalfWidths(r[column]) : 0).Append(OfficialDocumentLayout.HalfWidths(header)).Max();
            return Math.Clamp(longest + 2, MinColumnHalfWidths, MaxColumnHalfWidths);
        }).ToArray();
        var total = demand.Sum();
        var widths = demand.Select(d => OfficialDocumentLayout.TextWidth * d / total).ToArray();
        widths[^1] += OfficialDocumentLayout.TextWidth - widths.Sum();
        return widths;
    }

    private static TableProperties Properties() => new()
    {
        TableWidth = new TableWidth { Width = Twips(OfficialDocumentLayout.TextWidth), Type = TableWidthUnitValues.Dxa },
        TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
        TableBorders = new TableBorders
        {
            TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4 },
            LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4 },
            BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4 },
            RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4 },
            InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault
        {
            TableCellLeftMargin = new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
            TableCellRightMargin = new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
        },
    };

    private static TableRow Row(IReadOnlyList<string> texts, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var column = 0; column < widths.Length; column++)
        {
            var text = column < texts.Count ? texts[column] : "";
            var cellProperties = new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = Twips(widths[column]), Type = TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
            };
            var paragraph = new Paragraph(
                new ParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                OfficialDocumentLayout.Run(text, OfficialDocumentLayout.TableFont, bold: header));
            row.Append(new TableCell(cellProperties, paragraph));
        }

        return row;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
