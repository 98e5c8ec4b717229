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

/// <summary>申诉: the families' appeals of a round, pending first, with whether each came within the appeals window.</summary>
public static class ListAppeals
{
    public sealed record Row(
        Guid Id, Guid ApplicationId, string Number, string NameMasked, ApplicationStatus ApplicationStatus, string OfferedSchool, string OfferReason,
        string Reason, DateTime CreatedAt, bool Late, AppealStatus Status, string Decision, string DecidedBy, DateTime? DecidedAt);

    public sealed record View(Guid RoundId, DateOnly AppealsClose, IReadOnlyList<Row> Appeals, IReadOnlyList<ListResults.SchoolRow> SchoolsWithSeats);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry)
    {
        public async Task<View> HandleAsync(Guid roundId, bool pendingOnly = true, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            var ids = await scope.SchoolIdsAsync(user, ct);
            var applications = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId);
            if (ids is not null)
            {
                var schools = ids.ToList();
                applications = applications.Where(a => (a.OfferedSchoolId != null && schools.Contains(a.OfferedSchoolId.Value))
                    || (a.CatchmentSchoolId != null && schools.Contains(a.CatchmentSchoolId.Value)) || a.Choices.Any(c => schools.Contains(c.SchoolId)));
            }

            var rows = await db.Appeals.AsNoTracking()
                .Join(applications, appeal => appeal.ApplicationId, a => a.Id, (appeal, a) => new { Appeal = appeal, Application = a })
                .Where(x => !pendingOnly || x.Appeal.Status == AppealStatus.Pending)
                .ToListAsync(ct);
            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var schoolsWithSeats = (await ListResults.Handler.SchoolsAsync(db, roundId, null, names, ct)).Where(s => s.Free > 0).ToList();
            return new View(roundId, round.AppealsClose, [.. rows.OrderBy(x => x.Appeal.Status).ThenBy(x => x.Appeal.CreatedAt).Select(x => new Row(
                x.Appeal.Id, x.Application.Id, x.Application.Number, Masking.Name(x.Application.ChildName), x.Application.Status,
                x.Application.OfferedSchoolId is { } school ? names.GetValueOrDefault(school)?.Name ?? "" : "", x.Application.OfferReason,
                x.Appeal.Reason, x.Appeal.CreatedAt, DateOnly.FromDateTime(ChinaTime.ToLocal(x.Appeal.CreatedAt)) > round.AppealsClose,
                x.Appeal.Status, x.Appeal.Decision, x.Appeal.DecidedBy, x.Appeal.DecidedAt))], schoolsWithSeats);
        }
    }
}

/// <summary>
/// 申诉处理: an officer upholds or dismisses an appeal with reasons; an upheld appeal may give the child a seat at a school that
/// still has one. Audited, with a step in the application's history.
/// </summary>
public static class DecideAppeal
{
    public const int MaxDecision = 2000;

    public sealed record Command(Guid AppealId, bool Upheld, string Decision, Guid? SchoolId = null);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            var decision = Validate(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == command.AppealId, ct) ?? throw new NotFoundException("申诉不存在。");
            var application = await db.Applications.Include(a => a.Choices).FirstAsync(a => a.Id == appeal.ApplicationId, ct);
            await scope.DemandApplicationAsync(user, application, ct);
            if (appeal.Status != AppealStatus.Pending)
            {
                throw new ConflictException("这份申诉已经处理过了。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            appeal.Status = command.Upheld ? AppealStatus.Upheld : AppealStatus.Dismissed;
            appeal.Decision = decision;
            appeal.DecidedBy = user.Name;
            appeal.DecidedAt = now;
            application.UpdatedAt = now;
            var verdict = command.Upheld ? "申诉成立" : "申诉不成立";
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.AppealDecided, Text = $"{verdict}：{decision}", ActorName = user.Name, At = now });
            if (command.Upheld && command.SchoolId is { } school)
            {
                await OfferSeatAsync(db, application, school, decision, user.Name, now, ct);
            }

            await db.SaveChangesAsync(ct);
        }

        private static string Validate(Command command)
        {
            var decision = command.Decision.Trim();
            if (decision.Length == 0)
            {
                throw new InvalidInputException(nameof(Command.Decision), "请填写处理意见和理由，家长将看到这段说明");
            }

            if (decision.Length > MaxDecision)
            {
                throw new InvalidInputException(nameof(Command.Decision), $"处理意见不能超过 {MaxDecision} 字");
            }

            return command.SchoolId is not null && !command.Upheld
                ? throw new InvalidInputException(nameof(Command.SchoolId), "申诉不成立时不能安排学位")
                : decision;
        }

        private async Task OfferSeatAsync(AdmissionDbContext db, Application application, Guid school, string decision, string actor, DateTime now, CancellationToken ct)
        {
            var round = await ResultRules.PublishedRoundAsync(db, application.RoundId, ct);
            if (application.Status is not (ApplicationStatus.Offered or ApplicationStatus.Unplaced))
            {
                throw new ConflictException($"报名 {application.Number} 当前为“{AdmissionNames.Of(application.Status)}”，不能另行安排学位。");
            }

            var plan = await db.Seats.AsNoTracking().FirstOrDefaultAsync(s => s.RoundId == round.Id && s.SchoolId == school, ct)
                ?? throw new InvalidInputException(nameof(Command.SchoolId), "该校不在本轮的学位计划中");
            if (application.OfferedSchoolId == school && application.Status == ApplicationStatus.Offered)
            {
                throw new InvalidInputException(nameof(Command.SchoolId), "儿童已被该校录取");
            }

            if (await ResultRules.FreeSeatsAsync(db, round.Id, school, plan.Seats, ct) <= 0)
            {
                throw new ConflictException("该校已没有空余学位。");
            }

            var schoolName = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == school)?.Name ?? "";
            application.OfferedSchoolId = school;
            application.OfferRoute = OfferRoute.Appeal;
            application.OfferReason = $"申诉成立，安排至{schoolName}：{decision}";
            application.Status = ApplicationStatus.Offered;
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.SeatOffered, Text = application.OfferReason, ActorName = actor, At = now });
        }
    }
}
