using System.Security.Cryptography;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;

namespace EduGov.Inspection.Attachments;

/// <summary>A file chosen on a page, not yet saved.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>Adds photos and files to the caller's unit of work, after checking their type and size.</summary>
internal static class AttachmentStore
{
    public const int MaxFilesPerStep = 10;

    private static readonly Dictionary<string, string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".webp"] = "image/webp", [".heic"] = "image/heic",
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword", [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel", [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static string Accept => string.Join(",", AllowedTypes.Keys);

    public static void Validate(IReadOnlyList<UploadedFile> files)
    {
        if (files.Count > MaxFilesPerStep)
        {
            throw new InvalidInputException("Files", $"一次最多上传 {MaxFilesPerStep} 个文件");
        }

        foreach (var file in files)
        {
            if (!AllowedTypes.ContainsKey(Path.GetExtension(file.FileName)))
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”的类型不支持，请上传照片（jpg、png、webp、heic）、PDF、Word 或 Excel 文件");
            }

            if (file.Content.Length == 0)
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”是空文件");
            }

            if (file.Content.Length > Attachment.MaxBytes)
            {
                throw new InvalidInputException("Files", $"“{file.FileName}”超过 {Attachment.MaxBytes / 1024 / 1024} MB");
            }
        }
    }

    public static void Add(InspectionDbContext db, AttachmentOwner owner, Guid ownerId, Guid? schoolId, IReadOnlyList<UploadedFile> files, CurrentUser actor, DateTime now)
    {
        Validate(files);
        foreach (var file in files)
        {
            db.Attachments.Add(new Attachment
            {
                OwnerKind = owner,
                OwnerId = ownerId,
                SchoolId = schoolId,
                FileName = Path.GetFileName(file.FileName),
                ContentType = AllowedTypes[Path.GetExtension(file.FileName)],
                Length = file.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
                Content = file.Content,
                UploadedByName = actor.Name,
                UploadedAt = now,
            });
        }
    }
}
