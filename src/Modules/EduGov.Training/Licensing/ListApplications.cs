using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>许可审批 queue (officers) or an institution's own applications (portal), with the legal due date of each.</summary>
public static class ListApplications
{
    public sealed record Query(LicenceStatus? Status = null, LicenceKind? Kind = null, bool OpenOnly = false, bool OverdueOnly = false, string? Search = null, Guid? InstitutionId = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Number, Guid InstitutionId, string InstitutionName, LicenceKind Kind, LicenceStatus Status, DateOnly SubmittedOn, DateOnly DecisionDueOn,
        DateOnly? DecidedOn, int OpinionsAsked, int OpinionsIn, bool Overdue, int WorkingDaysLeft);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TrainingRules rules, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            Guid? scoped = query.InstitutionId;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
                scoped = TrainingScope.DemandOwn(user);
            }

            var today = ChinaTime.Today(clock);
            var calendar = (await rules.ForDayAsync(today, ct)).Calendar;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var q = db.LicenceApplications.AsNoTracking();
            q = scoped is { } id ? q.Where(a => a.InstitutionId == id) : q;
            q = query.Status is { } status ? q.Where(a => a.Status == status) : q;
            q = query.Kind is { } kind ? q.Where(a => a.Kind == kind) : q;
            q = query.OpenOnly || query.OverdueOnly ? q.Where(a => a.Status == LicenceStatus.Submitted || a.Status == LicenceStatus.Reviewing) : q;
            q = query.OverdueOnly ? q.Where(a => a.DecisionDueOn < today) : q;
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                q = q.Where(a => a.Number.Contains(term) || db.Institutions.Any(i => i.Id == a.InstitutionId && i.Name.Contains(term)));
            }

            var page = await q.OrderBy(a => a.Status == LicenceStatus.Submitted || a.Status == LicenceStatus.Reviewing ? 0 : 1).ThenBy(a => a.DecisionDueOn).ThenBy(a => a.Number)
                .Select(a => new
                {
                    Application = a,
                    Name = db.Institutions.Where(i => i.Id == a.InstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
                    Asked = db.LicenceOpinions.Count(o => o.ApplicationId == a.Id),
                    In = db.LicenceOpinions.Count(o => o.ApplicationId == a.Id && o.Result != null),
                }).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(r => new Row(
                r.Application.Id, r.Application.Number, r.Application.InstitutionId, r.Name, r.Application.Kind, r.Application.Status, r.Application.SubmittedOn,
                r.Application.DecisionDueOn, r.Application.DecidedOn, r.Asked, r.In,
                LicensingRules.IsOverdue(r.Application.Status, r.Application.DecisionDueOn, today),
                LicensingRules.WorkingDaysLeft(calendar, r.Application.DecisionDueOn, today)))], page.Total, page.Page, page.Size);
        }
    }
}
