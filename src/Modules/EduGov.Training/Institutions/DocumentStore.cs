using EduGov.Platform.Files;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>
/// Documents an institution submits with a licence application or a notice answer: PDF, JPEG or PNG, verified by the
/// platform's <see cref="FileCheck"/>, and added with their SHA-256 to the caller's unit of work.
/// </summary>
public static class DocumentStore
{
    public static readonly FilePolicy Policy = new(FileKinds.ImagesAndPdf, InstitutionDocument.MaxBytes, MaxCount: 10);

    internal static IReadOnlyList<VerifiedFile> Verify(IReadOnlyList<UploadedFile> files) => FileCheck.VerifyAll(files, Policy, "Files");

    internal static void Add(TrainingDbContext db, Guid institutionId, DocumentOwner owner, Guid ownerId, IReadOnlyList<VerifiedFile> files, string actor, DateTime now)
    {
        foreach (var file in files)
        {
            db.Documents.Add(new InstitutionDocument
            {
                InstitutionId = institutionId, OwnerKind = owner, OwnerId = ownerId, FileName = file.FileName, ContentType = file.ContentType,
                Length = file.Length, Sha256 = file.Sha256, Content = file.Content, UploadedBy = actor, UploadedAt = now,
            });
        }
    }
}
