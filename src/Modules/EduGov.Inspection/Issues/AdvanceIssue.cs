using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>One step of the loop on an issue-list item, with its text and evidence, as one audited transaction.</summary>
public static class AdvanceIssue
{
    public const int MaxText = 4000;

    public sealed record Command(Guid IssueId, IssueAction Action, string Text)
    {
        public string PlanOwner { get; init; } = "";
        public DateOnly? PlanDueOn { get; init; }
        public IReadOnlyList<UploadedFile> Files { get; init; } = [];
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(IssueActions.PermissionFor(command.Action));
            Validate(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == command.IssueId, ct) ?? throw new NotFoundException("问题不存在。");
            await scope.DemandSchoolAsync(user, issue.SchoolId, ct);
            var next = IssueWorkflow.Next(issue.Status, command.Action);
            var now = clock.GetUtcNow().UtcDateTime;
            Apply(issue, command, next);
            var step = new IssueEvent
            {
                IssueId = issue.Id, Kind = IssueWorkflow.EventOf(command.Action), StatusAfter = next, Text = command.Text.Trim(),
                ActorId = user.Id, ActorName = user.Name, At = now,
            };
            db.IssueEvents.Add(step);
            AttachmentStore.Add(db, AttachmentOwner.IssueEvent, step.Id, issue.SchoolId, command.Files, user, now);
            await db.SaveChangesAsync(ct);
        }

        private void Apply(Issue issue, Command command, IssueStatus next)
        {
            issue.Status = next;
            if (command.Action == IssueAction.SubmitPlan)
            {
                issue.PlanMeasures = command.Text.Trim();
                issue.PlanOwner = command.PlanOwner.Trim();
                issue.PlanDueOn = command.PlanDueOn;
            }

            issue.ClosedOn = next == IssueStatus.ClosedOut ? ChinaTime.Today(clock) : null;
        }

        private void Validate(Command command)
        {
            var errors = new Dictionary<string, string[]>();
            var text = command.Text.Trim();
            if (text.Length == 0 && NeedsText(command.Action))
            {
                errors[nameof(Command.Text)] = [TextPrompt(command.Action)];
            }
            else if (text.Length > MaxText)
            {
                errors[nameof(Command.Text)] = [$"内容不能超过 {MaxText} 字"];
            }

            if (command.Action == IssueAction.SubmitPlan)
            {
                ValidatePlan(command, errors);
            }

            if (command.Action == IssueAction.ReportFixed && command.Files.Count == 0)
            {
                errors[nameof(Command.Files)] = ["报告整改完成时请上传佐证材料（照片或文件）"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }

        private void ValidatePlan(Command command, Dictionary<string, string[]> errors)
        {
            if (string.IsNullOrWhiteSpace(command.PlanOwner))
            {
                errors[nameof(Command.PlanOwner)] = ["请填写整改责任人"];
            }
            else if (command.PlanOwner.Trim().Length > 50)
            {
                errors[nameof(Command.PlanOwner)] = ["整改责任人不能超过 50 字"];
            }

            if (command.PlanDueOn is not { } due)
            {
                errors[nameof(Command.PlanDueOn)] = ["请填写计划完成日期"];
            }
            else if (due < ChinaTime.Today(clock))
            {
                errors[nameof(Command.PlanDueOn)] = ["计划完成日期不能早于今天"];
            }
        }

        private static bool NeedsText(IssueAction action) => action is not (IssueAction.RecheckPass or IssueAction.CloseOut);

        private static string TextPrompt(IssueAction action) => action switch
        {
            IssueAction.SubmitPlan => "请填写整改措施",
            IssueAction.ReportProgress => "请填写整改进展",
            IssueAction.ReportFixed => "请说明整改结果",
            IssueAction.RecheckFail => "请说明复查不通过的理由",
            _ => "请说明退回的理由",
        };
    }
}
