using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>The proofs attached to an application: their list, and each file for download by its family or by staff in scope.</summary>
public static class ApplicationDocuments
{
    /// <summary>One proof at a time: a photo or scan (JPEG, PNG) or a PDF of at most 10 MB.</summary>
    public static readonly FilePolicy Policy = new(FileKinds.ImagesAndPdf, FilePolicy.TenMegabytes, UnnamedAs: "材料");

    public sealed record Info(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Length, DateTime UploadedAt)
    {
        public string Href => $"/api/v1/admission/documents/{Id}";
    }

    internal static async Task<IReadOnlyList<Info>> ListAsync(AdmissionDbContext db, Guid applicationId, CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt)
            .Select(d => new Info(d.Id, d.Kind, d.FileName, d.ContentType, d.Content.Length, d.UploadedAt)).ToListAsync(ct);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, AuditLog audit)
    {
        /// <summary>
        /// The file, when the acting parent owns the application or the staff user's scope covers it; a staff download is
        /// a look at a family's personal papers, so it is audited.
        /// </summary>
        public async Task<StoredFile> DownloadAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            ApplicationAccess.DemandReader(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("材料不存在。");
            var application = await ApplicationAccess.FindAsync(db, scope, user, document.ApplicationId, ct);
            if (user.Role != Role.Parent)
            {
                await audit.RecordAsync(AuditActions.Reveal, AdmissionDbContext.Module, nameof(ApplicationDocument), document.Id.ToString(), $"查看报名 {application.Number} 的证明材料“{document.FileName}”", user, ct);
            }

            return new StoredFile(document.FileName, document.ContentType, document.Content);
        }
    }
}
