using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>信用管理: institutions with their score (out of 1,000), grade, card and list, filtered, sorted (lowest score first) and paged.</summary>
public static class ListCredit
{
    public sealed record Query(string? Search = null, CreditGrade? Grade = null, CardLevel? Card = null, ListStatus? List = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Name, string CreditCode, TrainingCategory Category, InstitutionStatus Status, int Score, CreditGrade Grade, CardLevel Card,
        ListStatus List, int ActiveRecords, DateTime? UpdatedAt);

    public sealed record Summary(IReadOnlyDictionary<CreditGrade, int> ByGrade, int Yellow, int Red, int White, int Black);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var page = await Sorted(Filter(db.Institutions.AsNoTracking(), query), query.Page).ToPageAsync(query.Page, ct);
            return new PageResult<Row>(await RowsAsync(db, page.Items, ct), page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institutions = await Sorted(Filter(db.Institutions.AsNoTracking(), query), query.Page).Take(limit).ToListAsync(ct);
            return await RowsAsync(db, institutions, ct);
        }

        public async Task<Summary> SummarizeAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rated = db.Institutions.AsNoTracking().Where(i => i.CreditUpdatedAt != null);
            var grades = await rated.GroupBy(i => i.CreditGrade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return new Summary(
                Enum.GetValues<CreditGrade>().ToDictionary(g => g, g => grades.GetValueOrDefault(g)),
                await rated.CountAsync(i => i.Card == CardLevel.Yellow, ct), await rated.CountAsync(i => i.Card == CardLevel.Red, ct),
                await rated.CountAsync(i => i.List == ListStatus.White, ct), await rated.CountAsync(i => i.List == ListStatus.Black, ct));
        }

        private static async Task<IReadOnlyList<Row>> RowsAsync(TrainingDbContext db, IReadOnlyList<TrainingInstitution> institutions, CancellationToken ct)
        {
            var ids = institutions.Select(i => i.Id).ToList();
            var active = await db.CreditRecords.AsNoTracking().Where(r => ids.Contains(r.InstitutionId) && r.Status == CreditRecordStatus.Active)
                .GroupBy(r => r.InstitutionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return [.. institutions.Select(i => new Row(
                i.Id, i.Name, i.CreditCode, i.Category, i.Status, i.CreditScore, i.CreditGrade, i.Card, i.List, active.GetValueOrDefault(i.Id), i.CreditUpdatedAt))];
        }

        private static IQueryable<TrainingInstitution> Filter(IQueryable<TrainingInstitution> institutions, Query query)
        {
            if (query.Grade is { } grade)
            {
                institutions = institutions.Where(i => i.CreditGrade == grade && i.CreditUpdatedAt != null);
            }

            if (query.Card is { } card)
            {
                institutions = institutions.Where(i => i.Card == card);
            }

            if (query.List is { } list)
            {
                institutions = institutions.Where(i => i.List == list);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim().ToUpperInvariant();
                var name = query.Search.Trim();
                institutions = institutions.Where(i => i.Name.Contains(name) || i.CreditCode.Contains(term));
            }

            return institutions;
        }

        private static readonly Dictionary<string, Func<IQueryable<TrainingInstitution>, bool, IOrderedQueryable<TrainingInstitution>>> Sorts = new()
        {
            ["score"] = (q, d) => q.Order(i => i.CreditScore, d).ThenOrder(i => i.CreditCode, d),
            ["grade"] = (q, d) => q.Order(i => i.CreditGrade, d).ThenOrder(i => i.CreditScore, !d).ThenOrder(i => i.CreditCode, d),
            ["code"] = (q, d) => q.Order(i => i.CreditCode, d),
            ["card"] = (q, d) => q.Order(i => i.Card, d).ThenOrder(i => i.CreditCode, d),
        };

        private static IQueryable<TrainingInstitution> Sorted(IQueryable<TrainingInstitution> institutions, PageRequest page) =>
            institutions.SortBy(page, Sorts, "score");
    }
}
