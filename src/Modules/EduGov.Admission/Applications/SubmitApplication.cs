using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>
/// 报名: a parent (or an officer entering a paper form) submits one child's application to an open round. Checked in full,
/// personal data encrypted, numbered, flagged from the registry, given a preliminary category, and refused when the child
/// already applied in the round.
/// </summary>
public static class SubmitApplication
{
    public sealed record Command(Guid RoundId, ApplicationInput Input);

    public sealed record Result(Guid Id, string Number);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, ApplicationIntake intake)
    {
        private const int Attempts = 3;

        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            var parentId = Applicant(user);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await SubmitOnceAsync(command, user, parentId, ct);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another submission took the same number in between: check and number again.
                }
            }
        }

        /// <summary>The parent's account id for a parent; null (entered by the bureau) for an officer.</summary>
        public static Guid? Applicant(CurrentUser user)
        {
            if (user.Role == Role.Parent)
            {
                user.Demand(AdmissionPermissions.Apply);
                return user.Id;
            }

            user.Demand(AdmissionPermissions.Manage);
            return null;
        }

        private async Task<Result> SubmitOnceAsync(Command command, CurrentUser user, Guid? parentId, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await ApplicationIntake.RoundAsync(db, command.RoundId, ct);
            if (ApplicationRules.WindowProblem(round, intake.Today) is { } closed)
            {
                throw new ConflictException(closed + "。");
            }

            await intake.DemandValidAsync(command.Input, round, db, ct);
            await ApplicationIntake.DemandFirstAsync(db, round.Id, intake.IdLookup(command.Input.IdNumber), null, ct);
            var application = intake.Create(round, await ApplicationIntake.NextSequenceAsync(db, round.Id, ct), command.Input, parentId);
            await intake.CompleteAsync(db, round, application, command.Input, ct);
            MarkSubmitted(db, intake, application, user.Name);
            await db.SaveChangesAsync(ct);
            return new Result(application.Id, application.Number);
        }
    }

    /// <summary>Status Submitted with the two first steps of its history; the caller adds the application and saves.</summary>
    internal static void MarkSubmitted(AdmissionDbContext db, ApplicationIntake intake, Application application, string actorName)
    {
        application.Status = ApplicationStatus.Submitted;
        application.SubmittedAt = intake.Now;
        db.Applications.Add(application);
        db.Steps.Add(intake.Step(application, ApplicationAction.Created, application.BulkEntered ? "区教育局根据纸质报名表录入" : "家长在线填报", actorName));
        db.Steps.Add(intake.Step(application, ApplicationAction.Submitted, SubmittedText(application), actorName));
    }

    internal static string SubmittedText(Application application) =>
        $"{AdmissionNames.Of(application.Kind)}报名，报名号 {application.Number}；初步类别：{(application.CategoryName.Length > 0 ? application.CategoryName : "无")}";
}
