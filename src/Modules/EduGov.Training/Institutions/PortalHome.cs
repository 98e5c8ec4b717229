using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>The institution's own home: its status and permit, and what waits for it or for the bureau.</summary>
public static class PortalHome
{
    public sealed record Summary(
        Guid InstitutionId, string Name, InstitutionStatus Status, string CreditCode, SchoolPermit? Permit, int? PermitDaysLeft,
        int PendingChanges, int UnansweredNotices, int OverdueNotices, int OpenApplications);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Summary> HandleAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var id = TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(TrainingScope.NotFound);
            var today = ChinaTime.Today(clock);
            var permit = await db.Permits.AsNoTracking().Where(p => p.InstitutionId == id && p.Status == PermitStatus.Valid).OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct);
            var pending = await db.ChangeRequests.CountAsync(c => c.InstitutionId == id && c.Status == ChangeStatus.Pending, ct);
            var unanswered = await db.Notices.CountAsync(n => n.InstitutionId == id && n.AnsweredAt == null, ct);
            var overdue = await db.Notices.CountAsync(n => n.InstitutionId == id && n.AnsweredAt == null && n.DueOn < today, ct);
            var open = await db.LicenceApplications.CountAsync(a => a.InstitutionId == id && (a.Status == LicenceStatus.Submitted || a.Status == LicenceStatus.Reviewing), ct);
            return new Summary(id, institution.Name, institution.Status, institution.CreditCode, permit, permit is null ? null : permit.ValidUntil.DayNumber - today.DayNumber,
                pending, unanswered, overdue, open);
        }
    }
}
