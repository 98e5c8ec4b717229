using System.Globalization;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>
/// Creates or edits a 抽查计划 while it is a draft: name, year and batch, 抽查事项, the ratio per grade (the rule book's
/// values as defaults), the minimum per grade, whether recently inspected institutions are left out, area preference and
/// the team size (at least the rule's minimum).
/// </summary>
public static class SavePlan
{
    public sealed record Command
    {
        public Guid? Id { get; init; }
        public string Name { get; init; } = "";
        public int Year { get; init; }
        public int Batch { get; init; } = 1;
        public string CheckItems { get; init; } = "";
        public decimal RatioA { get; init; }
        public decimal RatioB { get; init; }
        public decimal RatioC { get; init; }
        public decimal RatioD { get; init; }
        public decimal RatioE { get; init; }
        public int MinPerGrade { get; init; }
        public bool ExcludeRecent { get; init; }
        public bool PreferArea { get; init; }
        public int TeamSize { get; init; }
    }

    /// <summary>The 抽查事项 a new plan starts with; the officer edits them.</summary>
    public const string DefaultCheckItems = "办学许可证、营业执照等证照公示\n收费项目、收费标准和退费办法公示\n预收费资金进入监管账户\n培训场所与许可地址一致、消防安全\n从业人员教师资格及公示\n培训时间符合规定\n使用示范合同文本";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写计划名称").MaximumLength(100).WithMessage("计划名称不能超过 100 个字");
            RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage("年度应在 2000–2100 之间");
            RuleFor(c => c.Batch).InclusiveBetween(1, 99).WithMessage("批次应在 1–99 之间");
            RuleFor(c => c.CheckItems).Must(i => i.Split('\n').Any(l => l.Trim().Length > 0)).WithMessage("请至少填写一项抽查事项（每行一项）")
                .MaximumLength(4000).WithMessage("抽查事项合计不能超过 4000 个字")
                .Must(i => i.Split('\n').All(l => l.Trim().Length <= 200)).WithMessage("每项抽查事项不能超过 200 个字");
            foreach (var (grade, ratio) in Ratios())
            {
                RuleFor(ratio).Must(r => r is >= 0 and <= 100 && decimal.Round(r, 2) == r).WithMessage($"{grade} 级抽查比例应在 0–100 之间，最多两位小数");
            }

            RuleFor(c => c.MinPerGrade).InclusiveBetween(0, 1000).WithMessage("每个等级最少抽查数应在 0–1000 之间");
            RuleFor(c => c.TeamSize).InclusiveBetween(1, 20).WithMessage("检查组人数应在 1–20 之间");
        }

        private static IEnumerable<(string Grade, System.Linq.Expressions.Expression<Func<Command, decimal>> Ratio)> Ratios() =>
        [
            ("A", c => c.RatioA), ("B", c => c.RatioB), ("C", c => c.RatioC), ("D", c => c.RatioD), ("E", c => c.RatioE),
        ];
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TrainingRules rules, TimeProvider clock)
    {
        /// <summary>A new plan's form: this year, the next batch, the rule book's ratios and team size.</summary>
        public async Task<Command> DefaultsAsync(CancellationToken ct = default)
        {
            InspectionAccess.DemandView(users.User);
            var today = ChinaTime.Today(clock);
            var book = await rules.ForDayAsync(today, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var batch = await db.InspectionPlans.Where(p => p.Year == today.Year).MaxAsync(p => (int?)p.Batch, ct) ?? 0;
            return new Command
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"{today.Year}年第{batch + 1}批校外培训机构双随机抽查"),
                Year = today.Year,
                Batch = batch + 1,
                CheckItems = DefaultCheckItems,
                RatioA = book.Value(RuleCatalog.SampleRatioA),
                RatioB = book.Value(RuleCatalog.SampleRatioB),
                RatioC = book.Value(RuleCatalog.SampleRatioC),
                RatioD = book.Value(RuleCatalog.SampleRatioD),
                RatioE = book.Value(RuleCatalog.SampleRatioE),
                TeamSize = book.Whole(RuleCatalog.InspectionTeamSize),
            };
        }

        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await validator.EnsureValidAsync(command, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var book = await rules.ForDayAsync(ChinaTime.Today(clock), ct);
            if (command.TeamSize < book.Whole(RuleCatalog.InspectionTeamSize))
            {
                throw new InvalidInputException(nameof(Command.TeamSize), $"检查组人数不能少于规定：{book.Cite(RuleCatalog.InspectionTeamSize)}");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = command.Id is { } id
                ? await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("抽查计划不存在。")
                : db.InspectionPlans.Add(new InspectionPlan { CreatedAt = now, CreatedBy = user.Name }).Entity;
            if (plan.Status != InspectionPlanStatus.Draft)
            {
                throw new ConflictException($"“{plan.Name}”已{InspectionsNames.Of(plan.Status)}，抽查比例和检查组人数不能再修改。");
            }

            if (await db.InspectionPlans.AnyAsync(p => p.Year == command.Year && p.Batch == command.Batch && p.Id != plan.Id, ct))
            {
                throw new ConflictException($"{command.Year} 年第 {command.Batch} 批抽查计划已存在。");
            }

            Apply(plan, command, now);
            if (command.Id is null)
            {
                db.InspectionPlanSteps.Add(new InspectionPlanStep { PlanId = plan.Id, Status = InspectionPlanStatus.Draft, Text = "创建抽查计划", ActorName = user.Name, At = now });
            }

            await db.SaveChangesAsync(ct);
            return plan.Id;
        }

        private static void Apply(InspectionPlan plan, Command command, DateTime now)
        {
            plan.Name = command.Name.Trim();
            plan.Year = command.Year;
            plan.Batch = command.Batch;
            plan.CheckItems = string.Join('\n', command.CheckItems.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            plan.RatioA = command.RatioA;
            plan.RatioB = command.RatioB;
            plan.RatioC = command.RatioC;
            plan.RatioD = command.RatioD;
            plan.RatioE = command.RatioE;
            plan.MinPerGrade = command.MinPerGrade;
            plan.ExcludeRecent = command.ExcludeRecent;
            plan.PreferArea = command.PreferArea;
            plan.TeamSize = command.TeamSize;
            plan.UpdatedAt = now;
        }
    }
}
