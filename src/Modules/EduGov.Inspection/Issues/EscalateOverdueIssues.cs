using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Issues;

/// <summary>
/// Overdue items go to the bureau: the first time an item is found past its deadline it is escalated (it then shows on the
/// bureau's 逾期督办 list), and while it stays overdue the school is reminded again every <see cref="InspectionSettings.ReminderIntervalDays"/>.
/// </summary>
public static class EscalateOverdueIssues
{
    public sealed record Outcome(int Escalated, int Reminded);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, TimeProvider clock)
    {
        public const string ActorName = "逾期督办（系统）";

        public async Task<Outcome> HandleAsync(CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var settings = await db.Settings.SingleAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var today = ChinaTime.Today(clock);
            var overdue = await ListIssues.Handler.Overdue(db.Issues, today).ToListAsync(ct);
            var escalated = 0;
            var reminded = 0;
            foreach (var issue in overdue)
            {
                var days = today.DayNumber - issue.Deadline.DayNumber;
                if (issue.EscalatedAt is null)
                {
                    issue.EscalatedAt = now;
                    Record(db, issue, IssueEventKind.Escalated, $"已超过整改期限 {days} 天，上报教育局督办。", now);
                    escalated++;
                }

                if (issue.LastRemindedAt is not { } last || now - last >= TimeSpan.FromDays(settings.ReminderIntervalDays))
                {
                    issue.LastRemindedAt = now;
                    Record(db, issue, IssueEventKind.Reminded, $"整改期限为 {issue.Deadline:yyyy-MM-dd}，已逾期 {days} 天，请学校尽快整改并报告。", now);
                    reminded++;
                }
            }

            await db.SaveChangesAsync(ct);
            return new Outcome(escalated, reminded);
        }

        private static void Record(InspectionDbContext db, Issue issue, IssueEventKind kind, string text, DateTime now) =>
            db.IssueEvents.Add(new IssueEvent { IssueId = issue.Id, Kind = kind, StatusAfter = issue.Status, Text = text, ActorId = Guid.Empty, ActorName = ActorName, At = now });
    }
}
