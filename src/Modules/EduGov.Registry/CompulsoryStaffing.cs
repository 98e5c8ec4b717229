using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry;

/// <summary>
/// Counts the pupils and teachers of each compulsory stage of each school with two GROUP BY queries (pupils by school and
/// grade, teachers by school and 教师资格), so that a whole district costs two scans, not one query per school.
/// </summary>
internal static class CompulsoryStaffing
{
    private static readonly Stage[] CompulsoryStages = [Stage.Primary, Stage.Junior];

    private static readonly SchoolType[] CompulsoryTypes =
        [.. Enum.GetValues<SchoolType>().Where(type => StageNames.StagesOf(type).Any(CompulsoryStages.Contains))];

    public static async Task<IReadOnlyList<SchoolStageStaffing>> CountAsync(RegistryDbContext db, CancellationToken ct)
    {
        var schools = await db.Schools.Where(s => s.IsActive && CompulsoryTypes.Contains(s.Type)).OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Type }).ToListAsync(ct);
        var pupils = (await db.Students
                .Where(p => p.Status == StudentStatus.Enrolled && p.Grade >= 1 && p.Grade <= 9)
                .GroupBy(p => new { p.SchoolId, p.Grade })
                .Select(g => new { g.Key.SchoolId, g.Key.Grade, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(p => p.SchoolId);
        var teachers = (await db.Staff
                .Where(t => t.EmploymentStatus == EmploymentStatus.Active && t.TeacherQualification != "")
                .GroupBy(t => new { t.SchoolId, t.TeacherQualification })
                .Select(g => new TeacherGroup(
                    g.Key.SchoolId,
                    g.Key.TeacherQualification,
                    g.Count(t => t.Education >= Education.JuniorCollege),
                    g.Count(t => t.Education >= Education.Bachelor),
                    g.Count(t => t.KeyTeacherLevel >= KeyTeacherLevel.District),
                    g.Count(t => t.Subject == "体育" || t.Subject == "音乐" || t.Subject == "美术" || t.Subject == "艺术")))
                .ToListAsync(ct))
            .ToLookup(t => t.SchoolId);

        return
        [
            .. from school in schools
               let stages = StageNames.StagesOf(school.Type)
               from stage in stages.Where(CompulsoryStages.Contains)
               let staff = teachers[school.Id].Where(t => stages.Count == 1 || StageOfQualification(t.Qualification) == stage).ToList()
               select new SchoolStageStaffing(
                   school.Id,
                   stage,
                   pupils[school.Id].Where(p => StageNames.StageOfGrade(p.Grade, school.Type) == stage).Sum(p => p.Count),
                   staff.Sum(t => stage == Stage.Primary ? t.JuniorCollegeOrAbove : t.BachelorOrAbove),
                   staff.Sum(t => t.KeyTeachers),
                   staff.Sum(t => t.PeArtTeachers)),
        ];
    }

    /// <summary>小学教师资格 → 小学, 初级中学教师资格 → 初中; any other 教师资格 names neither compulsory stage.</summary>
    internal static Stage? StageOfQualification(string qualification) =>
        qualification.Contains("小学", StringComparison.Ordinal) ? Stage.Primary
        : qualification.Contains("初级中学", StringComparison.Ordinal) || qualification.Contains("初中", StringComparison.Ordinal) ? Stage.Junior
        : null;

    private sealed record TeacherGroup(Guid SchoolId, string Qualification, int JuniorCollegeOrAbove, int BachelorOrAbove, int KeyTeachers, int PeArtTeachers);
}
