using EduGov.Lottery;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Supervision.RandomInspection;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>
/// 抽取: the public draw announced in advance and the dice rolled at the draw give the seed with the frozen manifest's digest
/// (<see cref="LotterySeed.Derive"/>, as admission does); the draw runs on the frozen files exactly as the CLI re-runs it;
/// every selected target becomes a task with its team; results are due the rule's working days after today.
/// </summary>
public static class DrawPlan
{
    /// <summary>Two parties (e.g. the supervising officer and an invited observer) each roll a group, so neither decides alone.</summary>
    public const int MinDice = 2;

    public sealed record Command(Guid PlanId, string PublicDraw, IReadOnlyList<string> Dice);

    public sealed record Result(string Seed, int Targets, int Selected, DateOnly PublishDue);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PublicDraw).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("请填写事先公告的公开开奖号码")
                .MaximumLength(200).WithMessage("公开开奖号码不能超过 200 个字符")
                .Must(p => !(p ?? "").AsSpan().ContainsAny("|\r\n")).WithMessage("公开开奖号码不能含竖线“|”或换行");
            RuleFor(c => c.Dice).Must(d => d.Count >= MinDice).WithMessage($"至少需要 {MinDice} 组骰子数字，由不同的人各掷一组")
                .Must(d => string.Join('|', d).Length <= 500).WithMessage("骰子数字合计不能超过 500 个字符");
            RuleForEach(c => c.Dice).Must(d => !string.IsNullOrEmpty(d) && !d.AsSpan().ContainsAnyExceptInRange('0', '9')).WithMessage("每组骰子只能是数字 0–9，且不能为空")
                .MaximumLength(50).WithMessage("每组骰子不能超过 50 位");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TrainingRules rules, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == command.PlanId, ct) ?? throw new NotFoundException("抽查计划不存在。");
            if (plan.Status != InspectionPlanStatus.Frozen)
            {
                throw new ConflictException($"只有名单已冻结、尚未抽取的计划可以抽取，“{plan.Name}”当前为{InspectionsNames.Of(plan.Status)}。");
            }

            var seed = LotterySeed.Derive(plan.ManifestSha256, command.PublicDraw, command.Dice);
            var draw = Run(plan, seed);
            var today = ChinaTime.Today(clock);
            var book = await rules.ForDayAsync(today, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            plan.PublicDraw = command.PublicDraw;
            plan.Dice = string.Join('|', command.Dice);
            plan.Seed = seed;
            plan.DrawCsv = InspectionCsv.WriteDraw(draw);
            plan.DrawnAt = now;
            plan.DrawnOn = today;
            plan.PublishDue = book.Calendar.AddWorkingDays(today, book.Whole(RuleCatalog.InspectionPublishDays));
            plan.Status = InspectionPlanStatus.Drawn;
            plan.UpdatedAt = now;
            await ApplyAsync(db, plan, draw, ct);
            var selected = draw.Rows.Count(r => r.Outcome == TargetOutcome.Selected);
            db.InspectionPlanSteps.Add(new InspectionPlanStep
            {
                PlanId = plan.Id, Status = InspectionPlanStatus.Drawn, ActorName = user.Name, At = now,
                Text = $"抽取：公开开奖号码 {command.PublicDraw}，骰子 {plan.Dice}，种子 {seed}；抽中 {selected} 家，结果应于 {plan.PublishDue:yyyy-MM-dd} 前公示",
            });
            using (AuditScope.Summarize(nameof(InspectionTask), $"双随机抽取（{plan.Name}）：{draw.Rows.Count} 家检查对象，抽中 {selected} 家；种子 {seed}"))
            {
                await db.SaveChangesAsync(ct);
            }

            return new Result(seed, draw.Rows.Count, selected, plan.PublishDue.Value);
        }

        /// <summary>The draw on the frozen files, as <c>edugov training draw</c> runs it.</summary>
        private static InspectionDrawResult Run(InspectionPlan plan, string seed)
        {
            try
            {
                return InspectionDraw.Run(seed, InspectionCsv.ReadTargets(plan.TargetsCsv), InspectionCsv.ReadInspectors(plan.InspectorsCsv), PlanDrawInputs.Settings(plan));
            }
            catch (RandomInspectionException e)
            {
                throw new ConflictException(e.Message);
            }
        }

        private static async Task ApplyAsync(TrainingDbContext db, InspectionPlan plan, InspectionDrawResult draw, CancellationToken ct)
        {
            var targets = await db.InspectionTargets.Where(t => t.PlanId == plan.Id).ToDictionaryAsync(t => t.Token, StringComparer.Ordinal, ct);
            var officers = await db.EnforcementOfficers.AsNoTracking().ToDictionaryAsync(o => o.CertificateNumber, StringComparer.Ordinal, ct);
            foreach (var row in draw.Rows)
            {
                var target = targets[row.Token];
                target.LotteryNumber = row.Number.ToString();
                target.Rank = row.Rank;
                target.Selected = row.Outcome == TargetOutcome.Selected;
                target.Excluded = row.Outcome == TargetOutcome.Excluded;
            }

            var order = 0;
            foreach (var row in draw.Selected)
            {
                var target = targets[row.Token];
                var task = db.InspectionTasks.Add(new InspectionTask
                {
                    PlanId = plan.Id,
                    InstitutionId = target.InstitutionId,
                    InstitutionName = target.InstitutionName,
                    Token = target.Token,
                    Grade = target.Grade,
                    LotteryNumber = target.LotteryNumber,
                    Order = ++order,
                }).Entity;
                var position = 0;
                foreach (var member in row.Team)
                {
                    var officer = officers[member];
                    db.InspectionTeamMembers.Add(new InspectionTeamMember
                    {
                        TaskId = task.Id, OfficerId = officer.Id, OfficerName = officer.Name, CertificateNumber = officer.CertificateNumber, Position = ++position,
                    });
                }
            }
        }
    }
}
