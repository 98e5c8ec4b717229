using System.Security.Cryptography;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>A file chosen on a page, not yet saved.</summary>
public sealed record UploadedPhoto(string FileName, byte[] Content);

/// <summary>Photos of an inspection and evidence of a rectification: type decided by content, size capped, stored with SHA-256.</summary>
internal static class InspectionFiles
{
    public const int MaxFiles = 10;

    /// <summary>JPEG and PNG by their signatures; a PDF too where evidence documents are allowed.</summary>
    public static string? ContentTypeOf(byte[] content, bool allowPdf) =>
        content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : allowPdf && content.AsSpan().StartsWith("%PDF-"u8) ? "application/pdf"
        : null;

    public static void Validate(IReadOnlyList<UploadedPhoto> files, bool allowPdf, string field)
    {
        if (files.Count > MaxFiles)
        {
            throw new InvalidInputException(field, $"一次最多上传 {MaxFiles} 个文件");
        }

        foreach (var file in files)
        {
            if (file.Content.Length == 0)
            {
                throw new InvalidInputException(field, $"“{file.FileName}”是空文件");
            }

            if (file.Content.Length > InspectionPhoto.MaxBytes)
            {
                throw new InvalidInputException(field, $"“{file.FileName}”超过 {InspectionPhoto.MaxBytes / 1024 / 1024} MB");
            }

            if (ContentTypeOf(file.Content, allowPdf) is null)
            {
                throw new InvalidInputException(field, allowPdf ? $"“{file.FileName}”不是 JPG、PNG 图片或 PDF 文件" : $"“{file.FileName}”不是 JPG 或 PNG 图片");
            }
        }
    }

    public static void Add(TrainingDbContext db, Guid ownerId, Guid institutionId, IReadOnlyList<UploadedPhoto> files, bool allowPdf, string actor, DateTime now)
    {
        foreach (var file in files)
        {
            db.InspectionPhotos.Add(new InspectionPhoto
            {
                OwnerId = ownerId,
                InstitutionId = institutionId,
                FileName = Path.GetFileName(file.FileName),
                ContentType = ContentTypeOf(file.Content, allowPdf)!,
                Length = file.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
                Content = file.Content,
                UploadedBy = actor,
                UploadedAt = now,
            });
        }
    }
}

/// <summary>Photo and evidence metadata for pages, and the file for download: staff who view inspections, or the institution itself.</summary>
public static class GetInspectionFile
{
    public sealed record Info(Guid Id, Guid OwnerId, string FileName, string ContentType, long Length, string Sha256, string UploadedBy, DateTime UploadedAt)
    {
        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

        public string Href => $"/api/v1/training/inspections/files/{Id}";
    }

    public sealed record File(string FileName, string ContentType, byte[] Content);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<File> DownloadAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var file = await db.InspectionPhotos.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException("文件不存在。");
            if (user.Has(TrainingPermissions.Portal))
            {
                TrainingScope.Demand(user, file.InstitutionId);
            }
            else
            {
                InspectionAccess.DemandView(user);
            }

            return new File(file.FileName, file.ContentType, file.Content);
        }

        internal static async Task<ILookup<Guid, Info>> ByOwnerAsync(TrainingDbContext db, IReadOnlyCollection<Guid> owners, CancellationToken ct)
        {
            var files = await db.InspectionPhotos.AsNoTracking().Where(f => owners.Contains(f.OwnerId)).OrderBy(f => f.UploadedAt)
                .Select(f => new Info(f.Id, f.OwnerId, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedBy, f.UploadedAt)).ToListAsync(ct);
            return files.ToLookup(f => f.OwnerId);
        }
    }
}
