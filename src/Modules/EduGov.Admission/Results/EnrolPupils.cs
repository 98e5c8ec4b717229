using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>
/// 报到注册: an admitted child reports to the school; the registry creates the pupil's 学籍 (entry grade of the round, the
/// application's identity, address and guardian), then the application becomes enrolled with a step. One child, or every
/// admitted child of a school, each on its own so that one problem does not hold up the others.
/// </summary>
public static class EnrolPupils
{
    public const string GuardianRelation = "监护人";

    public sealed record Failure(string Number, string Message);

    public sealed record Result(int Enrolled, IReadOnlyList<Failure> Failures);

    internal sealed class Handler(
        IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IPupilEnrolment registry, IRegistryDirectory directory, FieldProtector protector, TimeProvider clock)
    {
        public async Task<Guid> OneAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var round = await ResultRules.PublishedRoundAsync(db, application.RoundId, ct);
            return await EnrolAsync(db, round, application, user, ct);
        }

        public async Task<Result> SchoolAsync(Guid roundId, Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            await scope.DemandSchoolAsync(user, schoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await ResultRules.PublishedRoundAsync(db, roundId, ct);
            var ids = await db.Applications.Where(a => a.RoundId == roundId && a.OfferedSchoolId == schoolId && a.Status == ApplicationStatus.Offered)
                .OrderBy(a => a.Number).Select(a => a.Id).ToListAsync(ct);
            var failures = new List<Failure>();
            var enrolled = 0;
            foreach (var id in ids)
            {
                await using var one = await contexts.CreateDbContextAsync(ct);
                var application = await one.Applications.FirstAsync(a => a.Id == id, ct);
                try
                {
                    await EnrolAsync(one, round, application, user, ct);
                    enrolled++;
                }
                catch (DomainException e)
                {
                    failures.Add(new Failure(application.Number, e.Message));
                }
            }

            return new Result(enrolled, failures);
        }

        private async Task<Guid> EnrolAsync(AdmissionDbContext db, AdmissionRound round, Application application, CurrentUser user, CancellationToken ct)
        {
            if (application.Status != ApplicationStatus.Offered || application.OfferedSchoolId is not { } school)
            {
                throw new ConflictException($"只有已录取的儿童可以报到注册，报名 {application.Number} 当前为“{AdmissionNames.Of(application.Status)}”。");
            }

            var today = ChinaTime.Today(clock);
            var studentId = await PupilIdAsync(application, round, school, today, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            application.Status = ApplicationStatus.Enrolled;
            application.UpdatedAt = now;
            db.Steps.Add(new ApplicationStep
            {
                ApplicationId = application.Id, Action = ApplicationAction.Enrolled, ActorName = user.Name, At = now,
                Text = $"报到注册，学籍已建立（{StageNames.GradeName(EntryGrade.Of(round.Stage))}，{today:yyyy-MM-dd}）。",
            });
            await db.SaveChangesAsync(ct);
            return studentId;
        }

        /// <summary>Creates the 学籍; when an earlier attempt already created it at this school (the admission save failed after), uses that one.</summary>
        private async Task<Guid> PupilIdAsync(Application application, AdmissionRound round, Guid school, DateOnly today, CancellationToken ct)
        {
            if (await registry.FindAsync(application.IdNumberLookup, ct) is { } holder && holder.Grade == EntryGrade.Of(round.Stage) && holder.Status == StudentStatus.Enrolled
                && await SameSchoolAsync(holder, school, ct))
            {
                return holder.StudentId;
            }

            var idNumber = protector.Decrypt(application.IdNumberCipher);
            return await registry.EnrolAsync(new NewPupil(
                application.ChildName, application.Sex, idNumber, application.BirthDate, idNumber.Length >= 6 ? idNumber[..6] : "",
                Plain(application.LivingAddressCipher) is { Length: > 0 } living ? living : Plain(application.HukouAddressCipher),
                school, EntryGrade.Of(round.Stage), today, application.GuardianName, GuardianRelation, Plain(application.GuardianPhoneCipher)), ct);
        }

        private async Task<bool> SameSchoolAsync(PupilHolder holder, Guid school, CancellationToken ct) =>
            (await directory.AllSchoolsAsync(ct)).Any(s => s.Id == school && s.Name == holder.School);

        private string Plain(string cipher) => cipher.Length == 0 ? "" : protector.Decrypt(cipher);
    }
}
