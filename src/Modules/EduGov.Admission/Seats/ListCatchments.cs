using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>对口地段: the address rules of the public schools in scope, by school code, filtered by school and street/小区.</summary>
public static class ListCatchments
{
    public sealed record Query(Guid? SchoolId = null, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid SchoolId, string SchoolCode, string SchoolName, string Street, int? FromNumber, int? ToNumber,
        HouseNumberParity Parity, string Estate, string Note, string Description);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var rows = await AllAsync(query, ct);
            var page = query.Page;
            return new PageResult<Row>([.. rows.Skip((page.SafePage - 1) * page.SafeSize).Take(page.SafeSize)], rows.Count, page.SafePage, page.SafeSize);
        }

        /// <summary>Every matching rule, unpaged (the export).</summary>
        public async Task<IReadOnlyList<Row>> AllAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            var schools = (await CatchmentRules.SchoolsAsync(registry, scope, user, ct))
                .Where(s => query.SchoolId is null || s.Id == query.SchoolId).ToDictionary(s => s.Id);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rules = db.Catchments.AsNoTracking();
            if (query.SchoolId is { } schoolId)
            {
                rules = rules.Where(r => r.SchoolId == schoolId);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim();
                rules = rules.Where(r => r.Street.Contains(search) || r.Estate.Contains(search));
            }

            return
            [
                .. (await rules.ToListAsync(ct))
                    .Where(r => schools.ContainsKey(r.SchoolId))
                    .Select(r => ToRow(r, schools[r.SchoolId]))
                    .OrderBy(r => r.SchoolCode, StringComparer.Ordinal).ThenBy(r => r.Street, StringComparer.Ordinal)
                    .ThenBy(r => r.FromNumber ?? 0).ThenBy(r => r.Estate, StringComparer.Ordinal).ThenBy(r => r.Id),
            ];
        }

        private static Row ToRow(CatchmentRule r, SchoolRef school) =>
            new(r.Id, school.Id, school.Code, school.Name, r.Street, r.FromNumber, r.ToNumber, r.Parity, r.Estate, r.Note, CatchmentRules.Describe(r));
    }
}
