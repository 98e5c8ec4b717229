using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>机构名录: every institution, searched by name or credit code, filtered, sorted and paged on the server.</summary>
public static class ListInstitutions
{
    public sealed record Query(
        string? Search = null, TrainingKind? Kind = null, TrainingCategory? Category = null, TrainingMode? Mode = null, InstitutionStatus? Status = null,
        Guid? ZoneId = null, CreditGrade? Grade = null, CardLevel? Card = null, ListStatus? List = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Name, string CreditCode, TrainingKind Kind, TrainingCategory Category, TrainingMode Mode, bool ForProfit, InstitutionStatus Status,
        string ZoneName, string Address, int CreditScore, CreditGrade Grade, CardLevel Card, ListStatus List, string? PermitNumber, DateOnly? PermitValidUntil);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await Rows(db, Sorted(Filter(db.Institutions, query), query.Page)).ToPageAsync(query.Page, ct);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await Rows(db, Sorted(Filter(db.Institutions, query), query.Page)).Take(limit).ToListAsync(ct);
        }

        private static IQueryable<Row> Rows(TrainingDbContext db, IQueryable<TrainingInstitution> institutions) =>
            institutions.Select(i => new Row(
                i.Id, i.Name, i.CreditCode, i.Kind, i.Category, i.Mode, i.ForProfit, i.Status, i.ZoneName, i.Address, i.CreditScore, i.CreditGrade, i.Card, i.List,
                db.Permits.Where(p => p.InstitutionId == i.Id && p.Status == PermitStatus.Valid).OrderByDescending(p => p.IssuedOn).Select(p => p.Number).FirstOrDefault(),
                db.Permits.Where(p => p.InstitutionId == i.Id && p.Status == PermitStatus.Valid).OrderByDescending(p => p.IssuedOn).Select(p => (DateOnly?)p.ValidUntil).FirstOrDefault()));

        private static IQueryable<TrainingInstitution> Filter(IQueryable<TrainingInstitution> q, Query query)
        {
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                var code = term.ToUpperInvariant();
                q = q.Where(i => i.Name.Contains(term) || i.CreditCode.StartsWith(code));
            }

            q = query.Kind is { } kind ? q.Where(i => i.Kind == kind) : q;
            q = query.Category is { } category ? q.Where(i => i.Category == category) : q;
            q = query.Mode is { } mode ? q.Where(i => i.Mode == mode) : q;
            q = query.Status is { } status ? q.Where(i => i.Status == status) : q;
            q = query.ZoneId is { } zone ? q.Where(i => i.ZoneId == zone) : q;
            q = query.Grade is { } grade ? q.Where(i => i.CreditGrade == grade) : q;
            q = query.Card is { } card ? q.Where(i => i.Card == card) : q;
            q = query.List is { } list ? q.Where(i => i.List == list) : q;
            return q;
        }

        private static readonly Dictionary<string, Func<IQueryable<TrainingInstitution>, bool, IOrderedQueryable<TrainingInstitution>>> Sorts = new()
        {
            ["name"] = (q, d) => q.Order(i => i.Name, d).ThenOrder(i => i.CreditCode, d),
            ["code"] = (q, d) => q.Order(i => i.CreditCode, d),
            ["score"] = (q, d) => q.Order(i => i.CreditScore, d).ThenOrder(i => i.Name, d),
            ["status"] = (q, d) => q.Order(i => i.Status, d).ThenOrder(i => i.Name, d),
        };

        private static IQueryable<TrainingInstitution> Sorted(IQueryable<TrainingInstitution> q, PageRequest page) => q.SortBy(page, Sorts, "name");
    }
}
