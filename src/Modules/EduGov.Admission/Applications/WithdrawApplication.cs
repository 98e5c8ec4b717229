using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>撤回报名: the family leaves the round while its application is still waiting for verification or correction.</summary>
public static class WithdrawApplication
{
    public sealed record Command(Guid ApplicationId, string Reason = "");

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, ApplicationIntake intake)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, command.ApplicationId, ct, tracked: true);
            ApplicationAccess.DemandEditor(user, application);
            if (!CanWithdraw(application.Status))
            {
                throw new ConflictException($"报名{AdmissionNames.Of(application.Status)}，不能撤回；只有已提交或退回修改的报名可以撤回。");
            }

            var reason = command.Reason.Trim();
            if (reason.Length > 500)
            {
                throw new InvalidInputException(nameof(Command.Reason), "撤回原因不能超过 500 个字");
            }

            application.Status = ApplicationStatus.Withdrawn;
            application.UpdatedAt = intake.Now;
            db.Steps.Add(intake.Step(application, ApplicationAction.Withdrawn, reason.Length > 0 ? $"撤回报名：{reason}" : "撤回报名", user.Name));
            await db.SaveChangesAsync(ct);
        }
    }

    public static bool CanWithdraw(ApplicationStatus status) => status is ApplicationStatus.Submitted or ApplicationStatus.Returned;
}
