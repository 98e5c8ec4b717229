using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>Photos of an inspection and evidence of a rectification, verified by the platform's <see cref="FileCheck"/> and stored with their SHA-256.</summary>
internal static class InspectionFiles
{
    /// <summary>Photos taken on site: JPEG or PNG, up to 10 at once, 10 MB each.</summary>
    public static readonly FilePolicy Photos = new(FileKinds.Images, InspectionPhoto.MaxBytes, MaxCount: 10, UnnamedAs: "照片");

    /// <summary>Evidence of a rectification: photos or PDF documents, up to 10 at once, 10 MB each.</summary>
    public static readonly FilePolicy Evidence = new(FileKinds.ImagesAndPdf, InspectionPhoto.MaxBytes, MaxCount: 10);

    public static void Add(TrainingDbContext db, Guid ownerId, Guid institutionId, IReadOnlyList<VerifiedFile> files, string actor, DateTime now)
    {
        foreach (var file in files)
        {
            db.InspectionPhotos.Add(new InspectionPhoto
            {
                OwnerId = ownerId, InstitutionId = institutionId, FileName = file.FileName, ContentType = file.ContentType, Length = file.Length,
                Sha256 = file.Sha256, Content = file.Content, UploadedBy = actor, UploadedAt = now,
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

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<StoredFile> DownloadAsync(Guid id, CancellationToken ct = default)
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

            return new StoredFile(file.FileName, file.ContentType, file.Content);
        }

        internal static async Task<ILookup<Guid, Info>> ByOwnerAsync(TrainingDbContext db, IReadOnlyCollection<Guid> owners, CancellationToken ct)
        {
            var files = await db.InspectionPhotos.AsNoTracking().Where(f => owners.Contains(f.OwnerId)).OrderBy(f => f.UploadedAt)
                .Select(f => new Info(f.Id, f.OwnerId, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedBy, f.UploadedAt)).ToListAsync(ct);
            return files.ToLookup(f => f.OwnerId);
        }
    }
}
