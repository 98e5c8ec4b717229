using System.Security.Cryptography;
using EduGov.Platform.Errors;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>A file chosen on a page or posted to the API, not yet saved.</summary>
public sealed record UploadedDocument(string FileName, byte[] Content);

/// <summary>
/// Accepts PDF, JPEG and PNG only, recognised by their first bytes (not by the name a browser sends), each at most
/// <see cref="InstitutionDocument.MaxBytes"/>, and adds them with their SHA-256 to the caller's unit of work.
/// </summary>
public static class DocumentStore
{
    public const int MaxFiles = 10;

    private static readonly (byte[] Magic, string ContentType)[] Kinds =
    [
        ("%PDF-"u8.ToArray(), "application/pdf"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
    ];

    public const string Accept = ".pdf,.jpg,.jpeg,.png";

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, type) in Kinds)
        {
            if (content.StartsWith(magic))
            {
                return type;
            }
        }

        return null;
    }

    public static void Validate(IReadOnlyList<UploadedDocument> files)
    {
        if (files.Count > MaxFiles)
        {
            throw new InvalidInputException("Files", $"一次最多上传 {MaxFiles} 个文件");
        }

        foreach (var file in files)
        {
            if (file.Content.Length == 0)
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”是空文件");
            }

            if (file.Content.Length > InstitutionDocument.MaxBytes)
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”超过 {InstitutionDocument.MaxBytes / 1024 / 1024} MB");
            }

            if (Sniff(file.Content) is null)
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”不是 PDF、JPG 或 PNG 文件（按文件内容检查）");
            }
        }
    }

    internal static void Add(TrainingDbContext db, Guid institutionId, DocumentOwner owner, Guid ownerId, IReadOnlyList<UploadedDocument> files, string actor, DateTime now)
    {
        Validate(files);
        foreach (var file in files)
        {
            db.Documents.Add(new InstitutionDocument
            {
                InstitutionId = institutionId, OwnerKind = owner, OwnerId = ownerId, FileName = SafeName(file.FileName), ContentType = Sniff(file.Content)!,
                Length = file.Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), Content = file.Content,
                UploadedBy = actor, UploadedAt = now,
            });
        }
    }

    private static string SafeName(string name)
    {
        var plain = Path.GetFileName(name.Replace('\\', '/'));
        return plain.Length == 0 ? "文件" : plain.Length > 200 ? plain[^200..] : plain;
    }
}
