using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

public static class ListSchools
{
    public sealed record Query(string? Search = null, SchoolType? Type = null, Ownership? Ownership = null, Guid? ZoneId = null, Guid? GroupId = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid Id, string Code, string Name, SchoolType Type, Ownership Ownership, string? Zone, string? Group, int Students, int Staff);

    /// <summary>Sorts apply to the entity before projection: EF cannot order by a member of a constructed record.</summary>
    private static Dictionary<string, Func<IQueryable<School>, bool, IOrderedQueryable<School>>> Sorts(RegistryDbContext db) => new()
    {
        ["code"] = (q, d) => q.Order(s => s.Code, d),
        ["name"] = (q, d) => q.Order(s => s.Name, d).ThenOrder(s => s.Code, d),
        ["type"] = (q, d) => q.Order(s => s.Type, d).ThenOrder(s => s.Code, d),
        ["ownership"] = (q, d) => q.Order(s => s.Ownership, d).ThenOrder(s => s.Code, d),
        ["students"] = (q, d) => q.Order(s => db.Students.Count(p => p.SchoolId == s.Id && p.Status == StudentStatus.Enrolled), d).ThenOrder(s => s.Code, d),
        ["staff"] = (q, d) => q.Order(s => db.Staff.Count(t => t.SchoolId == s.Id && t.EmploymentStatus == EmploymentStatus.Active), d).ThenOrder(s => s.Code, d),
    };

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.SchoolsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = Filter(db.Schools(user), query).SortBy(query.Page, Sorts(db), "code").Select(s => new Row(
                s.Id, s.Code, s.Name, s.Type, s.Ownership,
                s.Zone != null ? s.Zone.Name : null,
                s.Group != null ? s.Group.Name : null,
                db.Students.Count(p => p.SchoolId == s.Id && p.Status == StudentStatus.Enrolled),
                db.Staff.Count(t => t.SchoolId == s.Id && t.EmploymentStatus == EmploymentStatus.Active)));
            return await rows.ToPageAsync(query.Page, ct);
        }

        internal static IQueryable<School> Filter(IQueryable<School> schools, Query query)
        {
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                schools = schools.Where(s => s.Name.Contains(term) || s.Code.StartsWith(term));
            }

            if (query.Type is { } type)
            {
                schools = schools.Where(s => s.Type == type);
            }

            if (query.Ownership is { } ownership)
            {
                schools = schools.Where(s => s.Ownership == ownership);
            }

            if (query.ZoneId is { } zone)
            {
                schools = schools.Where(s => s.ZoneId == zone);
            }

            if (query.GroupId is { } group)
            {
                schools = schools.Where(s => s.GroupId == group);
            }

            return schools;
        }
    }
}
