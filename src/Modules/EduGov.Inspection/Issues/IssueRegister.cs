using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>What a new issue-list item says; the deadline defaults to the settings' days for its severity.</summary>
internal sealed record NewIssue(
    Guid SchoolId,
    IssueSource Source,
    SupervisionItem Item,
    string Description,
    IssueSeverity Severity,
    string Rule,
    DateOnly? Deadline = null,
    Guid? VisitId = null,
    Guid? InspectorId = null,
    string? Reference = null);

/// <summary>Puts items on schools' issue lists inside the caller's unit of work, so a visit and its findings save together.</summary>
internal static class IssueRegister
{
    public static async Task<IReadOnlyList<Issue>> AddAsync(InspectionDbContext db, IReadOnlyList<NewIssue> items, CurrentUser actor, TimeProvider clock, CancellationToken ct)
    {
        var settings = await db.Settings.SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var next = await NextSequenceAsync(db, today.Year, ct);
        var issues = new List<Issue>(items.Count);
        foreach (var item in items)
        {
            var issue = new Issue
            {
                Number = $"{today.Year}-{next++:0000}",
                SchoolId = item.SchoolId,
                VisitId = item.VisitId,
                InspectorId = item.InspectorId,
                Source = item.Source,
                Item = item.Item,
                Description = item.Description.Trim(),
                Severity = item.Severity,
                Rule = item.Rule.Trim(),
                Reference = item.Reference,
                OpenedOn = today,
                Deadline = item.Deadline ?? today.AddDays(settings.DeadlineDays(item.Severity)),
                OpenedByName = actor.Name,
                CreatedAt = now,
                EscalatedAt = item.Source == IssueSource.Emergency ? now : null,
            };
            issue.Events.Add(new IssueEvent
            {
                IssueId = issue.Id, Kind = IssueEventKind.Opened, StatusAfter = IssueStatus.Open,
                Text = $"{InspectionNames.Of(item.Severity)}：{issue.Description}", ActorId = actor.Id, ActorName = actor.Name, At = now,
            });
            db.Issues.Add(issue);
            issues.Add(issue);
        }

        return issues;
    }

    private static async Task<int> NextSequenceAsync(InspectionDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"{year}-";
        var last = await db.Issues.Where(i => i.Number.StartsWith(prefix)).OrderByDescending(i => i.Number).Select(i => i.Number).FirstOrDefaultAsync(ct);
        return last is null ? 1 : int.Parse(last.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture) + 1;
    }
}
