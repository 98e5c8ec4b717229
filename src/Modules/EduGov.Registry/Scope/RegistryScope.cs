using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Scope;

/// <summary>
/// The one mechanism that limits registry data to the acting user's org scope: every query starts here,
/// every command checks here.
/// </summary>
internal static class RegistryScope
{
    public static IQueryable<School> Schools(this RegistryDbContext db, CurrentUser user) => user.Scope.Kind switch
    {
        ScopeKind.Bureau => db.Schools,
        ScopeKind.Zone => db.Schools.Where(s => s.ZoneId == user.Scope.Id),
        ScopeKind.Group => db.Schools.Where(s => s.GroupId == user.Scope.Id),
        ScopeKind.School => db.Schools.Where(s => s.Id == user.Scope.Id),
        _ => db.Schools.Where(_ => false),
    };

    public static IQueryable<Student> Students(this RegistryDbContext db, CurrentUser user) => user.Scope.Kind switch
    {
        ScopeKind.Bureau => db.Students,
        ScopeKind.School => db.Students.Where(s => s.SchoolId == user.Scope.Id),
        _ => db.Students.Where(s => db.Schools(user).Select(x => x.Id).Contains(s.SchoolId)),
    };

    public static IQueryable<Staff> StaffMembers(this RegistryDbContext db, CurrentUser user) => user.Scope.Kind switch
    {
        ScopeKind.Bureau => db.Staff,
        ScopeKind.School => db.Staff.Where(s => s.SchoolId == user.Scope.Id),
        _ => db.Staff.Where(s => db.Schools(user).Select(x => x.Id).Contains(s.SchoolId)),
    };

    public static IQueryable<SchoolClass> ClassesInScope(this RegistryDbContext db, CurrentUser user) =>
        db.Classes.Where(c => db.Schools(user).Select(x => x.Id).Contains(c.SchoolId));

    /// <summary>Guards a command: the school must exist (404) and be inside the user's scope (403).</summary>
    public static async Task<School> SchoolInScopeAsync(this RegistryDbContext db, CurrentUser user, Guid schoolId, CancellationToken ct)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
        {
            throw new NotFoundException("学校不存在。");
        }

        return await db.Schools(user).FirstOrDefaultAsync(s => s.Id == schoolId, ct)
            ?? throw new ForbiddenException("该学校不在您的管理范围内。");
    }

    public static bool CoversWholeBureau(this CurrentUser user) => user.Scope.Kind == ScopeKind.Bureau;
}

internal static class RegistryRecordScope
{
    public static async Task<Student> StudentInScopeAsync(this RegistryDbContext db, CurrentUser user, Guid studentId, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == studentId, ct) ?? throw new NotFoundException("学生不存在。");
        if (!await db.Students(user).AnyAsync(s => s.Id == studentId, ct))
        {
            throw new ForbiddenException("该学生不在您的管理范围内。");
        }

        return student;
    }

    public static async Task<Staff> StaffInScopeAsync(this RegistryDbContext db, CurrentUser user, Guid staffId, CancellationToken ct)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == staffId, ct) ?? throw new NotFoundException("教职工不存在。");
        if (!await db.StaffMembers(user).AnyAsync(s => s.Id == staffId, ct))
        {
            throw new ForbiddenException("该教职工不在您的管理范围内。");
        }

        return staff;
    }
}
