using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Issues;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// Saves a draft visit record, or submits it. Submitting needs a summary and at least one item checked (or every line of
/// the checklist scored); it opens the findings as issue-list items, marks the planned visit done and makes the record
/// read-only — all in one transaction, so a submission that fails any check changes nothing.
/// Findings are opened on submission only: a draft keeps the entries, notes, methods, photos and summary.
/// </summary>
public static class SaveVisit
{
    public sealed record EntryInput(SupervisionItem Item, Guid? ChecklistItemId = null, bool Checked = false, decimal? Points = null, string Note = "");

    public sealed record FindingInput(SupervisionItem Item, string Description, IssueSeverity Severity, string Rule, DateOnly? Deadline = null);

    public sealed record Command
    {
        public Guid VisitId { get; init; }
        public DateOnly VisitedOn { get; init; }
        public InspectionKind Kind { get; init; } = InspectionKind.Routine;
        public Guid? TemplateId { get; init; }
        public VisitMethods Methods { get; init; }
        public IReadOnlyList<EntryInput> Entries { get; init; } = [];
        public IReadOnlyList<FindingInput> Findings { get; init; } = [];
        public IReadOnlyList<UploadedFile> Files { get; init; } = [];
        public string Summary { get; init; } = "";
        public bool Submit { get; init; }
    }

    private const VisitMethods AllMethods = VisitMethods.ClassObservation | VisitMethods.DocumentReview | VisitMethods.MeetingAttendance
        | VisitMethods.Interviews | VisitMethods.Questionnaire | VisitMethods.CampusPatrol;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.VisitedOn).Must(d => d <= ChinaTime.Today(clock)).WithMessage("督导日期不能晚于今天");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("请选择督导类型");
            RuleFor(c => c.Methods).Must(m => (m & ~AllMethods) == 0).WithMessage("督导方式不正确");
            RuleFor(c => c.Summary).MaximumLength(4000).WithMessage("督导意见不能超过 4000 字");
            RuleFor(c => c.Summary).NotEmpty().WithMessage("提交前请填写督导意见（总体评价和建议）").When(c => c.Submit);
            RuleForEach(c => c.Entries).ChildRules(entry =>
            {
                entry.RuleFor(e => e.Item).IsInEnum().WithMessage("督导事项不正确");
                entry.RuleFor(e => e.Note).MaximumLength(2000).WithMessage("记录不能超过 2000 字");
                entry.RuleFor(e => e.Points).GreaterThanOrEqualTo(0).WithMessage("得分不能为负数");
            }).OverridePropertyName(nameof(Command.Entries));
            RuleFor(c => c.Findings).Empty().WithMessage("发现的问题在提交时下达，草稿不保存问题").When(c => !c.Submit);
        }
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Visit);
            await EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var visit = await db.Visits.Include(v => v.Entries).FirstOrDefaultAsync(v => v.Id == command.VisitId, ct) ?? throw new NotFoundException("督导记录不存在。");
            if (visit.Status == VisitStatus.Submitted)
            {
                throw new ConflictException("这条督导记录已提交，不能再修改。");
            }

            await VisitActors.DemandEditorAsync(db, user, visit, ct);
            var template = await TemplateOfAsync(db, visit, command, ct);
            var entries = VisitEntries.Check(command.Entries, template);
            var score = command.Submit ? VisitEntries.CheckComplete(entries, template) : null;

            visit.VisitedOn = command.VisitedOn;
            visit.Kind = command.Kind;
            visit.TemplateId = template?.Id;
            visit.Methods = command.Methods;
            visit.Summary = command.Summary.Trim();
            VisitEntries.Merge(db, visit, entries);
            var now = clock.GetUtcNow().UtcDateTime;
            AttachmentStore.Add(db, AttachmentOwner.Visit, visit.Id, visit.SchoolId, command.Files, user, now);
            if (command.Submit)
            {
                visit.Status = VisitStatus.Submitted;
                visit.SubmittedAt = now;
                visit.Score = score;
                await CompletePlanAsync(db, visit, ct);
                await IssueRegister.AddAsync(db, Issues(command.Findings, visit), user, clock, ct);
            }

            await db.SaveChangesAsync(ct);
        }

        /// <summary>The form's rules and every finding's, reported together so the inspector fixes them in one go.</summary>
        private async Task EnsureValidAsync(Command command, CancellationToken ct)
        {
            var result = await validator.ValidateAsync(command, ct);
            var errors = result.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            if (command.Submit)
            {
                var today = ChinaTime.Today(clock);
                for (var i = 0; i < command.Findings.Count; i++)
                {
                    foreach (var (field, messages) in FindingErrors(command.Findings[i], today))
                    {
                        errors[$"Findings[{i}].{field}"] = [.. messages.Select(m => $"问题 {i + 1}：{m}")];
                    }
                }
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }

        private static IReadOnlyDictionary<string, string[]> FindingErrors(FindingInput finding, DateOnly today)
        {
            try
            {
                IssueRules.Validate(new NewIssue(Guid.Empty, IssueSource.Visit, finding.Item, finding.Description, finding.Severity, finding.Rule, finding.Deadline), today);
                return new Dictionary<string, string[]>();
            }
            catch (InvalidInputException e)
            {
                return e.Errors;
            }
        }

        private static IReadOnlyList<NewIssue> Issues(IReadOnlyList<FindingInput> findings, Visit visit) =>
        [
            .. findings.Select(f => new NewIssue(
                visit.SchoolId, visit.IsEmergency ? IssueSource.Emergency : IssueSource.Visit, f.Item, f.Description, f.Severity, f.Rule, f.Deadline, visit.Id, visit.InspectorId)),
        ];

        private static async Task<ChecklistTemplate?> TemplateOfAsync(InspectionDbContext db, Visit visit, Command command, CancellationToken ct)
        {
            if (command.Kind == InspectionKind.Routine)
            {
                return null;
            }

            var id = command.TemplateId ?? throw new InvalidInputException(nameof(Command.TemplateId), $"{InspectionNames.Of(command.Kind)}请选择检查表");
            var template = await db.Templates.Include(t => t.Items).FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new InvalidInputException(nameof(Command.TemplateId), "检查表不存在");
            if (template.Kind != command.Kind)
            {
                throw new InvalidInputException(nameof(Command.TemplateId), $"“{template.Name}”是{InspectionNames.Of(template.Kind)}的检查表");
            }

            if (!template.Active && visit.TemplateId != template.Id)
            {
                throw new InvalidInputException(nameof(Command.TemplateId), $"检查表“{template.Name}”已停用");
            }

            return template;
        }

        /// <summary>The visit fulfils its planned visit, or else the first open one of that month for the same school and inspector.</summary>
        private static async Task CompletePlanAsync(InspectionDbContext db, Visit visit, CancellationToken ct)
        {
            if (visit.IsEmergency)
            {
                return;
            }

            var month = VisitMonths.First(visit.VisitedOn);
            var plan = visit.PlannedVisitId is { } planId
                ? await db.PlannedVisits.FirstOrDefaultAsync(p => p.Id == planId, ct)
                : await db.PlannedVisits.Where(p => p.SchoolId == visit.SchoolId && p.InspectorId == visit.InspectorId && p.Month == month && p.Status == PlannedVisitStatus.Planned)
                    .OrderBy(p => p.Sequence).FirstOrDefaultAsync(ct);
            if (plan is { Status: PlannedVisitStatus.Planned })
            {
                plan.Status = PlannedVisitStatus.Done;
                plan.VisitId = visit.Id;
                visit.PlannedVisitId = plan.Id;
            }
        }
    }
}
