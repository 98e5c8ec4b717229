using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Inspection.Visits.Templates;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>One visit record with its entries, photos and files, the issues it opened, and whether the user may edit it.</summary>
public static class GetVisit
{
    public sealed record Entry(SupervisionItem Item, Guid? ChecklistItemId, bool Checked, decimal? Points, string Note);

    public sealed record OpenedIssue(Guid Id, string Number, SupervisionItem Item, string Description, IssueSeverity Severity, string Rule, DateOnly Deadline, IssueStatus Status);

    public sealed record Details(
        Guid Id, Guid SchoolId, string School, Guid InspectorId, string Inspector, Guid? PlannedVisitId, InspectionKind Kind, GetTemplate.Details? Template,
        DateOnly VisitedOn, VisitMethods Methods, string Summary, bool IsEmergency, VisitStatus Status, decimal? Score, DateTime CreatedAt, DateTime? SubmittedAt,
        IReadOnlyList<Entry> Entries, IReadOnlyList<GetAttachment.Info> Attachments, IReadOnlyList<OpenedIssue> Issues, bool CanEdit);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var visit = await db.Visits.AsNoTracking().Include(v => v.Entries).FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException("督导记录不存在。");
            var ownInspector = await scope.InspectorIdAsync(user, ct);
            await DemandVisibleAsync(user, visit, ownInspector, ct);
            var inspector = await db.Inspectors.Where(i => i.Id == visit.InspectorId).Select(i => i.Name).FirstAsync(ct);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == visit.SchoolId)?.Name ?? "—";
            var template = visit.TemplateId is { } templateId ? await GetTemplate.Handler.LoadAsync(db, templateId, ct) : null;
            var attachments = await db.Attachments.Where(a => a.OwnerKind == AttachmentOwner.Visit && a.OwnerId == id).OrderBy(a => a.UploadedAt)
                .Select(a => new GetAttachment.Info(a.Id, a.FileName, a.ContentType, a.Length, a.UploadedByName, a.UploadedAt)).ToListAsync(ct);
            var issues = await db.Issues.Where(i => i.VisitId == id).OrderBy(i => i.Number)
                .Select(i => new OpenedIssue(i.Id, i.Number, i.Item, i.Description, i.Severity, i.Rule, i.Deadline, i.Status)).ToListAsync(ct);
            var canEdit = visit.Status == VisitStatus.Draft && user.Has(InspectionPermissions.Visit)
                && (visit.InspectorId == ownInspector || ownInspector is null && user.Role != Role.Inspector && user.Scope.Kind == ScopeKind.Bureau);
            return new Details(
                visit.Id, visit.SchoolId, school, visit.InspectorId, inspector, visit.PlannedVisitId, visit.Kind, template, visit.VisitedOn, visit.Methods,
                visit.Summary, visit.IsEmergency, visit.Status, visit.Score, visit.CreatedAt, visit.SubmittedAt,
                [.. visit.Entries.Select(e => new Entry(e.Item, e.ChecklistItemId, e.Checked, e.Points, e.Note))], attachments, issues, canEdit);
        }

        /// <summary>An inspector always sees their own visits; others see the schools in their scope, and drafts only with the visit permission.</summary>
        private async Task DemandVisibleAsync(CurrentUser user, Visit visit, Guid? ownInspector, CancellationToken ct)
        {
            if (ownInspector == visit.InspectorId)
            {
                return;
            }

            await scope.DemandSchoolAsync(user, visit.SchoolId, ct);
            if (visit.Status == VisitStatus.Draft && !user.Has(InspectionPermissions.Visit))
            {
                throw new ForbiddenException("这条督导记录还是草稿，提交后才能查看。");
            }
        }
    }
}
