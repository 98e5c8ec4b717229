using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using EduGov.Platform.Exporting;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Inspection;

/// <summary>The Word writer the bulletins use: a valid .docx in the GB/T 9704-2012 layout.</summary>
public sealed class BulletinsOfficialDocumentTests
{
    private static readonly byte[] Sample = OfficialDocument
        .Create(new OfficialDocumentHeader("上海市浦东新区教育局教育督导室", "浦教督〔2026〕12号", "关于2026年第三季度责任督学挂牌督导工作情况的通报", "各学区、各学校"))
        .Paragraph("现将2026年第三季度责任督学挂牌督导工作情况通报如下。")
        .Heading1("基本情况")
        .Paragraph("全区计划到校督导1950校次，已完成1902校次。")
        .Heading1("下一步工作要求")
        .Heading2("按计划落实到校督导")
        .Paragraph("相关责任督学要在下一期补齐到校督导。")
        .Heading2("加快问题整改销号")
        .Table(["督导事项", "一般", "合计"], [["校园及周边安全、学生交通安全", "3", "3"], ["合计", "3", "3"]])
        .Signature("上海市浦东新区教育局教育督导室", new DateOnly(2026, 11, 30))
        .Attachment("各学区督导工作情况统计表")
        .Table(["学区", "学校数"], [["东片学区", "65"]])
        .ToBytes();

    [Fact]
    public void ToBytes_OpensInWord_AndPassesTheOpenXmlValidator()
    {
        using var document = Open();

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        document.PackageProperties.Title.ShouldBe("关于2026年第三季度责任督学挂牌督导工作情况的通报");
    }

    [Fact]
    public void Page_IsA4_WithTheMarginsOfTheStandard()
    {
        using var document = Open();
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        ((uint)size.Width!, (uint)size.Height!).ShouldBe((11906u, 16838u));
        ((int)margin.Top!, (int)margin.Bottom!, (uint)margin.Left!, (uint)margin.Right!).ShouldBe((2098, 1984, 1587u, 1474u));
    }

    [Fact]
    public void Masthead_HasTheRedAuthorityMark_TheNumberAboveARedLine_TheTitleAndTheAddressee()
    {
        var paragraphs = Paragraphs();
        var mark = paragraphs.First(p => p.InnerText == "上海市浦东新区教育局教育督导室");
        var number = paragraphs.First(p => p.InnerText == "浦教督〔2026〕12号");
        var title = paragraphs.First(p => p.InnerText == "关于2026年第三季度责任督学挂牌督导工作情况的通报");

        Justification(mark).ShouldBe(JustificationValues.Center);
        Font(mark).ShouldBe("方正小标宋简体");
        Run(mark).RunProperties!.Color!.Val!.Value.ShouldBe("FF0000");
        int.Parse(Run(mark).RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(44, 72);
        (Font(number), Size(number), Justification(number)).ShouldBe(("仿宋_GB2312", "32", JustificationValues.Center));
        number.ParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value.ShouldBe("FF0000");
        (Font(title), Size(title), Justification(title)).ShouldBe(("方正小标宋简体", "44", JustificationValues.Center));
        paragraphs.ShouldContain(p => p.InnerText == "各学区、各学校：");
        paragraphs.IndexOf(mark).ShouldBeLessThan(paragraphs.IndexOf(number));
        paragraphs.IndexOf(number).ShouldBeLessThan(paragraphs.IndexOf(title));
    }

    [Fact]
    public void Body_Is3haoFangSong_IndentedTwoCharacters_OnAFixedLineOf28To29Points()
    {
        var body = Paragraphs().First(p => p.InnerText.StartsWith("全区计划到校督导", StringComparison.Ordinal));
        var spacing = body.ParagraphProperties!.SpacingBetweenLines!;

        (Font(body), Size(body)).ShouldBe(("仿宋_GB2312", "32"));
        body.ParagraphProperties.Indentation!.FirstLineChars!.Value.ShouldBe(200);
        spacing.LineRule!.Value.ShouldBe(LineSpacingRuleValues.Exact);
        int.Parse(spacing.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(28 * 20, 29 * 20);
    }

    [Fact]
    public void Headings_AreNumbered_Level1InHei_Level2InKai_RestartingUnderEachLevel1()
    {
        var paragraphs = Paragraphs();

        paragraphs.Select(p => p.InnerText).Where(t => t.Length > 1 && (t[1] == '、' || t[0] == '（')).ShouldBe(
            ["一、基本情况", "二、下一步工作要求", "（一）按计划落实到校督导", "（二）加快问题整改销号"]);
        Font(paragraphs.First(p => p.InnerText == "一、基本情况")).ShouldBe("黑体");
        Font(paragraphs.First(p => p.InnerText == "（一）按计划落实到校督导")).ShouldBe("楷体_GB2312");
    }

    [Fact]
    public void Tables_AreGrids_WithABoldRepeatedHeaderRow()
    {
        using var document = Open();
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var header = tables[0].Elements<TableRow>().First();

        tables.Count.ShouldBe(2);
        header.TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        header.Descendants<Run>().ShouldAllBe(r => r.RunProperties!.Bold != null);
        tables[0].Elements<TableRow>().Skip(1).SelectMany(r => r.Descendants<Run>()).ShouldAllBe(r => r.RunProperties!.Bold == null && r.RunProperties.RunFonts!.EastAsia! == "仿宋_GB2312");
        tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ShouldBe(
            [["督导事项", "一般", "合计"], ["校园及周边安全、学生交通安全", "3", "3"], ["合计", "3", "3"]]);
        tables[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(11906 - 1587 - 1474);
    }

    [Fact]
    public void Closing_HasTheAttachmentNote_TheSignatureRightAligned_AndTheAttachmentOnANewPage()
    {
        var texts = Paragraphs().Select(p => p.InnerText).ToList();
        var date = Paragraphs().First(p => p.InnerText == "2026年11月30日");
        var authority = Paragraphs().Last(p => p.InnerText == "上海市浦东新区教育局教育督导室");

        texts.IndexOf("附件：各学区督导工作情况统计表").ShouldBeLessThan(texts.LastIndexOf("上海市浦东新区教育局教育督导室"));
        texts.LastIndexOf("上海市浦东新区教育局教育督导室").ShouldBe(texts.IndexOf("2026年11月30日") - 1);
        (Justification(authority), Justification(date)).ShouldBe((JustificationValues.Right, JustificationValues.Right));
        // The date starts two characters right of the authority's first character.
        var authorityStart = (15 * 320) + int.Parse(authority.ParagraphProperties!.Indentation!.Right!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        var dateStart = (7 * 320) + int.Parse(date.ParagraphProperties!.Indentation!.Right!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        (authorityStart - dateStart).ShouldBe(2 * 320);
        var annex = texts.IndexOf("附件");
        annex.ShouldBeGreaterThan(texts.IndexOf("2026年11月30日"));
        Paragraphs()[annex - 1].Descendants<Break>().ShouldContain(b => b.Type! == BreakValues.Page);
        Font(Paragraphs()[annex]).ShouldBe("黑体");
    }

    [Fact]
    public void Footers_CarryThePageNumberBetweenDashes_In4haoSongTi()
    {
        using var document = Open();
        var footers = document.MainDocumentPart!.FooterParts.Select(f => f.Footer!).ToList();

        footers.Count.ShouldBe(2);
        foreach (var footer in footers)
        {
            footer.InnerText.ShouldBe("— 1 —");
            footer.Descendants<SimpleField>().ShouldHaveSingleItem().Instruction!.Value!.Trim().ShouldBe("PAGE");
            footer.Descendants<Run>().ShouldAllBe(r => r.RunProperties!.RunFonts!.EastAsia! == "宋体" && r.RunProperties.FontSize!.Val! == "28");
        }

        document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>().ShouldNotBeNull();
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(4, "四")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(37, "三十七")]
    public void ChineseNumeral_WritesHeadingNumbers(int number, string expected) => OfficialDocument.ChineseNumeral(number).ShouldBe(expected);

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Sample), false);

    private static List<Paragraph> Paragraphs()
    {
        using var document = Open();
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => (Paragraph)p.CloneNode(true))];
    }

    private static Run Run(Paragraph paragraph) => paragraph.Elements<Run>().First();

    private static string Font(Paragraph paragraph) => Run(paragraph).RunProperties!.RunFonts!.EastAsia!.Value!;

    private static string Size(Paragraph paragraph) => Run(paragraph).RunProperties!.FontSize!.Val!.Value!;

    private static JustificationValues Justification(Paragraph paragraph) => paragraph.ParagraphProperties!.Justification!.Val!.Value;
}
