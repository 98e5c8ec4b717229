using EduGov.Platform.Importing;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Importing;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>
/// 学生学籍批量导入: every row is checked with the same rules as the registration form, plus school scope, class caps and
/// duplicates in the file and the database. Any error: nothing is written. None: all rows in one audited transaction.
/// </summary>
public static class ImportStudents
{
    public static readonly ImportDefinition Definition = new("students", "学生学籍", RegistryPermissions.StudentsManage,
    [
        new(SchoolsByCode.Column, true, "10 位学校标识码，须是您管理范围内的学校"),
        new("姓名", true, "学生姓名"),
        new("性别", true, "男 / 女，须与身份证号第 17 位一致"),
        new("证件类型", false, $"{string.Join(" / ", Enum.GetValues<DocumentType>().Select(StageNames.Of))}；留空视为居民身份证"),
        new("证件号码", true, "18 位身份证号，按 GB 11643 校验；全角数字会自动转换。请把该列设为文本格式"),
        new("出生日期", true, "如 2019-03-12，须与身份证号一致"),
        new("户籍地区划代码", true, "6 位行政区划代码，如 310115"),
        new("家庭住址", true, "加密保存"),
        new("年级", true, RowCheck.GradeRule),
        new("班号", false, "填写时该班须已在学校中建立，且不超过班额"),
        new("入学日期", true, "如 2024-09-01"),
        new("监护人姓名", true, "第一监护人；更多监护人用“监护人”导入补充"),
        new("监护人关系", true, "如 父亲、母亲"),
        new("监护人电话", true, "11 位手机号或带区号的固定电话，加密保存"),
    ], MaxRows: 500_000);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["SchoolId"] = SchoolsByCode.Column,
        ["Name"] = "姓名", ["Sex"] = "性别", ["DocumentType"] = "证件类型", ["IdNumber"] = "证件号码", ["BirthDate"] = "出生日期",
        ["HukouRegionCode"] = "户籍地区划代码", ["HomeAddress"] = "家庭住址", ["Grade"] = "年级", ["EnrolledOn"] = "入学日期",
        ["Guardians[0].Name"] = "监护人姓名", ["Guardians[0].Relation"] = "监护人关系", ["Guardians[0].Phone"] = "监护人电话", ["Guardians"] = "监护人姓名",
    };

    private sealed record Accepted(int RowNumber, RegisterStudent.Command Command, string IdNumber);

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, RegisterStudent.Validator validator, FieldProtector protector, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportStudents.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schools = await SchoolsByCode.LoadAsync(db, users.User, ct);
            var classes = await ClassSeats.LoadAsync(db, users.User, ct);
            var (errors, passed) = await ImportChecks.CheckEachAsync(rows, progress, check => CheckRowAsync(check, schools, classes, ct), ct);
            var accepted = passed.Select(r => new Accepted(r.RowNumber, r.Value, DigitNormalizer.Normalize(r.Value.IdNumber))).ToList();

            errors.AddRange(ImportChecks.DuplicatesInFile(rows, r => r.RowNumber, r => DigitNormalizer.Normalize(r["证件号码"]), "证件号码", "证件号码"));
            errors.AddRange(await AlreadyRegisteredAsync(db, accepted, ct));
            errors.AddRange(classes.Overfilled(accepted.Where(a => a.Command.ClassId is not null).Select(a => (a.RowNumber, a.Command.ClassId!.Value))));
            if (errors.Count == 0 && !dryRun)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await ImportWriter.WriteAsync(db, accepted, (context, a) => context.Students.Add(StudentRecords.Create(protector, a.Command, a.Command.SchoolId, a.IdNumber, now)),
                    "StudentImport", $"导入学生 {accepted.Count} 条：{fileName}", progress, ct);
            }

            return errors;
        }

        private async Task<RegisterStudent.Command> CheckRowAsync(RowCheck check, SchoolsByCode schools, ClassSeats classes, CancellationToken ct)
        {
            var school = schools.Resolve(check);
            var sex = check.Sex("性别");
            var documentType = check.Choice<DocumentType>("证件类型", StageNames.Of, DocumentType.IdCard);
            var grade = check.Grade("年级");
            if (grade is not null && school is not null && !StageNames.GradesOf(school.Type).Contains(grade.Value))
            {
                check.Fail("年级", $"{school.Name}没有{StageNames.GradeName(grade.Value)}");
            }

            var birthDate = check.Date("出生日期");
            var enrolledOn = check.Date("入学日期");
            var classId = school is not null && grade is not null ? classes.Resolve(check, "班号", school, grade.Value) : null;
            var command = new RegisterStudent.Command
            {
                Name = check["姓名"], Sex = sex ?? Sex.Male, DocumentType = documentType ?? DocumentType.IdCard, IdNumber = check["证件号码"],
                BirthDate = birthDate ?? default, HukouRegionCode = check["户籍地区划代码"], HomeAddress = check["家庭住址"],
                SchoolId = school?.Id ?? Guid.Empty, Grade = grade ?? 0, ClassId = classId, EnrolledOn = enrolledOn ?? default,
                Guardians = [new RegisterStudent.GuardianInput(check["监护人姓名"], check["监护人关系"], check["监护人电话"])],
            };
            check.AddValidation(await validator.ValidateAsync(command, ct), ColumnOf);
            return command;
        }

        private Task<IEnumerable<ImportError>> AlreadyRegisteredAsync(RegistryDbContext db, List<Accepted> accepted, CancellationToken ct) =>
            RegisteredIdNumbers.FindAsync([.. accepted.Select(a => (a.RowNumber, protector.LookupKey(a.IdNumber)))], chunk =>
                db.Students.Where(s => chunk.Contains(s.IdNumberLookup))
                    .Select(s => new RegisteredIdNumbers.Holder(s.IdNumberLookup, s.Name, db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First()))
                    .ToListAsync(ct));
    }
}
