using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Issues;
using EduGov.Inspection.Scope;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// 突发事件: the inspector at the scene reports in one step. It records and submits an emergency visit and opens one
/// critical issue, escalated to the bureau at once (Art. 5 of 国教督办〔2013〕2号: go to the scene and report immediately).
/// </summary>
public static class ReportEmergency
{
    public const string Rule = "《中小学校责任督学挂牌督导办法》（国教督办〔2013〕2号）第五条：突发事件和重大事故，第一时间赶赴现场并报告";

    public sealed record Command
    {
        public Guid SchoolId { get; init; }
        public SupervisionItem Item { get; init; } = SupervisionItem.CampusSafety;
        public string WhatHappened { get; init; } = "";
        public IReadOnlyList<UploadedFile> Files { get; init; } = [];
    }

    public sealed record Result(Guid VisitId, Guid IssueId, string IssueNumber);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Visit);
            await scope.DemandSchoolAsync(user, command.SchoolId, ct);
            var today = ChinaTime.Today(clock);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspectorId = await VisitActors.ForSchoolAsync(db, user, command.SchoolId, today, ct);
            var visit = new Visit
            {
                SchoolId = command.SchoolId, InspectorId = inspectorId, VisitedOn = today, IsEmergency = true, Summary = command.WhatHappened.Trim(),
            };
            var finding = new NewIssue(command.SchoolId, IssueSource.Emergency, command.Item, command.WhatHappened, IssueSeverity.Critical, Rule, null, visit.Id, inspectorId);
            IssueRules.Validate(finding, today);
            var now = clock.GetUtcNow().UtcDateTime;
            visit.CreatedAt = now;
            visit.Status = VisitStatus.Submitted;
            visit.SubmittedAt = now;
            db.Visits.Add(visit);
            db.VisitEntries.Add(new VisitEntry { VisitId = visit.Id, Item = command.Item, Checked = true, Note = visit.Summary });
            AttachmentStore.Add(db, AttachmentOwner.Visit, visit.Id, visit.SchoolId, command.Files, user, now);
            var issue = (await IssueRegister.AddAsync(db, [finding], user, clock, ct))[0];
            await db.SaveChangesAsync(ct);
            return new Result(visit.Id, issue.Id, issue.Number);
        }
    }
}
