using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>我的检查任务: the tasks whose team includes the enforcement officer linked to the signed-in account.</summary>
public static class ListMyTasks
{
    public sealed record Query(InspectionTaskStatus? Status = null);

    public sealed record Row(
        Guid Id, Guid PlanId, string PlanName, string InstitutionName, string Token, CreditGrade Grade, InspectionTaskStatus Status,
        IReadOnlyList<string> Team, DateOnly? PublishDue, DateOnly? InspectedOn);

    /// <summary>The officer the account is linked to (null when none) and a page of their tasks.</summary>
    public sealed record Result(string? OfficerName, PageResult<Row> Tasks);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Query query, PageRequest page, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Inspect);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var officer = user.Id == Guid.Empty ? null : await db.EnforcementOfficers.AsNoTracking().FirstOrDefaultAsync(o => o.UserId == user.Id, ct);
            if (officer is null)
            {
                return new Result(null, new PageResult<Row>([], 0, page.SafePage, page.SafeSize));
            }

            var tasks = from t in db.InspectionTasks
                        join p in db.InspectionPlans on t.PlanId equals p.Id
                        where db.InspectionTeamMembers.Any(m => m.TaskId == t.Id && m.OfficerId == officer.Id)
                        select new { Task = t, Plan = p };
            if (query.Status is { } status)
            {
                tasks = tasks.Where(x => x.Task.Status == status);
            }

            var result = await tasks.OrderBy(x => x.Task.Status).ThenByDescending(x => x.Plan.Year).ThenByDescending(x => x.Plan.Batch).ThenBy(x => x.Task.Order)
                .Select(x => new Row(x.Task.Id, x.Plan.Id, x.Plan.Name, x.Task.InstitutionName, x.Task.Token, x.Task.Grade, x.Task.Status, new List<string>(), x.Plan.PublishDue, x.Task.InspectedOn))
                .ToPageAsync(page, ct);
            var ids = result.Items.Select(r => r.Id).ToList();
            var members = await db.InspectionTeamMembers.AsNoTracking().Where(m => ids.Contains(m.TaskId)).OrderBy(m => m.Position).ToListAsync(ct);
            var teams = members.ToLookup(m => m.TaskId, m => m.OfficerName);
            return new Result(officer.Name, result with { Items = [.. result.Items.Select(r => r with { Team = [.. teams[r.Id]] })] });
        }
    }
}
