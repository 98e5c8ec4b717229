using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>
/// 重新提交: a returned application, corrected, goes back to verification. Facts and private choices may change;
/// public or private may not (公民同招: the choice is final once submitted).
/// </summary>
public static class ResubmitApplication
{
    public const string KindIsFinal = "公办、民办只能选择一种，提交后不能更改";

    public sealed record Command(Guid ApplicationId, ApplicationInput Input);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, ApplicationIntake intake)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, command.ApplicationId, ct, tracked: true);
            ApplicationAccess.DemandEditor(user, application);
            if (application.Status != ApplicationStatus.Returned)
            {
                throw new ConflictException("只有退回修改的报名可以重新提交。");
            }

            if (command.Input.Kind != application.Kind)
            {
                throw new InvalidInputException(nameof(ApplicationInput.Kind), KindIsFinal);
            }

            var round = await ApplicationIntake.RoundAsync(db, application.RoundId, ct);
            if (ApplicationRules.ResubmitProblem(round, intake.Today) is { } closed)
            {
                throw new ConflictException(closed + "。");
            }

            await intake.DemandValidAsync(command.Input, round, db, ct);
            await ApplicationIntake.DemandFirstAsync(db, round.Id, intake.IdLookup(command.Input.IdNumber), application.Id, ct);
            intake.Apply(application, command.Input);
            await intake.CompleteAsync(db, round, application, command.Input, ct);
            application.Status = ApplicationStatus.Submitted;
            application.ReturnReason = "";
            db.Steps.Add(intake.Step(application, ApplicationAction.Resubmitted, $"按退回意见修改后重新提交；初步类别：{(application.CategoryName.Length > 0 ? application.CategoryName : "无")}", user.Name));
            await db.SaveChangesAsync(ct);
        }
    }
}
