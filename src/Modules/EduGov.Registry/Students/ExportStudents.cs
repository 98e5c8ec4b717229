using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>
/// The pupil list as Excel, with the list page's filter and the user's scope. ID numbers are masked unless the user holds
/// the reveal permission and asks for them in clear; every export is audited with its filter and row count.
/// </summary>
public static class ExportStudents
{
    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListStudents.Query query, bool reveal, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsRead);
            if (reveal)
            {
                user.Demand(RegistryPermissions.PersonalDataReveal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var pupils = await ListStudents.Handler.Filter(db.Students(user), query, protector)
                .OrderBy(s => s.SchoolId).ThenBy(s => s.Grade).ThenBy(s => s.Name).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.Name, s.Sex, s.BirthDate, s.DocumentType, s.IdNumberMasked, s.IdNumberCipher, s.HukouRegionCode, s.Grade, s.Status, s.EnrolledOn,
                    School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(),
                    ClassNumber = db.Classes.Where(c => c.Id == s.ClassId).Select(c => (int?)c.Number).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var rows = pupils.Select(p => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("学校", p.School),
                new("年级", StageNames.GradeName(p.Grade)),
                new("班级", p.ClassNumber is { } n ? StageNames.ClassName(p.Grade, n) : ""),
                new("姓名", p.Name),
                new("性别", p.Sex == Standards.Sex.Male ? "男" : "女"),
                new("出生日期", p.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new("证件类型", StageNames.Of(p.DocumentType)),
                new("证件号码", reveal ? protector.Decrypt(p.IdNumberCipher) : p.IdNumberMasked),
                new("户籍地区划代码", p.HukouRegionCode),
                new("学籍状态", StageNames.Of(p.Status)),
                new("入学日期", p.EnrolledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ]);
            var today = ChinaTime.Today(clock);
            var file = await ExcelFile.WriteAsync($"学生名单_{today:yyyyMMdd}.xlsx", "学生名单", rows, ct);
            await audit.RecordAsync(AuditActions.Export, RegistryDbContext.Module, "Student", "",
                $"导出学生名单 {pupils.Count} 条（证件号码{(reveal ? "明文" : "脱敏")}）；筛选：{Describe(query)}", user, ct);
            return file;
        }

        private static string Describe(ListStudents.Query query) =>
            string.Join("，", new[]
            {
                query.Search is { Length: > 0 } ? "搜索" : null,
                query.SchoolId is { } school ? $"学校 {school}" : null,
                query.Grade is { } grade ? StageNames.GradeName(grade) : null,
                query.Status is { } status ? StageNames.Of(status) : null,
            }.Where(part => part is not null).DefaultIfEmpty("全部"));
    }
}
