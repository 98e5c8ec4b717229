using EduGov.Admission.Ceremony;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>放弃录取: the family declines the offer; the application is withdrawn and the seat becomes free for 递补.</summary>
public static class DeclineOffer
{
    public const int MaxReason = 500;

    public sealed record Command(Guid ApplicationId, string Reason);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            var reason = command.Reason.Trim();
            if (reason.Length == 0 || reason.Length > MaxReason)
            {
                throw new InvalidInputException(nameof(Command.Reason), reason.Length == 0 ? "请说明家长放弃录取的方式和理由（如书面声明）" : $"说明不能超过 {MaxReason} 字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct) ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            await ResultRules.PublishedRoundAsync(db, application.RoundId, ct);
            if (application.Status != ApplicationStatus.Offered || application.OfferedSchoolId is not { } school)
            {
                throw new ConflictException($"只有已录取、尚未报到的儿童可以放弃录取，报名 {application.Number} 当前为“{AdmissionNames.Of(application.Status)}”。");
            }

            var schoolName = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == school)?.Name ?? "";
            var now = clock.GetUtcNow().UtcDateTime;
            application.Status = ApplicationStatus.Withdrawn;
            application.UpdatedAt = now;
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.OfferDeclined, Text = $"放弃{schoolName}的录取：{reason}。学位空出，按顺序递补。", ActorName = user.Name, At = now });
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>
/// 递补: a free seat of a school goes to the next in order — among the children who listed the school and are unplaced or
/// were placed by overflow, the best (priority at the school, lottery number at the school, token). The reason names whose
/// seat it was and why this child is next.
/// </summary>
public static class FillFreedSeat
{
    public sealed record Command(Guid RoundId, Guid SchoolId);

    public sealed record Result(Guid ApplicationId, string Number, string Reason);

    private sealed record Candidate(int Student, int Priority, LotteryNumber Number);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, DrawInputs inputs, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Results);
            await scope.DemandSchoolAsync(user, command.SchoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await ResultRules.PublishedRoundAsync(db, command.RoundId, ct);
            var setup = await inputs.SetupAsync(db, round, ct);
            var school = setup.IndexOf(command.SchoolId);
            if (school < 0 || await ResultRules.FreeSeatsAsync(db, round.Id, command.SchoolId, setup.Schools[school].Seats, ct) <= 0)
            {
                throw new ConflictException("该校没有空出的学位，不能递补。");
            }

            var ranked = await CandidatesAsync(db, round, setup, school, ct);
            if (ranked.Count == 0)
            {
                throw new ConflictException($"没有可以递补{setup.Schools[school].Name}的儿童：填报该校的儿童都已在摇号中录取或已报到。");
            }

            var next = ranked[0];
            var applicant = setup.Students[next.Student];
            var application = await db.Applications.FirstAsync(a => a.Id == applicant.Id, ct);
            var reason = await ReasonAsync(db, round.Id, setup, school, next, ranked.Count, application, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            application.OfferedSchoolId = command.SchoolId;
            application.OfferRoute = OfferRoute.FreedSeat;
            application.OfferReason = reason;
            application.Status = ApplicationStatus.Offered;
            application.UpdatedAt = now;
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.SeatOffered, Text = reason, ActorName = user.Name, At = now });
            await db.SaveChangesAsync(ct);
            return new Result(application.Id, application.Number, reason);
        }

        /// <summary>Who may take the seat, best first: listed the school, and now unplaced or placed by overflow.</summary>
        private static async Task<List<Candidate>> CandidatesAsync(AdmissionDbContext db, AdmissionRound round, DrawSetup setup, int school, CancellationToken ct)
        {
            var waiting = (await db.Applications.AsNoTracking()
                .Where(a => a.RoundId == round.Id && (a.Status == ApplicationStatus.Unplaced || (a.Status == ApplicationStatus.Offered && a.OfferRoute == OfferRoute.Overflow)))
                .Select(a => a.Id).ToListAsync(ct)).ToHashSet();
            var code = setup.Schools[school].Code;
            return [.. Enumerable.Range(0, setup.StudentCount)
                .Where(i => waiting.Contains(setup.Students[i].Id) && setup.SchoolsOf(i).Contains(school))
                .Select(i => new Candidate(i, setup.PrioritiesOf(i)[setup.SchoolsOf(i).IndexOf(school)],
                    round.TieBreak == TieBreakKind.PerSchool ? LotteryNumber.For(round.Seed!, code, setup.Students[i].Token) : LotteryNumber.For(round.Seed!, setup.Students[i].Token)))
                .OrderBy(c => c.Priority).ThenBy(c => c.Number).ThenBy(c => setup.Students[c.Student].Token, CodePointOrder.Instance)];
        }

        private static async Task<string> ReasonAsync(
            AdmissionDbContext db, Guid roundId, DrawSetup setup, int school, Candidate next, int candidates, Application application, CancellationToken ct)
        {
            var schoolId = setup.Schools[school].Id;
            var withdrawn = await db.Applications.AsNoTracking()
                .Where(a => a.RoundId == roundId && a.OfferedSchoolId == schoolId && a.Status == ApplicationStatus.Withdrawn)
                .OrderBy(a => a.UpdatedAt).Select(a => a.Number).ToListAsync(ct);
            var filled = await db.Applications.CountAsync(a => a.RoundId == roundId && a.OfferedSchoolId == schoolId && a.OfferRoute == OfferRoute.FreedSeat
                && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled || a.Status == ApplicationStatus.Withdrawn), ct);
            var seat = filled < withdrawn.Count ? $"报名号{withdrawn[filled]}放弃录取后空出的学位" : "该校尚余的空余学位";
            var applicant = setup.Students[next.Student];
            var priority = applicant.Kind == ApplicationKind.Public
                ? $"优先顺位{next.Priority}（{(applicant.CategoryOrder is { } order ? $"第{order}类“{applicant.CategoryName}”" : "无优先类别")}）"
                : "民办学校申请人按随机号排序";
            var previous = application.OfferRoute == OfferRoute.Overflow && application.OfferedSchoolId is { } old
                ? $"；原统筹安排至{setup.Schools.FirstOrDefault(s => s.Id == old)?.Name}的学位随之空出"
                : "";
            return $"递补录取（{setup.Schools[school].Name}）：{seat}。本生在填报该校且尚未录取的 {candidates} 名儿童中排第一：{priority}，随机号 {next.Number}{previous}。";
        }
    }
}

internal static class ResultRules
{
    public static async Task<AdmissionRound> PublishedRoundAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
        return round.Status == RoundStatus.Published ? round : throw new ConflictException($"“{round.Name}”{AdmissionNames.Of(round.Status)}：录取结果公布后、轮次结束前才能办理。");
    }

    /// <summary>Seats of the school minus the children holding an offer there or enrolled.</summary>
    public static async Task<int> FreeSeatsAsync(AdmissionDbContext db, Guid roundId, Guid schoolId, int seats, CancellationToken ct) =>
        seats - await db.Applications.CountAsync(a => a.RoundId == roundId && a.OfferedSchoolId == schoolId
            && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled), ct);
}
