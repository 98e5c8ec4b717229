using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>白名单 / 黑名单: current stays (or the whole history), with institutions and hand-entered unlicensed operators.</summary>
public static class ListCreditLists
{
    public sealed record Query(ListStatus List = ListStatus.Black, bool CurrentOnly = true, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid Id, Guid? InstitutionId, string Name, string Address, ListStatus List, string Reason, DateOnly EnteredOn, string EnteredBy, DateOnly? LeftOn, string LeftReason)
    {
        public bool Unlicensed => InstitutionId is null;
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await Rows(Filter(db, query)).ToPageAsync(query.Page, ct);
        }

        /// <summary>Every entry the page's filter shows, in the page's order, up to <paramref name="limit"/> (for the export).</summary>
        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await Rows(Filter(db, query)).Take(limit).ToListAsync(ct);
        }

        private static IQueryable<ListEntry> Filter(TrainingDbContext db, Query query)
        {
            var entries = db.ListEntries.AsNoTracking().Where(e => e.List == query.List);
            if (query.CurrentOnly)
            {
                entries = entries.Where(e => e.LeftOn == null);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                entries = entries.Where(e => e.Name.Contains(term) || e.Address.Contains(term));
            }

            return entries;
        }

        private static IQueryable<Row> Rows(IQueryable<ListEntry> entries) =>
            entries.OrderByDescending(e => e.EnteredAt).ThenBy(e => e.Id)
                .Select(e => new Row(e.Id, e.InstitutionId, e.Name, e.Address, e.List, e.Reason, e.EnteredOn, e.EnteredBy, e.LeftOn, e.LeftReason));
    }
}
