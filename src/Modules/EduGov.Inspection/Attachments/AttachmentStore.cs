using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Files;
using EduGov.Platform.Security;

namespace EduGov.Inspection.Attachments;

/// <summary>Adds photos and files to the caller's unit of work once the platform's <see cref="FileCheck"/> has verified their content and size.</summary>
internal static class AttachmentStore
{
    private const FileKinds Photos = FileKinds.Jpeg | FileKinds.Png | FileKinds.WebP | FileKinds.Heic;

    /// <summary>Evidence of a visit or a rectification step: photos, PDF, Word or Excel, up to 10 at once, 10 MB each.</summary>
    public static readonly FilePolicy Files = new(Photos | FileKinds.Pdf | FileKinds.Word | FileKinds.Excel, Attachment.MaxBytes, MaxCount: 10);

    /// <summary>An inspector's photo for the sign.</summary>
    public static readonly FilePolicy InspectorPhoto = new(Photos, Attachment.MaxBytes, UnnamedAs: "照片");

    public static void Add(InspectionDbContext db, AttachmentOwner owner, Guid ownerId, Guid? schoolId, IReadOnlyList<UploadedFile> files, CurrentUser actor, DateTime now)
    {
        foreach (var file in FileCheck.VerifyAll(files, Files, "Files"))
        {
            db.Attachments.Add(Stored(file, owner, ownerId, schoolId, actor, now));
        }
    }

    /// <summary>Adds an inspector's photo and returns its id.</summary>
    public static Guid AddInspectorPhoto(InspectionDbContext db, Guid inspectorId, UploadedFile photo, CurrentUser actor, DateTime now) =>
        db.Attachments.Add(Stored(FileCheck.Verify(photo, InspectorPhoto, "Photo"), AttachmentOwner.Inspector, inspectorId, null, actor, now)).Entity.Id;

    private static Attachment Stored(VerifiedFile file, AttachmentOwner owner, Guid ownerId, Guid? schoolId, CurrentUser actor, DateTime now) => new()
    {
        OwnerKind = owner, OwnerId = ownerId, SchoolId = schoolId, FileName = file.FileName, ContentType = file.ContentType, Length = file.Length,
        Sha256 = file.Sha256, Content = file.Content, UploadedByName = actor.Name, UploadedAt = now,
    };
}
