using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Attachments;

/// <summary>Attachment metadata for pages, and the file itself for download, within the user's inspection scope.</summary>
public static class GetAttachment
{
    public sealed record Info(Guid Id, string FileName, string ContentType, long Length, string UploadedBy, DateTime UploadedAt)
    {
        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
        public string Href => $"/api/v1/inspection/attachments/{Id}";
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope)
    {
        public async Task<IReadOnlyList<Info>> ListAsync(AttachmentOwner owner, IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Attachments.Where(a => a.OwnerKind == owner && ownerIds.Contains(a.OwnerId)).OrderBy(a => a.UploadedAt)
                .Select(a => new Info(a.Id, a.FileName, a.ContentType, a.Length, a.UploadedByName, a.UploadedAt)).ToListAsync(ct);
        }

        public async Task<ILookup<Guid, Info>> ByOwnerAsync(AttachmentOwner owner, IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.Attachments.Where(a => a.OwnerKind == owner && ownerIds.Contains(a.OwnerId)).OrderBy(a => a.UploadedAt)
                .Select(a => new { a.OwnerId, Info = new Info(a.Id, a.FileName, a.ContentType, a.Length, a.UploadedByName, a.UploadedAt) }).ToListAsync(ct);
            return rows.ToLookup(r => r.OwnerId, r => r.Info);
        }

        public async Task<StoredFile> DownloadAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("附件不存在。");
            if (attachment.SchoolId is { } schoolId)
            {
                await scope.DemandSchoolAsync(user, schoolId, ct);
            }

            return new StoredFile(attachment.FileName, attachment.ContentType, attachment.Content);
        }
    }
}
