using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>The plans, newest first, with progress (tasks inspected against tasks drawn) and the publication deadline.</summary>
public static class ListPlans
{
    public sealed record Query(int? Year = null, InspectionPlanStatus? Status = null, string? Search = null);

    public sealed record Row(
        Guid Id, string Name, int Year, int Batch, InspectionPlanStatus Status, int Targets, int Tasks, int Done, int WithFindings,
        DateOnly? DrawnOn, DateOnly? PublishDue, DateTime? PublishedAt, bool Overdue);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, PageRequest page, CancellationToken ct = default)
        {
            InspectionAccess.DemandView(users.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plans = db.InspectionPlans.AsNoTracking();
            if (query.Year is { } year)
            {
                plans = plans.Where(p => p.Year == year);
            }

            if (query.Status is { } status)
            {
                plans = plans.Where(p => p.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim();
                plans = plans.Where(p => p.Name.Contains(search));
            }

            var today = ChinaTime.Today(clock);
            var result = await plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.Batch)
                .Select(p => new Row(
                    p.Id, p.Name, p.Year, p.Batch, p.Status,
                    db.InspectionTargets.Count(t => t.PlanId == p.Id),
                    db.InspectionTasks.Count(t => t.PlanId == p.Id),
                    db.InspectionTasks.Count(t => t.PlanId == p.Id && t.Status != InspectionTaskStatus.Pending),
                    db.InspectionTasks.Count(t => t.PlanId == p.Id && t.HasFindings),
                    p.DrawnOn, p.PublishDue, p.PublishedAt, false))
                .ToPageAsync(page, ct);
            return result with { Items = [.. result.Items.Select(r => r with { Overdue = IsOverdue(r.Status, r.PublishDue, today) })] };
        }
    }

    /// <summary>Drawn but not published after the due day.</summary>
    public static bool IsOverdue(InspectionPlanStatus status, DateOnly? due, DateOnly today) =>
        status == InspectionPlanStatus.Drawn && due is { } day && today > day;
}
