using EduGov.Inspection.Data;
using EduGov.Inspection.Scope;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>The 办学条件 of one year for every evaluated school in the user's scope, filled in or not, by 学校标识码.</summary>
public static class ListFacilities
{
    public sealed record Query(int Year, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    /// <summary>One school; the figures are null while the school has not reported the year.</summary>
    public sealed record Row(Guid SchoolId, string Code, string Name, SchoolType Type, string? Zone, FacilitiesValues? Values, string? UpdatedBy, DateTime? UpdatedAt)
    {
        public bool Reported => Values is not null;
    }

    /// <param name="Schools">Evaluated schools in scope (all pages, before the search).</param>
    /// <param name="Reported">How many of them have figures for the year.</param>
    public sealed record Result(PageResult<Row> Page, int Schools, int Reported);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, InspectionScope scope, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var schools = await BalancedSchools.InScopeAsync(registry, scope, user, ct);
            var matching = schools.Where(s => BalancedSchools.Matches(s, query.Search)).ToList();
            var page = matching.Skip((query.Page.SafePage - 1) * query.Page.SafeSize).Take(query.Page.SafeSize).ToList();
            var rows = await RowsAsync(page, query.Year, ct);
            var reported = await ReportedAsync(schools, query.Year, ct);
            return new Result(new PageResult<Row>(rows, matching.Count, query.Page.SafePage, query.Page.SafeSize), schools.Count, reported);
        }

        /// <summary>Every matching school, unpaged (the export).</summary>
        public async Task<IReadOnlyList<Row>> AllAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var schools = await BalancedSchools.InScopeAsync(registry, scope, user, ct);
            return await RowsAsync([.. schools.Where(s => BalancedSchools.Matches(s, query.Search))], query.Year, ct);
        }

        private async Task<IReadOnlyList<Row>> RowsAsync(IReadOnlyList<SchoolRef> schools, int year, CancellationToken ct)
        {
            var zones = (await registry.ZonesAsync(ct)).ToDictionary(z => z.Id, z => z.Name);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var facilities = new Dictionary<Guid, Domain.SchoolFacilities>();
            foreach (var chunk in schools.Select(s => s.Id).Chunk(500))
            {
                foreach (var row in await db.Facilities.AsNoTracking().Where(f => f.Year == year && chunk.Contains(f.SchoolId)).ToListAsync(ct))
                {
                    facilities[row.SchoolId] = row;
                }
            }

            return
            [
                .. schools.Select(s =>
                {
                    var f = facilities.GetValueOrDefault(s.Id);
                    return new Row(s.Id, s.Code, s.Name, s.Type, s.ZoneId is { } zone ? zones.GetValueOrDefault(zone) : null,
                        f is null ? null : new FacilitiesValues(f.TeachingSpaceSquareMetres, f.SportsSpaceSquareMetres, f.EquipmentValueYuan, f.MultimediaClassrooms),
                        f?.UpdatedByName, f?.UpdatedAt);
                }),
            ];
        }

        private async Task<int> ReportedAsync(IReadOnlyList<SchoolRef> schools, int year, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var reported = await db.Facilities.Where(f => f.Year == year).Select(f => f.SchoolId).ToListAsync(ct);
            var inScope = schools.Select(s => s.Id).ToHashSet();
            return reported.Count(inScope.Contains);
        }
    }
}
