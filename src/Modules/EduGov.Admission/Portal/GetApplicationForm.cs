using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>What the application form needs: the round's cohort and private schools, and for a correction the decrypted facts.</summary>
public static class GetApplicationForm
{
    public sealed record School(Guid Id, string Name);

    public sealed record RoundInfo(Guid Id, string Name, int Year, Stage Stage, DateOnly CohortFrom, DateOnly CohortTo, DateOnly ApplicationCloses, int PrivateChoices, IReadOnlyList<School> PrivateSchools);

    public sealed record Correction(Guid ApplicationId, string Number, string ReturnReason, ApplicationInput Input);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, ApplicationIntake intake)
    {
        public async Task<RoundInfo> ForNewAsync(Guid roundId, CancellationToken ct = default)
        {
            SubmitApplication.Handler.Applicant(users.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await ApplicationIntake.RoundAsync(db, roundId, ct);
            if (ApplicationRules.WindowProblem(round, intake.Today) is { } closed)
            {
                throw new ConflictException(closed + "。");
            }

            return await InfoAsync(db, round, ct);
        }

        public async Task<(RoundInfo Round, Correction Correction)> ForCorrectionAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, applicationId, ct);
            ApplicationAccess.DemandEditor(user, application);
            if (application.Status != ApplicationStatus.Returned)
            {
                throw new ConflictException("只有退回修改的报名可以修改。");
            }

            var round = await ApplicationIntake.RoundAsync(db, application.RoundId, ct);
            if (ApplicationRules.ResubmitProblem(round, intake.Today) is { } closed)
            {
                throw new ConflictException(closed + "。");
            }

            return (await InfoAsync(db, round, ct), new Correction(application.Id, application.Number, application.ReturnReason, intake.ToInput(application)));
        }

        private async Task<RoundInfo> InfoAsync(AdmissionDbContext db, AdmissionRound round, CancellationToken ct)
        {
            var schools = await intake.PrivateSchoolsAsync(db, round, ct);
            return new RoundInfo(round.Id, round.Name, round.Year, round.Stage, round.CohortFrom, round.CohortTo, round.ApplicationCloses, round.PrivateChoices,
                [.. schools.Select(s => new School(s.Id, s.Name))]);
        }
    }
}
