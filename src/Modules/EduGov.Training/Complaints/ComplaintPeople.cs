using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>The people around a complaint: the officers one may assign it to, the complainant's phone (audited reveal) and photo.</summary>
public static class ComplaintPeople
{
    public sealed record Officer(Guid Id, string Name);


    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, UserManager<UserAccount> accounts, FieldProtector protector, AuditLog audit)
    {
        public async Task<IReadOnlyList<Officer>> OfficersAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Complaints);
            var officers = await accounts.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.Officer)
                .Select(u => new Officer(u.Id, u.DisplayName)).ToListAsync(ct);
            return [.. officers.OrderBy(o => o.Name, StringComparer.Ordinal)];
        }

        public async Task<string> RevealPhoneAsync(Guid complaintId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Reveal);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == complaintId, ct) ?? throw new NotFoundException("投诉不存在。");
            await audit.RecordAsync(AuditActions.Reveal, TrainingDbContext.Module, nameof(Complaint), complaint.Id.ToString(), $"查看投诉 {complaint.Number} 投诉人电话", user, ct);
            return protector.Decrypt(complaint.PhoneCipher);
        }

        public async Task<StoredFile> PhotoAsync(Guid photoId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var photo = await db.ComplaintPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct) ?? throw new NotFoundException("照片不存在。");
            return new StoredFile(photo.FileName, photo.ContentType, photo.Content);
        }
    }
}
