using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry;

internal sealed class RegistryDirectory(IDbContextFactory<RegistryDbContext> contexts) : IRegistryDirectory
{
    public async Task<ScopeSummary> SummarizeAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var schools = await db.Schools(user).Select(s => new { s.Id, s.Type, s.Ownership }).ToListAsync(ct);
        var students = await db.Students(user).Where(s => s.Status == StudentStatus.Enrolled)
            .GroupBy(s => new { s.SchoolId, s.Grade }).Select(g => new { g.Key.SchoolId, g.Key.Grade, Count = g.Count() }).ToListAsync(ct);
        var staff = await db.StaffMembers(user).Where(s => s.EmploymentStatus == EmploymentStatus.Active)
            .GroupBy(s => s.SchoolId).Select(g => new { SchoolId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var classes = await db.ClassesInScope(user).CountAsync(ct);
        var schoolIds = db.Schools(user).Select(s => s.Id);
        var pending = await db.RecordChanges.CountAsync(c => c.Status == ApprovalStatus.Pending && schoolIds.Contains(c.FromSchoolId), ct);

        var schoolById = schools.ToDictionary(s => s.Id);
        var staffBySchool = staff.ToDictionary(s => s.SchoolId, s => s.Count);
        var byStage = schools
            .SelectMany(s => StageNames.StagesOf(s.Type).Select(stage => new { Stage = stage, s.Ownership, s.Id }))
            .GroupBy(x => (x.Stage, x.Ownership))
            .Select(g => new StageCount(g.Key.Stage, g.Key.Ownership, g.Count(),
                students.Where(p => g.Any(x => x.Id == p.SchoolId) && StageNames.StageOfGrade(p.Grade, schoolById[p.SchoolId].Type) == g.Key.Stage).Sum(p => p.Count),
                g.Sum(x => StageNames.StagesOf(schoolById[x.Id].Type)[0] == g.Key.Stage ? staffBySchool.GetValueOrDefault(x.Id) : 0)))
            .OrderBy(c => c.Stage).ThenBy(c => c.Ownership)
            .ToList();
        return new ScopeSummary(schools.Count, students.Sum(s => s.Count), staff.Sum(s => s.Count), classes, pending, byStage);
    }

    public async Task<IReadOnlyList<SchoolRef>> SchoolsAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Refs(db, db.Schools(user)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SchoolRef>> AllSchoolsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Refs(db, db.Schools).ToListAsync(ct);
    }

    /// <summary>Schools by code, each with the address of its main campus.</summary>
    private static IQueryable<SchoolRef> Refs(RegistryDbContext db, IQueryable<School> schools) =>
        schools.OrderBy(s => s.Code).Select(s => new SchoolRef(
            s.Id, s.Code, s.Name, s.Type, s.Ownership, s.ZoneId, s.GroupId,
            db.Campuses.Where(c => c.SchoolId == s.Id && c.IsMain).Select(c => c.Address).FirstOrDefault() ?? ""));

    public async Task<IReadOnlyList<ZoneRef>> ZonesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Zones.OrderBy(z => z.Name).Select(z => new ZoneRef(z.Id, z.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<GradeCount>> GradeCountsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Students.Where(s => s.Status == StudentStatus.Enrolled)
            .GroupBy(s => new { s.SchoolId, s.Grade })
            .Select(g => new GradeCount(g.Key.SchoolId, g.Key.Grade, g.Count()))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SchoolStageStaffing>> CompulsoryStaffingAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CompulsoryStaffing.CountAsync(db, ct);
    }

    public async Task<BureauRef?> BureauAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bureaus.OrderBy(b => b.Id).Select(b => new BureauRef(b.Name, b.Phone, b.Address)).FirstOrDefaultAsync(ct);
    }

    public async Task<bool> IsServingStaffAsync(string idNumberLookup, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Staff.AnyAsync(s => s.IdNumberLookup == idNumberLookup
            && (s.EmploymentStatus == EmploymentStatus.Active || s.EmploymentStatus == EmploymentStatus.OnLeave), ct);
    }
}
