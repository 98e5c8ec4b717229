using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>One issue-list item with its whole history, its evidence, and the steps the user may take now.</summary>
public static class GetIssue
{
    public sealed record Step(Guid Id, IssueEventKind Kind, IssueStatus StatusAfter, string Text, string ActorName, DateTime At, IReadOnlyList<GetAttachment.Info> Attachments);

    public sealed record Details(
        Guid Id, string Number, Guid SchoolId, string SchoolName, Guid? VisitId, IssueSource Source, SupervisionItem Item, IssueSeverity Severity,
        string Description, string Rule, DateOnly OpenedOn, DateOnly Deadline, IssueStatus Status, bool Escalated, int DaysOverdue, DateOnly? ClosedOn,
        string PlanMeasures, string PlanOwner, DateOnly? PlanDueOn, string OpenedByName, IReadOnlyList<Step> History, IReadOnlyList<IssueAction> Actions);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry,
        GetAttachment.Handler attachments, TimeProvider clock)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var issue = await db.Issues.AsNoTracking().Include(i => i.Events).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("问题不存在。");
            await scope.DemandSchoolAsync(user, issue.SchoolId, ct);
            var events = issue.Events.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
            var files = await attachments.ByOwnerAsync(AttachmentOwner.IssueEvent, [.. events.Select(e => e.Id)], ct);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == issue.SchoolId)?.Name ?? "（学校已撤销）";
            var today = ChinaTime.Today(clock);
            return new Details(
                issue.Id, issue.Number, issue.SchoolId, school, issue.VisitId, issue.Source, issue.Item, issue.Severity, issue.Description, issue.Rule,
                issue.OpenedOn, issue.Deadline, issue.Status, issue.EscalatedAt is not null, IssueWorkflow.DaysOverdue(issue.Status, issue.Deadline, today), issue.ClosedOn,
                issue.PlanMeasures, issue.PlanOwner, issue.PlanDueOn, issue.OpenedByName,
                [.. events.Select(e => new Step(e.Id, e.Kind, e.StatusAfter, e.Text, e.ActorName, e.At, [.. files[e.Id]]))],
                [.. IssueWorkflow.Available(issue.Status).Where(a => user.Has(IssueActions.PermissionFor(a)))]);
        }
    }
}
