using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>申诉: a family disputes its published result within the appeals window; one appeal waits for a decision at a time.</summary>
public static class FileAppeal
{
    public const int MaxReason = 2000;

    public sealed record Command(Guid ApplicationId, string Reason);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Apply);
            var reason = command.Reason.Trim();
            if (reason.Length == 0 || reason.Length > MaxReason)
            {
                throw new InvalidInputException(nameof(Command.Reason), reason.Length == 0 ? "请填写申诉理由" : $"申诉理由不能超过 {MaxReason} 个字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, command.ApplicationId, ct, tracked: true);
            AdmissionScope.DemandOwn(user, application);
            var round = await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == application.RoundId, ct);
            DemandWindow(round, application, ChinaTime.Today(clock));
            if (await db.Appeals.AnyAsync(a => a.ApplicationId == application.Id && a.Status == AppealStatus.Pending, ct))
            {
                throw new ConflictException("您已有一项申诉正在处理，请等待处理结果后再提出新的申诉。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var appeal = new Appeal { ApplicationId = application.Id, Reason = reason, CreatedAt = now };
            db.Appeals.Add(appeal);
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.Appealed, Text = $"提出申诉：{reason}", ActorName = user.Name, At = now });
            application.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return appeal.Id;
        }

        private static void DemandWindow(AdmissionRound round, Application application, DateOnly today)
        {
            if (round.Status is not (RoundStatus.Published or RoundStatus.Closed) || today < round.ResultsOn)
            {
                throw new ConflictException("录取结果公布后才能申诉。");
            }

            if (today > round.AppealsClose)
            {
                throw new ConflictException($"申诉已于 {ApplicationRules.Day(round.AppealsClose)} 截止。");
            }

            if (application.Status == ApplicationStatus.Withdrawn)
            {
                throw new ConflictException("已撤回的报名不能申诉。");
            }
        }
    }
}
