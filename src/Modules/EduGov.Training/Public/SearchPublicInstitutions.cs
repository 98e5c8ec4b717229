using EduGov.Platform.Querying;
using EduGov.Training.Complaints;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Public;

/// <summary>机构查询 for everyone: operating institutions and those closed with notice, by name, area and category, paged.</summary>
public static class SearchPublicInstitutions
{
    public const int PageSize = 20;

    public sealed record Query(string? Name, Guid? ZoneId, TrainingCategory? Category, int Page = 1);

    public sealed record Row(
        Guid Id, string Name, TrainingKind Kind, TrainingCategory Category, TrainingMode Mode, string ZoneName, string Address, InstitutionStatus Status,
        CreditGrade Grade, CardLevel Card, ListStatus List);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var shown = PublicStatuses.Shown.ToList();
            var institutions = db.Institutions.AsNoTracking().Where(i => shown.Contains(i.Status));
            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                var term = query.Name.Trim();
                institutions = institutions.Where(i => i.Name.Contains(term));
            }

            if (query.ZoneId is { } zone)
            {
                institutions = institutions.Where(i => i.ZoneId == zone);
            }

            if (query.Category is { } category)
            {
                institutions = institutions.Where(i => i.Category == category);
            }

            var page = await institutions
                .OrderBy(i => i.Status == InstitutionStatus.Licensed || i.Status == InstitutionStatus.Suspended ? 0 : 1).ThenBy(i => i.Name).ThenBy(i => i.Id)
                .Select(i => new Row(i.Id, i.Name, i.Kind, i.Category, i.Mode, i.ZoneName, i.Address, i.Status, i.CreditGrade, i.Card, i.List))
                .ToPageAsync(new PageRequest(query.Page, PageSize), ct);
            return page;
        }
    }
}
