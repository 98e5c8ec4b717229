using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

public static class GetSchool
{
    public sealed record CampusView(Guid Id, string Name, string Address, double? Latitude, double? Longitude, bool IsMain);

    public sealed record ClassView(Guid Id, int Grade, int Number, string Name, int ClassSizeCap, int Students, string HeadTeacher);

    public sealed record TimelineEntry(DateTime At, string Action, string Actor, string? Details);

    public sealed record Details(
        Guid Id, string Code, string Name, SchoolType Type, Ownership Ownership, string RegionCode, Guid? ZoneId, string? Zone, Guid? GroupId, string? Group,
        string Principal, string Phone, DateOnly FoundedOn, int Students, int Staff,
        IReadOnlyList<CampusView> Campuses, IReadOnlyList<ClassView> Classes);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Details> HandleAsync(Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.SchoolsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var s = await db.SchoolInScopeAsync(user, schoolId, ct);
            var zone = s.ZoneId is null ? null : await db.Zones.Where(z => z.Id == s.ZoneId).Select(z => z.Name).FirstOrDefaultAsync(ct);
            var group = s.GroupId is null ? null : await db.Groups.Where(g => g.Id == s.GroupId).Select(g => g.Name).FirstOrDefaultAsync(ct);
            var campuses = await db.Campuses.Where(c => c.SchoolId == schoolId)
                .OrderByDescending(c => c.IsMain).ThenBy(c => c.Name)
                .Select(c => new CampusView(c.Id, c.Name, c.Address, c.Latitude, c.Longitude, c.IsMain)).ToListAsync(ct);
            var classes = await db.Classes.Where(c => c.SchoolId == schoolId)
                .OrderBy(c => c.Grade).ThenBy(c => c.Number)
                .Select(c => new { c.Id, c.Grade, c.Number, c.ClassSizeCap, c.HeadTeacher, Students = db.Students.Count(p => p.ClassId == c.Id && p.Status == StudentStatus.Enrolled) })
                .ToListAsync(ct);
            var students = await db.Students.CountAsync(p => p.SchoolId == schoolId && p.Status == StudentStatus.Enrolled, ct);
            var staff = await db.Staff.CountAsync(p => p.SchoolId == schoolId && p.EmploymentStatus == EmploymentStatus.Active, ct);
            return new Details(s.Id, s.Code, s.Name, s.Type, s.Ownership, s.RegionCode, s.ZoneId, zone, s.GroupId, group, s.Principal, s.Phone, s.FoundedOn, students, staff,
                campuses,
                [.. classes.Select(c => new ClassView(c.Id, c.Grade, c.Number, StageNames.ClassName(c.Grade, c.Number), c.ClassSizeCap, c.Students, c.HeadTeacher))]);
        }
    }
}
