using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduGov.Platform.Exporting;

/// <summary>A font of the 公文 layout and its size in half-points (2号 = 22 pt = 44, 3号 = 16 pt = 32, 4号 = 14 pt = 28).</summary>
internal sealed record OfficialFont(string Name, int HalfPoints);

/// <summary>The measures of GB/T 9704-2012 and the paragraphs built from them; sizes in twips (1/1440 inch) unless named otherwise.</summary>
internal static class OfficialDocumentLayout
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public static readonly int MarginTop = Millimetres(37);
    public static readonly int MarginBottom = Millimetres(35);
    public static readonly int MarginLeft = Millimetres(28);
    public static readonly int MarginRight = Millimetres(26);
    public static readonly int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>One character of 3号 text, the unit of indents.</summary>
    public const int Em = 320;

    /// <summary>22 lines to a page of 3号 text: a fixed line of 28.95 pt.</summary>
    public const int Line = 579;

    public const string Red = "FF0000";

    public static readonly OfficialFont FangSong = new("仿宋_GB2312", 32);
    public static readonly OfficialFont Hei = new("黑体", 32);
    public static readonly OfficialFont Kai = new("楷体_GB2312", 32);
    public static readonly OfficialFont TitleFont = new("方正小标宋简体", 44);
    public static readonly OfficialFont TableFont = new("仿宋_GB2312", 24);
    public static readonly OfficialFont PageNumberFont = new("宋体", 28);

    /// <summary>小初 (36 pt) for the 发文机关标志 unless a long name needs a smaller size to fit the text width, never below 2号.</summary>
    private const int AuthorityMaxHalfPoints = 72;

    public static int Millimetres(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    /// <summary>Width of a text in half characters: CJK and full-width forms count two, ASCII one.</summary>
    public static int HalfWidths(string text) => text.Sum(c => c < 0x80 ? 1 : 2);

    public static IEnumerable<OpenXmlElement> Masthead(OfficialDocumentHeader header)
    {
        yield return AuthorityMark(header.Authority);
        yield return Blank();
        yield return Blank();
        yield return DocumentNumber(header.DocumentNumber);
        yield return Blank();
        yield return Blank();
        yield return Title(header.Title);
        yield return Blank();
        if (!string.IsNullOrWhiteSpace(header.Addressee))
        {
            yield return Paragraph(Run($"{header.Addressee}：", FangSong), Properties(JustificationValues.Both));
        }
    }

    /// <summary>发文机关署名 one line below the body, two characters from the right; 成文日期 below it, starting two characters further right.</summary>
    public static IEnumerable<OpenXmlElement> Signature(string authority, DateOnly date)
    {
        var dateText = string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
        var authorityWidth = HalfWidths(authority);
        var dateWidth = HalfWidths(dateText);
        var authorityRight = 4;
        var dateRight = authorityWidth - dateWidth;
        if (dateRight < 4)
        {
            dateRight = 4;
            authorityRight = dateWidth + 8 - authorityWidth;
        }

        yield return Blank();
        yield return Paragraph(Run(authority, FangSong), RightAligned(authorityRight * Em / 2));
        yield return Paragraph(Run(dateText, FangSong), RightAligned(dateRight * Em / 2));
    }

    public static Paragraph Indented(string text, OfficialFont font)
    {
        var properties = Properties(JustificationValues.Both);
        properties.Indentation = new Indentation { FirstLine = (2 * Em).ToString(CultureInfo.InvariantCulture), FirstLineChars = 200 };
        return Paragraph(Run(text, font), properties);
    }

    public static Paragraph Title(string text) => Paragraph(Run(text, TitleFont), Properties(JustificationValues.Center));

    /// <summary>附件 label: 3号黑体, top left, no indent.</summary>
    public static Paragraph Label(string text) => Paragraph(Run(text, Hei), Properties(JustificationValues.Left));

    public static Paragraph Blank() => new(Properties(JustificationValues.Both));

    public static Paragraph PageBreak() => new(Properties(JustificationValues.Both), new Run(new Break { Type = BreakValues.Page }));

    public static Run Run(string text, OfficialFont font, bool bold = false, string? color = null)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = font.Name, HighAnsi = font.Name, EastAsia = font.Name, ComplexScript = font.Name, Hint = FontTypeHintValues.EastAsia },
            FontSize = new FontSize { Val = font.HalfPoints.ToString(CultureInfo.InvariantCulture) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = font.HalfPoints.ToString(CultureInfo.InvariantCulture) },
        };
        if (bold)
        {
            properties.Bold = new Bold();
        }

        if (color is not null)
        {
            properties.Color = new Color { Val = color };
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static SectionProperties Section(MainDocumentPart main)
    {
        var odd = AddFooter(main, JustificationValues.Right, new Indentation { Right = "280" });
        var even = AddFooter(main, JustificationValues.Left, new Indentation { Left = "280" });
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = odd },
            new FooterReference { Type = HeaderFooterValues.Even, Id = even },
            new PageSize { Width = (uint)PageWidth, Height = (uint)PageHeight },
            new PageMargin
            {
                Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight,
                Header = (uint)Millimetres(15), Footer = (uint)Millimetres(23), Gutter = 0,
            });
    }

    /// <summary>Body defaults (3号 仿宋, Chinese) for anything not formatted directly.</summary>
    public static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var runDefaults = new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = FangSong.Name, HighAnsi = FangSong.Name, EastAsia = FangSong.Name, ComplexScript = FangSong.Name },
            FontSize = new FontSize { Val = FangSong.HalfPoints.ToString(CultureInfo.InvariantCulture) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = FangSong.HalfPoints.ToString(CultureInfo.InvariantCulture) },
            Languages = new Languages { Val = "zh-CN", EastAsia = "zh-CN" },
        };
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        part.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(runDefaults), new ParagraphPropertiesDefault()), normal);
    }

    /// <summary>Odd and even pages carry different footers (page number right on odd pages, left on even ones).</summary>
    public static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new EvenAndOddHeaders(),
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Val = "15", Uri = "http://schemas.microsoft.com/office/word" }));
    }

    private static Paragraph AuthorityMark(string authority)
    {
        var fitting = TextWidth * 2 / Math.Max(1, HalfWidths(authority)) / 10;
        var size = Math.Clamp(fitting, TitleFont.HalfPoints, AuthorityMaxHalfPoints);
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Millimetres(35).ToString(CultureInfo.InvariantCulture), After = "0" },
            Justification = new Justification { Val = JustificationValues.Center },
        };
        return Paragraph(Run(authority, new OfficialFont(TitleFont.Name, size), color: Red), properties);
    }

    /// <summary>发文字号, with the red separating line 4 mm below it.</summary>
    private static Paragraph DocumentNumber(string number)
    {
        var properties = Properties(JustificationValues.Center);
        properties.ParagraphBorders = new ParagraphBorders
        {
            BottomBorder = new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = 11 },
        };
        return Paragraph(Run(number, FangSong), properties);
    }

    private static ParagraphProperties RightAligned(int rightIndent)
    {
        var properties = Properties(JustificationValues.Right);
        properties.Indentation = new Indentation { Right = rightIndent.ToString(CultureInfo.InvariantCulture) };
        return properties;
    }

    private static ParagraphProperties Properties(JustificationValues justification) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = Line.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
        Justification = new Justification { Val = justification },
    };

    private static Paragraph Paragraph(Run run, ParagraphProperties properties) => new(properties, run);

    private static string AddFooter(MainDocumentPart main, JustificationValues side, Indentation indentation)
    {
        var part = main.AddNewPart<FooterPart>();
        var properties = new ParagraphProperties { Indentation = indentation, Justification = new Justification { Val = side } };
        var field = new SimpleField(Run("1", PageNumberFont)) { Instruction = " PAGE " };
        part.Footer = new Footer(new Paragraph(properties, Run("— ", PageNumberFont), field, Run(" —", PageNumberFont)));
        return main.GetIdOfPart(part);
    }
}
