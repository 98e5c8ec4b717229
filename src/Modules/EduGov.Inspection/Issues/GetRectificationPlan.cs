using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>一校一策: one school's open items with the school's measures, owners and dates, and what it closed this year.</summary>
public static class GetRectificationPlan
{
    public sealed record Line(
        Guid Id, string Number, SupervisionItem Item, IssueSeverity Severity, string Description, string Rule, DateOnly Deadline, IssueStatus Status, int DaysOverdue,
        string Measures, string Owner, DateOnly? DueOn, DateOnly? ClosedOn);

    public sealed record Plan(Guid SchoolId, string SchoolCode, string SchoolName, DateOnly AsOf, IReadOnlyList<Line> Open, IReadOnlyList<Line> ClosedThisYear);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Plan> HandleAsync(Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == schoolId) ?? throw new NotFoundException("学校不存在。");
            await scope.DemandSchoolAsync(user, schoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var yearStart = new DateOnly(today.Year, 1, 1);
            var issues = await db.Issues.AsNoTracking()
                .Where(i => i.SchoolId == schoolId && (i.Status != IssueStatus.ClosedOut || i.ClosedOn >= yearStart))
                .OrderBy(i => i.Deadline).ThenBy(i => i.Number).ToListAsync(ct);
            var lines = issues.Select(i => new Line(
                i.Id, i.Number, i.Item, i.Severity, i.Description, i.Rule, i.Deadline, i.Status, IssueWorkflow.DaysOverdue(i.Status, i.Deadline, today),
                i.PlanMeasures, i.PlanOwner, i.PlanDueOn, i.ClosedOn)).ToList();
            return new Plan(school.Id, school.Code, school.Name, today,
                [.. lines.Where(l => l.Status != IssueStatus.ClosedOut)], [.. lines.Where(l => l.Status == IssueStatus.ClosedOut)]);
        }
    }
}
