using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Importing;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>班级批量导入: classes of schools in scope, in grades the school teaches, with their caps (班额); one class per school, grade and number.</summary>
public static class ImportClasses
{
    public static readonly ImportDefinition Definition = new("classes", "班级", RegistryPermissions.SchoolsManage,
    [
        new(SchoolsByCode.Column, true, "10 位学校标识码，须是您管理范围内的学校"),
        new("年级", true, RowCheck.GradeRule + "；须是该校开设的年级"),
        new("班号", true, "1–99；同一学校同一年级内不能重复"),
        new("入学年份", true, "如 2025"),
        new("班额", true, "1–60 人"),
        new("班主任", false, "不超过 50 个字"),
        new("校区名称", false, "留空表示主校区；填写时须是该校已有校区"),
    ]);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Number"] = "班号", ["ClassSizeCap"] = "班额", ["EntryYear"] = "入学年份", ["HeadTeacher"] = "班主任",
    };

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, AddClass.Validator validator) : IImportKind
    {
        public ImportDefinition Definition => ImportClasses.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schools = await SchoolsByCode.LoadAsync(db, users.User, ct);
            var campuses = (await db.Campuses.Select(c => new { c.SchoolId, c.Name, c.Id }).ToListAsync(ct)).ToDictionary(c => (c.SchoolId, c.Name), c => c.Id);
            var existing = (await db.ClassesInScope(users.User).Select(c => new { c.SchoolId, c.Grade, c.Number }).ToListAsync(ct)).Select(c => (c.SchoolId, c.Grade, c.Number)).ToHashSet();
            var (errors, accepted) = await ImportChecks.CheckEachAsync(rows, progress, async check =>
            {
                var school = schools.Resolve(check);
                var grade = check.Grade("年级");
                if (school is not null && grade is not null && !StageNames.GradesOf(school.Type).Contains(grade.Value))
                {
                    check.Fail("年级", $"{school.Name}（{StageNames.Of(school.Type)}）没有{StageNames.GradeName(grade.Value)}");
                }

                var number = check.Integer("班号", 1, 99);
                Guid? campusId = null;
                if (school is not null && check["校区名称"].Length > 0)
                {
                    campusId = campuses.TryGetValue((school.Id, check["校区名称"]), out var campus) ? campus : null;
                    if (campusId is null)
                    {
                        check.Fail("校区名称", $"{school.Name}没有名为“{check["校区名称"]}”的校区");
                    }
                }

                var command = new AddClass.Command(school?.Id ?? Guid.Empty, grade ?? 1, number ?? 1, check.Integer("入学年份", 2000, 2100) ?? 2000,
                    check.Integer("班额", 1, 60) ?? 1, check["班主任"], campusId);
                check.AddValidation(await validator.ValidateAsync(command, ct), ColumnOf);
                if (school is not null && grade is not null && number is not null && existing.Contains((school.Id, grade.Value, number.Value)))
                {
                    check.Fail("班号", $"{school.Name}{StageNames.ClassName(grade.Value, number.Value)}已存在");
                }

                return command;
            }, ct);

            errors.AddRange(ImportChecks.DuplicatesInFile(accepted, a => a.RowNumber, a => $"{a.Value.SchoolId}|{a.Value.Grade}|{a.Value.Number}", "班号", "学校、年级和班号"));
            if (errors.Count == 0 && !dryRun)
            {
                await ImportWriter.WriteAsync(db, accepted, (context, a) => context.Classes.Add(new SchoolClass
                {
                    SchoolId = a.Value.SchoolId, CampusId = a.Value.CampusId, Grade = a.Value.Grade, Number = a.Value.Number,
                    EntryYear = a.Value.EntryYear, ClassSizeCap = a.Value.ClassSizeCap, HeadTeacher = a.Value.HeadTeacher.Trim(),
                }), "ClassImport", $"导入班级 {accepted.Count} 个：{fileName}", progress, ct);
            }

            return errors;
        }
    }
}
