using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

/// <summary>The staff list as Excel, with the page's filter and the user's scope; ID numbers masked unless revealed with permission; audited.</summary>
public static class ExportStaff
{
    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListStaff.Query query, bool reveal, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StaffRead);
            if (reveal)
            {
                user.Demand(RegistryPermissions.PersonalDataReveal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var staff = await ListStaff.Handler.Filter(db.StaffMembers(user), query, protector)
                .OrderBy(s => s.SchoolId).ThenBy(s => s.Name).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.Name, s.Sex, s.BirthDate, s.IdNumberMasked, s.IdNumberCipher, s.Education, s.TeacherQualification, s.Title, s.KeyTeacherLevel,
                    s.Subject, s.EmploymentStatus, s.JoinedOn,
                    School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(),
                })
                .ToListAsync(ct);
            var rows = staff.Select(s => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("学校", s.School),
                new("姓名", s.Name),
                new("性别", s.Sex == Standards.Sex.Male ? "男" : "女"),
                new("出生日期", s.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("证件号码", reveal ? protector.Decrypt(s.IdNumberCipher) : s.IdNumberMasked),
                new("最高学历", StageNames.Of(s.Education)),
                new("教师资格", s.TeacherQualification),
                new("职称", StageNames.Of(s.Title)),
                new("骨干教师", StageNames.Of(s.KeyTeacherLevel)),
                new("任教学科", s.Subject),
                new("在岗状态", StageNames.Of(s.EmploymentStatus)),
                new("入职日期", s.JoinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]);
            var file = await ExcelFile.WriteAsync($"教职工名单_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "教职工名单", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "Staff", "",
                $"导出教职工名单 {staff.Count} 条（证件号码{(reveal ? "明文" : "脱敏")}）", user, ct);
            return file;
        }
    }
}
