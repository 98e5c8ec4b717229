using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>The objections queue: pending first by due date, overdue ones flagged.</summary>
public static class ListObjections
{
    public sealed record Query(RequestStatus? Status = RequestStatus.Pending, bool OverdueOnly = false)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, Guid RecordId, string ItemName, string RecordDescription, string Reason, DateOnly SubmittedOn,
        DateOnly DueOn, RequestStatus Status, string Decision, string DecidedBy, bool Overdue);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var objections = db.Objections.AsNoTracking();
            if (query.Status is { } status)
            {
                objections = objections.Where(o => o.Status == status);
            }

            if (query.OverdueOnly)
            {
                objections = objections.Where(o => o.Status == RequestStatus.Pending && o.DueOn < today);
            }

            var rows = objections.OrderBy(o => o.Status).ThenBy(o => o.DueOn).ThenBy(o => o.SubmittedAt)
                .Join(db.CreditRecords, o => o.RecordId, r => r.Id, (o, r) => new { Objection = o, Record = r })
                .Join(db.Institutions, x => x.Objection.InstitutionId, i => i.Id, (x, i) => new { x.Objection, x.Record, i.Name });
            var total = await rows.CountAsync(ct);
            var page = await rows.Skip((query.Page.SafePage - 1) * query.Page.SafeSize).Take(query.Page.SafeSize).ToListAsync(ct);
            return new PageResult<Row>([.. page.Select(x => new Row(
                x.Objection.Id, x.Objection.InstitutionId, x.Name, x.Record.Id, x.Record.ItemName, x.Record.Description, x.Objection.Reason, x.Objection.SubmittedOn,
                x.Objection.DueOn, x.Objection.Status, x.Objection.Decision, x.Objection.DecidedBy, x.Objection.Status == RequestStatus.Pending && x.Objection.DueOn < today))],
                total, query.Page.SafePage, query.Page.SafeSize);
        }
    }
}
