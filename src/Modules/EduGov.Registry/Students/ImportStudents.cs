using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>
/// 学生学籍批量导入: every row is checked with the same rules as the registration form, plus school scope, class caps and
/// duplicates in the file and the database. Any error: nothing is written and an error workbook comes back. None: all rows
/// are written in one transaction, audited as one import event.
/// </summary>
public static class ImportStudents
{
    public const int MaxRows = 200_000;

    public static readonly string[] Headers =
        ["学校标识码", "姓名", "性别", "证件类型", "证件号码", "出生日期", "户籍地区划代码", "家庭住址", "年级", "班号", "入学日期", "监护人姓名", "监护人关系", "监护人电话"];

    private static readonly string[] Required = ["学校标识码", "姓名", "性别", "证件号码", "出生日期", "户籍地区划代码", "家庭住址", "年级", "入学日期", "监护人姓名", "监护人关系", "监护人电话"];

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Name"] = "姓名", ["Sex"] = "性别", ["DocumentType"] = "证件类型", ["IdNumber"] = "证件号码", ["BirthDate"] = "出生日期",
        ["HukouRegionCode"] = "户籍地区划代码", ["HomeAddress"] = "家庭住址", ["Grade"] = "年级", ["EnrolledOn"] = "入学日期",
        ["Guardians[0].Name"] = "监护人姓名", ["Guardians[0].Relation"] = "监护人关系", ["Guardians[0].Phone"] = "监护人电话", ["Guardians"] = "监护人姓名",
    };

    /// <summary>The template users fill: the header row on the first sheet, the rules and allowed values on the second.</summary>
    public static Task<ExcelFile> TemplateAsync(CancellationToken ct) =>
        ExcelFile.WriteTemplateAsync("学生学籍导入模板.xlsx", "学生信息", Headers,
        [
            ("学校标识码", "10 位学校标识码，须是您管理范围内的学校（必填）"),
            ("姓名", "学生姓名（必填）"),
            ("性别", "男 / 女（必填），须与身份证号第 17 位一致"),
            ("证件类型", $"{string.Join(" / ", Enum.GetValues<DocumentType>().Select(StageNames.Of))}；留空视为居民身份证"),
            ("证件号码", "18 位身份证号，按 GB 11643 校验；全角数字会自动转换（必填）"),
            ("出生日期", "如 2019-03-12，须与身份证号一致（必填）"),
            ("户籍地区划代码", "6 位行政区划代码，如 310115（必填）"),
            ("家庭住址", "必填，加密保存"),
            ("年级", "小班 / 中班 / 大班 / 一年级 … 六年级 / 初一 … 初三 / 高一 … 高三，或 1–12（必填）"),
            ("班号", "选填；填写时该班须已在学校中建立，且不超过班额"),
            ("入学日期", "如 2024-09-01（必填）"),
            ("监护人姓名", "必填"),
            ("监护人关系", "如 父亲、母亲（必填）"),
            ("监护人电话", "11 位手机号或带区号的固定电话（必填），加密保存"),
        ], ct);

    public sealed record Result(int Rows, IReadOnlyList<ImportError> Errors, ExcelFile? ErrorWorkbook, bool Written)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, RegisterStudent.Validator validator, FieldProtector protector, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Stream file, string fileName, bool dryRun, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsManage);
            var rows = await ImportSheet.ReadAsync(file, Required, MaxRows, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var context = await ImportContext.LoadAsync(db, user, ct);
            var errors = new List<ImportError>();
            var accepted = new List<(ImportRow Row, RegisterStudent.Command Command, string IdNumber)>();
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                var rowErrors = await CheckRowAsync(row, context, ct);
                errors.AddRange(rowErrors.Errors);
                if (rowErrors.Command is { } command)
                {
                    accepted.Add((row, command, DigitNormalizer.Normalize(command.IdNumber)));
                }
            }

            errors.AddRange(CheckDuplicatesInFile(rows));
            errors.AddRange(await CheckAgainstDatabaseAsync(db, accepted, ct));
            errors.AddRange(CheckClassCaps(context, accepted));
            if (errors.Count > 0)
            {
                var ordered = errors.OrderBy(e => e.RowNumber).ToList();
                var workbook = await ImportSheet.ErrorWorkbookAsync($"{Path.GetFileNameWithoutExtension(fileName)}_错误报告.xlsx", Headers, rows, ordered, ct);
                return new Result(rows.Count, ordered, workbook, Written: false);
            }

            if (!dryRun)
            {
                await WriteAsync(db, accepted, fileName, ct);
            }

            return new Result(rows.Count, [], null, Written: !dryRun);
        }

        private async Task<(List<ImportError> Errors, RegisterStudent.Command? Command)> CheckRowAsync(ImportRow row, ImportContext context, CancellationToken ct)
        {
            var errors = new List<ImportError>();
            void Fail(string column, string message) => errors.Add(new ImportError(row.RowNumber, column, message));

            var school = context.SchoolsByCode.GetValueOrDefault(DigitNormalizer.Normalize(row["学校标识码"]));
            if (school is null)
            {
                Fail("学校标识码", context.AllCodes.Contains(DigitNormalizer.Normalize(row["学校标识码"])) ? "该学校不在您的管理范围内" : "学校标识码不存在");
            }

            var sex = row["性别"] switch { "男" => Sex.Male, "女" => Sex.Female, _ => (Sex?)null };
            if (sex is null)
            {
                Fail("性别", "请填写“男”或“女”");
            }

            var documentType = ParseDocumentType(row["证件类型"]);
            if (documentType is null)
            {
                Fail("证件类型", $"证件类型只能是：{string.Join("、", Enum.GetValues<DocumentType>().Select(StageNames.Of))}");
            }

            var grade = ParseGrade(row["年级"]);
            if (grade is null)
            {
                Fail("年级", "年级应填写如“一年级”“初一”“高三”“小班”，或 1–12 的数字");
            }
            else if (school is not null && !StageNames.GradesOf(school.Type).Contains(grade.Value))
            {
                Fail("年级", $"{school.Name}没有{StageNames.GradeName(grade.Value)}");
            }

            var birthDate = ParseDate(row["出生日期"], "出生日期", Fail);
            var enrolledOn = ParseDate(row["入学日期"], "入学日期", Fail);
            Guid? classId = null;
            if (row["班号"].Length > 0 && school is not null && grade is not null)
            {
                classId = int.TryParse(row["班号"], CultureInfo.InvariantCulture, out var number) && context.Classes.TryGetValue((school.Id, grade.Value, number), out var found)
                    ? found.Id
                    : null;
                if (classId is null)
                {
                    Fail("班号", $"{school.Name}{StageNames.GradeName(grade.Value)}没有{row["班号"]}班");
                }
            }

            var command = new RegisterStudent.Command
            {
                Name = row["姓名"], Sex = sex ?? Sex.Male, DocumentType = documentType ?? DocumentType.IdCard, IdNumber = row["证件号码"],
                BirthDate = birthDate ?? default, HukouRegionCode = row["户籍地区划代码"], HomeAddress = row["家庭住址"],
                SchoolId = school?.Id ?? Guid.Empty, Grade = grade ?? 0, ClassId = classId, EnrolledOn = enrolledOn ?? default,
                Guardians = [new RegisterStudent.GuardianInput(row["监护人姓名"], row["监护人关系"], row["监护人电话"])],
            };
            var validation = await validator.ValidateAsync(command, ct);
            foreach (var failure in validation.Errors.Where(f => f.PropertyName != nameof(RegisterStudent.Command.SchoolId)))
            {
                var column = ColumnOf.GetValueOrDefault(failure.PropertyName, "");
                if (!errors.Any(e => e.Column == column))
                {
                    Fail(column, failure.ErrorMessage);
                }
            }

            return (errors, errors.Count == 0 ? command : null);
        }

        private static IEnumerable<ImportError> CheckDuplicatesInFile(IReadOnlyList<ImportRow> rows) =>
            rows.Select(row => (Row: row, IdNumber: DigitNormalizer.Normalize(row["证件号码"])))
                .Where(r => r.IdNumber.Length > 0)
                .GroupBy(r => r.IdNumber, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.Row.RowNumber, "证件号码", $"文件中第 {string.Join("、", g.Select(x => x.Row.RowNumber))} 行的证件号码重复")));

        private async Task<IEnumerable<ImportError>> CheckAgainstDatabaseAsync(RegistryDbContext db, List<(ImportRow Row, RegisterStudent.Command Command, string IdNumber)> accepted, CancellationToken ct)
        {
            var errors = new List<ImportError>();
            var lookups = accepted.Select(a => (a.Row, Lookup: protector.LookupKey(a.IdNumber))).ToList();
            var existing = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var chunk in lookups.Select(l => l.Lookup).Distinct().Chunk(500))
            {
                var found = await db.Students.Where(s => chunk.Contains(s.IdNumberLookup))
                    .Select(s => new { s.IdNumberLookup, s.Name, School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First() })
                    .ToListAsync(ct);
                foreach (var holder in found)
                {
                    existing[holder.IdNumberLookup] = $"该证件号码已登记：{Masking.Name(holder.Name)}，{holder.School}";
                }
            }

            errors.AddRange(lookups.Where(l => existing.ContainsKey(l.Lookup)).Select(l => new ImportError(l.Row.RowNumber, "证件号码", existing[l.Lookup])));
            return errors;
        }

        private static IEnumerable<ImportError> CheckClassCaps(ImportContext context, List<(ImportRow Row, RegisterStudent.Command Command, string IdNumber)> accepted)
        {
            foreach (var byClass in accepted.Where(a => a.Command.ClassId is not null).GroupBy(a => a.Command.ClassId!.Value))
            {
                var schoolClass = context.Classes.Values.First(c => c.Id == byClass.Key);
                var total = schoolClass.Enrolled + byClass.Count();
                if (total > schoolClass.Cap)
                {
                    var name = StageNames.ClassName(schoolClass.Grade, schoolClass.Number);
                    foreach (var row in byClass.Skip(Math.Max(0, schoolClass.Cap - schoolClass.Enrolled)))
                    {
                        yield return new ImportError(row.Row.RowNumber, "班号", $"{name}班额 {schoolClass.Cap} 人，已有 {schoolClass.Enrolled} 人，本文件又分入 {byClass.Count()} 人，超出班额");
                    }
                }
            }
        }

        private async Task WriteAsync(RegistryDbContext db, List<(ImportRow Row, RegisterStudent.Command Command, string IdNumber)> accepted, string fileName, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            using (AuditScope.Summarize("StudentImport", $"导入学生 {accepted.Count} 条：{fileName}"))
            {
                foreach (var batch in accepted.Chunk(2_000))
                {
                    db.Students.AddRange(batch.Select(a => StudentRecords.Create(protector, a.Command, a.Command.SchoolId, a.IdNumber, now)));
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync(ct);
        }

        private static DateOnly? ParseDate(string text, string column, Action<string, string> fail)
        {
            string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
            if (DateOnly.TryParseExact(DigitNormalizer.Normalize(text), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            fail(column, text.Length == 0 ? "必填" : $"“{text}”不是有效日期，请按 2019-03-12 的格式填写");
            return null;
        }

        private static DocumentType? ParseDocumentType(string text) =>
            text.Length == 0 ? DocumentType.IdCard : Enum.GetValues<DocumentType>().Select(t => (DocumentType?)t).FirstOrDefault(t => StageNames.Of(t!.Value) == text);

        private static int? ParseGrade(string text)
        {
            var normalized = DigitNormalizer.Normalize(text);
            if (int.TryParse(normalized, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
            {
                return number;
            }

            return Enumerable.Range(-2, 15).Select(g => (int?)g).FirstOrDefault(g => StageNames.GradeName(g!.Value) == normalized);
        }
    }

    /// <summary>What every row is checked against, loaded once: schools in scope by code, and classes with their sizes.</summary>
    private sealed record ImportContext(IReadOnlyDictionary<string, School> SchoolsByCode, IReadOnlySet<string> AllCodes, IReadOnlyDictionary<(Guid School, int Grade, int Number), ClassInfo> Classes)
    {
        public static async Task<ImportContext> LoadAsync(RegistryDbContext db, CurrentUser user, CancellationToken ct)
        {
            var schools = await db.Schools(user).AsNoTracking().ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
            var allCodes = (await db.Schools.Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var classes = await db.ClassesInScope(user)
                .Select(c => new ClassInfo(c.Id, c.SchoolId, c.Grade, c.Number, c.ClassSizeCap, db.Students.Count(s => s.ClassId == c.Id && s.Status == StudentStatus.Enrolled)))
                .ToListAsync(ct);
            return new ImportContext(schools, allCodes, classes.ToDictionary(c => (c.SchoolId, c.Grade, c.Number)));
        }
    }

    private sealed record ClassInfo(Guid Id, Guid SchoolId, int Grade, int Number, int Cap, int Enrolled);
}
