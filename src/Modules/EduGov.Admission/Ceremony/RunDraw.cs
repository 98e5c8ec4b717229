using System.Linq.Expressions;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EduGov.Admission.Ceremony;

/// <summary>
/// 摇号: the public draw announced in advance and the dice rolled at the ceremony give the seed with the frozen manifest's
/// digest; the main round and the overflow round run on the frozen inputs; every application gets its number, its offer or
/// its reason, and a step; the round keeps the inputs and the seed. One transaction, one summary audit event.
/// </summary>
public static class RunDraw
{
    public const int MinDice = 3;

    public sealed record Command(Guid RoundId, string PublicDraw, IReadOnlyList<string> Dice);

    public sealed record Result(string Seed, int Applications, int MainRound, int Overflow, int Unplaced);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PublicDraw).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("请填写事先公告的公开开奖号码")
                .MaximumLength(200).WithMessage("公开开奖号码不能超过 200 个字符")
                .Must(p => !(p ?? "").AsSpan().ContainsAny("|\r\n")).WithMessage("公开开奖号码不能含竖线“|”或换行");
            RuleFor(c => c.Dice).Must(d => d.Count >= MinDice).WithMessage($"至少需要 {MinDice} 组骰子数字：家长代表和公证员各掷一组")
                .Must(d => string.Join('|', d).Length <= 500).WithMessage("骰子数字合计不能超过 500 个字符");
            RuleForEach(c => c.Dice).Must(d => !string.IsNullOrEmpty(d) && !d.AsSpan().ContainsAnyExceptInRange('0', '9')).WithMessage("每组骰子只能是数字 0–9，且不能为空")
                .MaximumLength(50).WithMessage("每组骰子不能超过 50 位");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, DrawInputs inputs, Validator validator, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.LotteryRun);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == command.RoundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            if (round.Status != RoundStatus.Frozen)
            {
                throw new ConflictException($"只有名单已冻结、尚未摇号的轮次可以摇号，“{round.Name}”当前为{AdmissionNames.Of(round.Status)}。");
            }

            var setup = await inputs.SetupAsync(db, round, ct);
            if (setup.Manifest().Sha256 != round.ManifestSha256)
            {
                throw new ConflictException("审核通过的名单与冻结时公布的清单摘要不一致，不能摇号。");
            }

            var seed = LotterySeed.Derive(round.ManifestSha256!, command.PublicDraw, command.Dice);
            var draw = AdmissionDraw.Run(setup, seed);
            var now = clock.GetUtcNow().UtcDateTime;
            round.PublicDraw = command.PublicDraw;
            round.Dice = string.Join('|', command.Dice);
            round.Seed = seed;
            round.DrawnAt = now;
            round.Status = RoundStatus.Drawn;
            db.Entry(round).DetectChanges();
            // Every change below is marked explicitly; scanning 90,000 entries for changes would only cost time.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            Apply(db, draw, user.Name, now);
            var result = Summarize(draw, seed);
            using (AuditScope.Summarize(nameof(Application), $"摇号（{round.Name}）：{result.Applications} 份报名，摇号录取 {result.MainRound}，统筹安排 {result.Overflow}，暂未安排 {result.Unplaced}；种子 {seed}"))
            {
                await db.SaveChangesAsync(ct);
            }

            return result;
        }

        /// <summary>
        /// Writes the outcome onto every application through a key-only stub, so that 45,000 applications are updated
        /// without loading their personal data, and only the columns the draw decides are written.
        /// </summary>
        private static void Apply(AdmissionDbContext db, AdmissionDraw draw, string actor, DateTime now)
        {
            foreach (var outcome in draw.Outcomes)
            {
                var id = draw.Setup.Students[outcome.Student].Id;
                var number = draw.FamilyNumber(outcome.Student).ToString();
                var entry = db.Applications.Attach(new Application { Id = id });
                Write(entry, a => a.LotteryNumber, number);
                Write(entry, a => a.OfferedSchoolId, outcome.Placed ? draw.Setup.Schools[outcome.School].Id : null);
                Write(entry, a => a.OfferRoute, outcome.Route);
                Write(entry, a => a.OfferReason, outcome.Reason);
                Write(entry, a => a.Status, outcome.Placed ? ApplicationStatus.Offered : ApplicationStatus.Unplaced);
                Write(entry, a => a.UpdatedAt, now);
                db.Steps.Add(new ApplicationStep
                {
                    ApplicationId = id,
                    Action = outcome.Placed ? ApplicationAction.Offered : ApplicationAction.Unplaced,
                    Text = $"随机号 {number}。{outcome.Reason}",
                    ActorName = actor,
                    At = now,
                });
            }
        }

        private static void Write<T>(EntityEntry<Application> entry, Expression<Func<Application, T>> property, T value)
        {
            var member = entry.Property(property);
            member.CurrentValue = value;
            member.IsModified = true;
        }

        private static Result Summarize(AdmissionDraw draw, string seed) => new(
            seed, draw.Outcomes.Count, draw.Outcomes.Count(o => o.Route == OfferRoute.MainRound), draw.Outcomes.Count(o => o.Route == OfferRoute.Overflow),
            draw.Outcomes.Count(o => !o.Placed));
    }
}
