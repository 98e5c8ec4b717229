namespace EduGov.Platform.Files;

/// <summary>The kinds of file an upload may be; a policy allows one or several of them.</summary>
[Flags]
public enum FileKinds
{
    None = 0,
    Jpeg = 1,
    Png = 2,
    Pdf = 4,
    WebP = 8,
    Heic = 16,

    /// <summary>A Word document: .docx, or the older .doc.</summary>
    Word = 32,

    /// <summary>An Excel workbook: .xlsx, or the older .xls.</summary>
    Excel = 64,

    Images = Jpeg | Png,
    ImagesAndPdf = Jpeg | Png | Pdf,
}

/// <summary>What a file really is, judged by its content: its kind, the content type to serve it with and the extension it deserves.</summary>
public sealed record FileFormat(FileKinds Kind, string ContentType, string Extension)
{
    public static readonly FileFormat Jpeg = new(FileKinds.Jpeg, "image/jpeg", ".jpg");
    public static readonly FileFormat Png = new(FileKinds.Png, "image/png", ".png");
    public static readonly FileFormat Pdf = new(FileKinds.Pdf, "application/pdf", ".pdf");
    public static readonly FileFormat WebP = new(FileKinds.WebP, "image/webp", ".webp");
    public static readonly FileFormat Heic = new(FileKinds.Heic, "image/heic", ".heic");
    public static readonly FileFormat Docx = new(FileKinds.Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly FileFormat Doc = new(FileKinds.Word, "application/msword", ".doc");
    public static readonly FileFormat Xlsx = new(FileKinds.Excel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly FileFormat Xls = new(FileKinds.Excel, "application/vnd.ms-excel", ".xls");

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
