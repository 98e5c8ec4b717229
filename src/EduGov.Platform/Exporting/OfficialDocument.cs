using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduGov.Platform.Exporting;

/// <summary>
/// The 版头 of an official document: 发文机关标志 (e.g. 浦东新区教育局教育督导室), 发文字号 (e.g. 浦教督〔2026〕12号), the
/// title, and the 主送机关 (e.g. 各学区、各学校) when there is one.
/// </summary>
public sealed record OfficialDocumentHeader(string Authority, string DocumentNumber, string Title, string? Addressee = null);

/// <summary>
/// A .docx in the layout of GB/T 9704-2012 党政机关公文格式: A4, red 版头 with separating line, 2号 小标宋 title, 3号 仿宋
/// body with two-character indent on a fixed 28.9 pt line, numbered headings (一、 in 黑体, （一） in 楷体), grid tables,
/// 附件说明, 落款 with the date in Arabic numerals, attachments on a new page, and "— 1 —" page numbers.
/// Chain the calls in reading order: <c>Create(header).Heading1(…).Paragraph(…).Table(…).Signature(…).Attachment(…).Table(…).ToBytes()</c>.
/// </summary>
public sealed class OfficialDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly OfficialDocumentHeader _header;
    private readonly List<Func<OpenXmlElement[]>> _body = [];
    private readonly List<Func<OpenXmlElement[]>> _attachments = [];
    private readonly List<string> _attachmentTitles = [];
    private (string Authority, DateOnly Date)? _signature;
    private int _heading1;
    private int _heading2;

    private OfficialDocument(OfficialDocumentHeader header) => _header = header;

    public static OfficialDocument Create(OfficialDocumentHeader header) => new(header);

    /// <summary>一、标题 in 黑体; numbering is added here.</summary>
    public OfficialDocument Heading1(string text)
    {
        _heading2 = 0;
        var numbered = $"{ChineseNumeral(++_heading1)}、{text}";
        Current.Add(() => [OfficialDocumentLayout.Indented(numbered, OfficialDocumentLayout.Hei)]);
        return this;
    }

    /// <summary>（一）标题 in 楷体, numbered within the current level-1 heading.</summary>
    public OfficialDocument Heading2(string text)
    {
        var numbered = $"（{ChineseNumeral(++_heading2)}）{text}";
        Current.Add(() => [OfficialDocumentLayout.Indented(numbered, OfficialDocumentLayout.Kai)]);
        return this;
    }

    public OfficialDocument Paragraph(string text)
    {
        Current.Add(() => [OfficialDocumentLayout.Indented(text, OfficialDocumentLayout.FangSong)]);
        return this;
    }

    /// <summary>A grid table: bold header row repeated on every page, 小四 仿宋 cells, column widths by content.</summary>
    public OfficialDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var materialised = rows.ToList();
        Current.Add(() => [OfficialDocumentTable.Build(headers, materialised), OfficialDocumentLayout.Blank()]);
        return this;
    }

    /// <summary>发文机关署名 and 成文日期 (e.g. 2026年11月30日), after the body and the 附件说明.</summary>
    public OfficialDocument Signature(string authority, DateOnly date)
    {
        _signature = (authority, date);
        return this;
    }

    /// <summary>Starts an attachment on a new page: 附件N and its title; the following calls fill it.</summary>
    public OfficialDocument Attachment(string title)
    {
        _attachmentTitles.Add(title);
        var label = _attachmentTitles.Count == 1 ? "附件" : $"附件{_attachmentTitles.Count}";
        _attachments.Add(() => [OfficialDocumentLayout.PageBreak(), OfficialDocumentLayout.Label(label), OfficialDocumentLayout.Blank(), OfficialDocumentLayout.Title(title), OfficialDocumentLayout.Blank()]);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = _header.Title;
            package.PackageProperties.Creator = _header.Authority;
            var main = package.AddMainDocumentPart();
            OfficialDocumentLayout.AddStyles(main);
            OfficialDocumentLayout.AddSettings(main);
            var body = new Body();
            body.Append(Content());
            body.Append(OfficialDocumentLayout.Section(main));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private List<Func<OpenXmlElement[]>> Current => _attachmentTitles.Count == 0 ? _body : _attachments;

    private IEnumerable<OpenXmlElement> Content()
    {
        foreach (var element in OfficialDocumentLayout.Masthead(_header))
        {
            yield return element;
        }

        foreach (var element in _body.SelectMany(build => build()))
        {
            yield return element;
        }

        foreach (var element in AttachmentNote())
        {
            yield return element;
        }

        if (_signature is { } signature)
        {
            foreach (var element in OfficialDocumentLayout.Signature(signature.Authority, signature.Date))
            {
                yield return element;
            }
        }

        foreach (var element in _attachments.SelectMany(build => build()))
        {
            yield return element;
        }
    }

    /// <summary>附件说明: one blank line, then 附件：title (or 1. … 2. … when there are several).</summary>
    private IEnumerable<OpenXmlElement> AttachmentNote()
    {
        if (_attachmentTitles.Count == 0)
        {
            yield break;
        }

        yield return OfficialDocumentLayout.Blank();
        if (_attachmentTitles.Count == 1)
        {
            yield return OfficialDocumentLayout.Indented($"附件：{_attachmentTitles[0]}", OfficialDocumentLayout.FangSong);
            yield break;
        }

        for (var i = 0; i < _attachmentTitles.Count; i++)
        {
            var text = i == 0 ? $"附件：1. {_attachmentTitles[0]}" : $"　　　{i + 1}. {_attachmentTitles[i]}";
            yield return OfficialDocumentLayout.Indented(text, OfficialDocumentLayout.FangSong);
        }
    }

    /// <summary>一 … 九十九, as headings count.</summary>
    public static string ChineseNumeral(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        const string digits = "零一二三四五六七八九";
        var tens = number / 10;
        var units = number % 10;
        var prefix = tens switch { 0 => "", 1 => "十", _ => $"{digits[tens]}十" };
        return units == 0 ? prefix : prefix + digits[units];
    }
}
