using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>The repair queue: pending requests first, oldest first, with the record and its repair timing.</summary>
public static class ListRepairs
{
    public sealed record Query(RequestStatus? Status = RequestStatus.Pending)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, string ItemName, BreachSeverity Severity, DateOnly DecidedOn, DateOnly RepairableFrom,
        DateOnly PublicUntil, string Commitment, string Evidence, DateOnly SubmittedOn, RequestStatus Status, string Decision, string DecidedBy);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var requests = db.RepairRequests.AsNoTracking();
            if (query.Status is { } status)
            {
                requests = requests.Where(r => r.Status == status);
            }

            var rows = requests.OrderBy(r => r.Status).ThenBy(r => r.SubmittedAt)
                .Join(db.CreditRecords, q => q.RecordId, r => r.Id, (q, r) => new { Request = q, Record = r })
                .Join(db.Institutions, x => x.Request.InstitutionId, i => i.Id, (x, i) => new { x.Request, x.Record, i.Name });
            var total = await rows.CountAsync(ct);
            var page = await rows.Skip((query.Page.SafePage - 1) * query.Page.SafeSize).Take(query.Page.SafeSize).ToListAsync(ct);
            return new PageResult<Row>([.. page.Select(x => new Row(
                x.Request.Id, x.Request.InstitutionId, x.Name, x.Record.ItemName, x.Record.Severity, x.Record.DecidedOn, x.Record.RepairableFrom, x.Record.PublicUntil,
                x.Request.Commitment, x.Request.Evidence, x.Request.SubmittedOn, x.Request.Status, x.Request.Decision, x.Request.DecidedBy))],
                total, query.Page.SafePage, query.Page.SafeSize);
        }
    }
}
