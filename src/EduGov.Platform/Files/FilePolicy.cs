using System.Globalization;

namespace EduGov.Platform.Files;

/// <summary>What one upload field accepts: which kinds of file, how large each may be and how many at once.</summary>
/// <param name="UnnamedAs">The name a file is stored under when it came without one.</param>
public sealed record FilePolicy(FileKinds Allowed, long MaxBytes, int MaxCount = 1, string UnnamedAs = "文件")
{
    public const long TenMegabytes = 10 * 1024 * 1024;

    private static readonly (FileKinds Kind, string Name, string Extensions)[] Kinds =
    [
        (FileKinds.Jpeg, "JPG", ".jpg,.jpeg"),
        (FileKinds.Png, "PNG", ".png"),
        (FileKinds.WebP, "WebP", ".webp"),
        (FileKinds.Heic, "HEIC", ".heic"),
        (FileKinds.Pdf, "PDF", ".pdf"),
        (FileKinds.Word, "Word", ".doc,.docx"),
        (FileKinds.Excel, "Excel", ".xls,.xlsx"),
    ];

    private const FileKinds ImageKinds = FileKinds.Jpeg | FileKinds.Png | FileKinds.WebP | FileKinds.Heic;

    /// <summary>The file input's accept list; only a hint to the browser — the content is what is checked.</summary>
    public string Accept => string.Join(",", AllowedKinds.Select(k => k.Extensions));

    /// <summary>The allowed kinds in words, e.g. “JPG、PNG 或 PDF 文件” or “JPG 或 PNG 图片”.</summary>
    public string KindsText
    {
        get
        {
            var names = AllowedKinds.Select(k => k.Name).ToList();
            var list = names.Count > 1 ? $"{string.Join("、", names[..^1])} 或 {names[^1]}" : string.Concat(names);
            return $"{list} {((Allowed & ~ImageKinds) == 0 ? "图片" : "文件")}";
        }
    }

    /// <summary>The size limit in words, e.g. “10 MB”.</summary>
    public string SizeText => MaxBytes % (1024 * 1024) == 0 ? Megabytes(MaxBytes / (1024 * 1024))
        : MaxBytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{MaxBytes / 1024} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{MaxBytes} 字节");

    private static string Megabytes(long count) => string.Create(CultureInfo.InvariantCulture, $"{count} MB");

    private IEnumerable<(FileKinds Kind, string Name, string Extensions)> AllowedKinds => Kinds.Where(k => Allowed.HasFlag(k.Kind));
}
