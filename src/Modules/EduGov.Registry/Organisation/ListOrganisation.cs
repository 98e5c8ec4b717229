using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Organisation;

/// <summary>Zones and education groups with the number of schools of each that the user can see.</summary>
public static class ListOrganisation
{
    public sealed record Unit(Guid Id, string Name, string Description, int Schools, string? LeadSchool);

    public sealed record Result(IReadOnlyList<Unit> Zones, IReadOnlyList<Unit> Groups, IReadOnlyList<string> Departments, string Bureau);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.SchoolsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schools = db.Schools(user);
            var zones = await db.Zones.OrderBy(z => z.Name)
                .Select(z => new Unit(z.Id, z.Name, z.Description, schools.Count(s => s.ZoneId == z.Id), null)).ToListAsync(ct);
            var groups = await db.Groups.OrderBy(g => g.Name)
                .Select(g => new Unit(g.Id, g.Name, "", schools.Count(s => s.GroupId == g.Id), db.Schools.Where(s => s.Id == g.LeadSchoolId).Select(s => s.Name).FirstOrDefault()))
                .ToListAsync(ct);
            var departments = await db.Departments.OrderBy(d => d.SortOrder).Select(d => d.Name).ToListAsync(ct);
            var bureau = await db.Bureaus.Select(b => b.Name).FirstOrDefaultAsync(ct) ?? "";
            return user.CoversWholeBureau()
                ? new Result(zones, groups, departments, bureau)
                : new Result([.. zones.Where(z => z.Schools > 0)], [.. groups.Where(g => g.Schools > 0)], departments, bureau);
        }
    }
}
