using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EduGov.Platform.Files;

/// <summary>Recognises a file by its bytes — never by its name or the content type a browser claims.</summary>
public static class FileSniffer
{
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 0x03, 0x04];

    /// <summary>The brands of an ISO media file that make it a HEIC image (not a video, not AVIF).</summary>
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];

    /// <summary>The format of the content, or null when it is none this platform accepts.</summary>
    public static FileFormat? Recognise(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var span = content.AsSpan();
        return span.StartsWith(JpegMagic) ? FileFormat.Jpeg
            : span.StartsWith(PngMagic) ? FileFormat.Png
            : span.StartsWith("%PDF-"u8) ? FileFormat.Pdf
            : IsWebP(span) ? FileFormat.WebP
            : IsHeic(span) ? FileFormat.Heic
            : span.StartsWith(ZipMagic) ? OpenXmlFormat(content)
            : CompoundFile.IsOne(span) ? LegacyOfficeFormat(content)
            : null;
    }

    private static bool IsWebP(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8);

    /// <summary>An ISO media file whose "ftyp" box names a HEIC brand, as its major brand or (as phones other than iPhones write) a compatible one.</summary>
    private static bool IsHeic(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxEnd = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(content), (uint)content.Length);
        var brands = new List<string> { Brand(content, 8) };
        for (var at = 16; at + 4 <= boxEnd; at += 4)
        {
            brands.Add(Brand(content, at));
        }

        return brands.Any(HeicBrands.Contains);
    }

    private static string Brand(ReadOnlySpan<byte> content, int at) => Encoding.ASCII.GetString(content[at..(at + 4)]);

    /// <summary>A .docx or .xlsx is a ZIP package holding its main part; any other ZIP is refused.</summary>
    private static FileFormat? OpenXmlFormat(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? FileFormat.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? FileFormat.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A .doc holds a "WordDocument" stream; a .xls a "Workbook" (or, before Excel 97, "Book") stream.</summary>
    private static FileFormat? LegacyOfficeFormat(byte[] content)
    {
        var streams = CompoundFile.StreamNames(content);
        return streams.Contains("WordDocument") ? FileFormat.Doc
            : streams.Contains("Workbook") || streams.Contains("Book") ? FileFormat.Xls
            : null;
    }
}
