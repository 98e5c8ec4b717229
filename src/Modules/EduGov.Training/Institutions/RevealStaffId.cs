using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>Shows a staff member's ID number in clear to a holder of the reveal permission, and records that it was seen.</summary>
public static class RevealStaffId
{
    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, FieldProtector protector, AuditLog audit)
    {
        public async Task<string> HandleAsync(Guid staffId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Reveal);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct) ?? throw new NotFoundException("从业人员不存在。");
            TrainingScope.Demand(user, staff.InstitutionId);
            var clear = staff.IdNumberCipher.Length == 0 ? "" : protector.Decrypt(staff.IdNumberCipher);
            await audit.RecordAsync(AuditActions.Reveal, TrainingDbContext.Module, nameof(InstitutionStaff), staff.Id.ToString(), "查看培训机构从业人员证件号码", user, ct);
            return clear;
        }
    }
}
