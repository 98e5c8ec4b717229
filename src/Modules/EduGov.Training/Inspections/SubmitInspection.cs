using EduGov.Platform.Errors;
using EduGov.Platform.Files;
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
/// 提交检查记录: in one transaction the task is completed with its check items, notes and photos; every finding is handed to the
/// credit part (<see cref="ICreditFindings.AddAsync"/>, which deducts points and recomputes the grade in this unit of work) and
/// opens a rectification due the rule's working days after today. Only a member of the team (or a bureau officer who enters a
/// paper record) may submit, and only once.
/// </summary>
public static class SubmitInspection
{
    public sealed record CheckInput(string Item, CheckOutcome Outcome, string Note);

    public sealed record FindingInput(Guid ItemId, int Instances, string Description);

    public sealed record Command
    {
        public Guid TaskId { get; init; }
        public DateOnly InspectedOn { get; init; }
        public IReadOnlyList<CheckInput> Checks { get; init; } = [];
        public string Notes { get; init; } = "";
        public IReadOnlyList<UploadedFile> Photos { get; init; } = [];
        public IReadOnlyList<FindingInput> Findings { get; init; } = [];
    }

    public sealed record Result(int Findings, IReadOnlyList<Guid> Rectifications, DateOnly? RectifyBy);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.TaskId).NotEmpty().WithMessage("请选择检查任务");
            RuleFor(c => c.Checks).NotEmpty().WithMessage("请逐项填写抽查事项的检查结果");
            RuleForEach(c => c.Checks).ChildRules(check =>
            {
                check.RuleFor(c => c.Outcome).IsInEnum().WithMessage("请为每项抽查事项选择符合、不符合或不适用");
                check.RuleFor(c => c.Note).MaximumLength(500).WithMessage("检查说明不能超过 500 个字");
                check.RuleFor(c => c.Note).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.Outcome == CheckOutcome.NonCompliant)
                    .WithMessage("不符合的事项请写明发现的情况");
            });
            RuleFor(c => c.Notes).MaximumLength(2000).WithMessage("检查情况说明不能超过 2000 个字");
            RuleFor(c => c.Findings).Must(f => f.Count <= 20).WithMessage("一次最多记录 20 个问题");
            RuleForEach(c => c.Findings).ChildRules(finding =>
            {
                finding.RuleFor(f => f.ItemId).NotEmpty().WithMessage("请为每个问题选择信用评价项目");
                finding.RuleFor(f => f.Instances).InclusiveBetween(1, 100).WithMessage("问题的次数（人次）应在 1–100 之间");
                finding.RuleFor(f => f.Description).Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("请描述发现的问题")
                    .MaximumLength(1000).WithMessage("问题描述不能超过 1000 个字");
            });
        }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, ICreditFindings credit, TrainingRules rules, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Inspect);
            await validator.EnsureValidAsync(command, ct);
            var photos = FileCheck.VerifyAll(command.Photos, InspectionFiles.Photos, nameof(Command.Photos));
            await using var db = await contexts.CreateDbContextAsync(ct);
            var task = await db.InspectionTasks.FirstOrDefaultAsync(t => t.Id == command.TaskId, ct) ?? throw new NotFoundException("检查任务不存在。");
            var plan = await db.InspectionPlans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, ct);
            await EnsureMaySubmitAsync(db, user, task, plan, ct);
            var today = ChinaTime.Today(clock);
            EnsureDate(command.InspectedOn, plan, today);
            EnsureChecksMatch(command.Checks, plan.CheckItemList);
            var items = await FindingItemsAsync(command.Findings, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            Complete(db, task, command, photos, user.Name, now);
            var book = await rules.ForDayAsync(today, ct);
            var deadline = book.Calendar.AddWorkingDays(today, book.Whole(RuleCatalog.InspectionRectifyDays));
            var rectifications = new List<Guid>();
            foreach (var input in command.Findings)
            {
                rectifications.Add(await AddFindingAsync(db, task, input, items[input.ItemId], command.InspectedOn, today, deadline, user.Name, now, ct));
            }

            await db.SaveChangesAsync(ct);
            return new Result(command.Findings.Count, rectifications, rectifications.Count > 0 ? deadline : null);
        }

        private static async Task EnsureMaySubmitAsync(TrainingDbContext db, CurrentUser user, InspectionTask task, InspectionPlan plan, CancellationToken ct)
        {
            if (task.Status != InspectionTaskStatus.Pending)
            {
                throw new ConflictException($"“{task.InstitutionName}”的检查记录已提交，不能重复提交。");
            }

            if (plan.Status != InspectionPlanStatus.Drawn)
            {
                throw new ConflictException($"抽查计划“{plan.Name}”当前为{InspectionsNames.Of(plan.Status)}，不能再录入检查记录。");
            }

            if (!await MaySubmitAsync(db, user, task.Id, ct))
            {
                throw new ForbiddenException("只有本检查组的执法人员（或录入纸质记录的科室业务员）可以提交检查记录。");
            }
        }

        private static void EnsureDate(DateOnly inspectedOn, InspectionPlan plan, DateOnly today)
        {
            if (inspectedOn > today)
            {
                throw new InvalidInputException(nameof(Command.InspectedOn), "检查日期不能晚于今天");
            }

            if (plan.DrawnOn is { } drawn && inspectedOn < drawn)
            {
                throw new InvalidInputException(nameof(Command.InspectedOn), $"检查日期不能早于抽取日期 {drawn:yyyy-MM-dd}");
            }
        }

        private static void EnsureChecksMatch(IReadOnlyList<CheckInput> checks, IReadOnlyList<string> items)
        {
            if (!checks.Select(c => c.Item).SequenceEqual(items, StringComparer.Ordinal))
            {
                throw new InvalidInputException(nameof(Command.Checks), $"检查结果应与计划的 {items.Count} 项抽查事项逐项对应");
            }
        }

        private async Task<Dictionary<Guid, CreditItemRef>> FindingItemsAsync(IReadOnlyList<FindingInput> findings, CancellationToken ct)
        {
            if (findings.Count == 0)
            {
                return [];
            }

            var active = (await credit.ActiveItemsAsync(ct)).ToDictionary(i => i.Id);
            var unknown = findings.FirstOrDefault(f => !active.ContainsKey(f.ItemId));
            return unknown is null ? active : throw new InvalidInputException(nameof(Command.Findings), "所选的信用评价项目不在现行目录中，请重新选择");
        }

        private static void Complete(TrainingDbContext db, InspectionTask task, Command command, IReadOnlyList<VerifiedFile> photos, string actor, DateTime now)
        {
            task.Status = InspectionTaskStatus.Inspected;
            task.InspectedOn = command.InspectedOn;
            task.Notes = command.Notes.Trim();
            task.HasFindings = command.Findings.Count > 0;
            task.SubmittedBy = actor;
            task.SubmittedAt = now;
            for (var i = 0; i < command.Checks.Count; i++)
            {
                var check = command.Checks[i];
                db.InspectionChecks.Add(new InspectionCheck { TaskId = task.Id, Position = i + 1, Item = check.Item, Outcome = check.Outcome, Note = check.Note.Trim() });
            }

            InspectionFiles.Add(db, task.Id, task.InstitutionId, photos, actor, now);
        }

        private async Task<Guid> AddFindingAsync(
            TrainingDbContext db, InspectionTask task, FindingInput input, CreditItemRef item, DateOnly foundOn, DateOnly today, DateOnly deadline,
            string actor, DateTime now, CancellationToken ct)
        {
            var finding = db.InspectionFindings.Add(new InspectionFinding
            {
                TaskId = task.Id, InstitutionId = task.InstitutionId, CreditItemId = item.Id, ItemCode = item.Code, ItemName = item.Name,
                PointsPerInstance = item.PointsPerInstance, Instances = input.Instances, Description = input.Description.Trim(),
            }).Entity;
            await credit.AddAsync(db, new CreditFinding(task.InstitutionId, item.Id, input.Instances, finding.Description, FindingSource.Inspection, task.Id, foundOn), ct);
            var rectification = db.Rectifications.Add(new Rectification
            {
                TaskId = task.Id, FindingId = finding.Id, InstitutionId = task.InstitutionId, InstitutionName = task.InstitutionName,
                Problem = $"{item.Name}：{finding.Description}", OpenedOn = today, Deadline = deadline, UpdatedAt = now,
            }).Entity;
            db.RectificationSteps.Add(new RectificationStep
            {
                RectificationId = rectification.Id, Action = RectificationAction.Opened, ActorName = actor, At = now,
                Text = $"双随机检查发现问题，责令于 {deadline:yyyy-MM-dd} 前整改完毕",
            });
            return rectification.Id;
        }
    }

    /// <summary>A member of the task's team (through the linked account), or a bureau officer holding Manage.</summary>
    internal static async Task<bool> MaySubmitAsync(TrainingDbContext db, CurrentUser user, Guid taskId, CancellationToken ct) =>
        user.Has(TrainingPermissions.Inspect)
        && (user.Has(TrainingPermissions.Manage)
            || (user.Id != Guid.Empty && await db.InspectionTeamMembers.AnyAsync(
                m => m.TaskId == taskId && db.EnforcementOfficers.Any(o => o.Id == m.OfficerId && o.UserId == user.Id), ct)));
}
