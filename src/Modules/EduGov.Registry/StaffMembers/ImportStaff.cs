using EduGov.Platform.Importing;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Importing;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

/// <summary>教职工批量导入: each row checked like the staff form, plus school scope and duplicate ID numbers in the file and the database.</summary>
public static class ImportStaff
{
    public static readonly ImportDefinition Definition = new("staff", "教职工", RegistryPermissions.StaffManage,
    [
        new(SchoolsByCode.Column, true, "10 位学校标识码，须是您管理范围内的学校"),
        new("姓名", true, "不超过 50 个字"),
        new("性别", true, "男 / 女，须与身份证号一致"),
        new("证件类型", false, $"{string.Join(" / ", Enum.GetValues<DocumentType>().Select(StageNames.Of))}；留空视为居民身份证"),
        new("证件号码", true, "18 位身份证号，按 GB 11643 校验。请把该列设为文本格式"),
        new("出生日期", true, "如 1985-06-01，须与身份证号一致"),
        new("手机号码", false, "11 位手机号或带区号的固定电话，加密保存"),
        new("最高学历", true, string.Join(" / ", Enum.GetValues<Education>().Select(StageNames.Of))),
        new("教师资格", false, "如 小学语文教师资格；不超过 100 个字"),
        new("职称", false, $"{string.Join(" / ", Enum.GetValues<Title>().Select(StageNames.Of))}；留空视为{StageNames.Of(Title.None)}"),
        new("骨干教师", false, $"{string.Join(" / ", Enum.GetValues<KeyTeacherLevel>().Select(StageNames.Of))}；留空视为{StageNames.Of(KeyTeacherLevel.None)}"),
        new("任教学科", false, "不超过 30 个字"),
        new("入职日期", true, "如 2010-09-01，不能晚于今天"),
    ]);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["SchoolId"] = SchoolsByCode.Column,
        ["Name"] = "姓名", ["Sex"] = "性别", ["IdNumber"] = "证件号码", ["BirthDate"] = "出生日期", ["Phone"] = "手机号码",
        ["TeacherQualification"] = "教师资格", ["Subject"] = "任教学科", ["JoinedOn"] = "入职日期",
    };

    private sealed record Accepted(int RowNumber, RegisterStaff.Command Command, School School, string IdNumber);

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, RegisterStaff.Validator validator, FieldProtector protector, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportStaff.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schools = await SchoolsByCode.LoadAsync(db, user, ct);
            var (errors, passed) = await ImportChecks.CheckEachAsync(rows, progress, async check =>
            {
                var school = schools.Resolve(check);
                var command = new RegisterStaff.Command
                {
                    Name = check["姓名"], Sex = check.Sex("性别") ?? Sex.Female, DocumentType = check.Choice<DocumentType>("证件类型", StageNames.Of, DocumentType.IdCard) ?? DocumentType.IdCard,
                    IdNumber = check["证件号码"], BirthDate = check.Date("出生日期") ?? default, Phone = check["手机号码"],
                    Education = check.Choice<Education>("最高学历", StageNames.Of) ?? Education.Bachelor, TeacherQualification = check["教师资格"],
                    Title = check.Choice<Title>("职称", StageNames.Of, Title.None) ?? Title.None,
                    KeyTeacherLevel = check.Choice<KeyTeacherLevel>("骨干教师", StageNames.Of, KeyTeacherLevel.None) ?? KeyTeacherLevel.None,
                    Subject = check["任教学科"], SchoolId = school?.Id ?? Guid.Empty, JoinedOn = check.Date("入职日期") ?? default,
                };
                check.AddValidation(await validator.ValidateAsync(command, ct), ColumnOf);

                return (Command: command, School: school);
            }, ct);
            var accepted = passed.Select(r => new Accepted(r.RowNumber, r.Value.Command, r.Value.School!, DigitNormalizer.Normalize(r.Value.Command.IdNumber))).ToList();

            errors.AddRange(ImportChecks.DuplicatesInFile(rows, r => r.RowNumber, r => DigitNormalizer.Normalize(r["证件号码"]), "证件号码", "证件号码"));
            errors.AddRange(await AlreadyRegisteredAsync(db, accepted, ct));
            if (errors.Count == 0 && !dryRun)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await ImportWriter.WriteAsync(db, accepted, (context, a) =>
                {
                    var (staff, joined) = RegisterStaff.NewStaff(protector, a.Command, protector.Protect(a.IdNumber, Masking.IdNumber), a.School, user, now);
                    context.Staff.Add(staff);
                    context.StaffEvents.Add(joined);
                }, "StaffImport", $"导入教职工 {accepted.Count} 人：{fileName}", progress, ct);
            }

            return errors;
        }

        private Task<IEnumerable<ImportError>> AlreadyRegisteredAsync(RegistryDbContext db, List<Accepted> accepted, CancellationToken ct) =>
            RegisteredIdNumbers.FindAsync([.. accepted.Select(a => (a.RowNumber, protector.LookupKey(a.IdNumber)))], chunk =>
                db.Staff.Where(s => chunk.Contains(s.IdNumberLookup))
                    .Select(s => new RegisteredIdNumbers.Holder(s.IdNumberLookup, s.Name, db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First()))
                    .ToListAsync(ct));
    }
}
