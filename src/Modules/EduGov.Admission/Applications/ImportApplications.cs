using System.Globalization;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>
/// 批量录入报名: officers enter paper applications from Excel, one row per child, checked row by row with the rules of the
/// portal (plus the same child twice in the file). Nothing is written if any row fails; written rows are numbered, flagged and
/// classified like a parent's submission, marked as entered in bulk, without a parent account.
/// </summary>
public static class ImportApplications
{
    public const string Year = "招生年度";
    public const string StageColumn = "学段";
    public const string ChildName = "儿童姓名";
    public const string IdNumber = "身份证号";
    public const string GuardianName = "监护人姓名";
    public const string GuardianPhone = "监护人电话";
    public const string LocalHukou = "本市户籍(是/否)";
    public const string HukouAddress = "户籍地址";
    public const string HukouSince = "户籍登记日期";
    public const string HukouRelation = "与户主关系";
    public const string OwnsProperty = "有产权房(是/否)";
    public const string PropertyAddress = "产权地址";
    public const string PropertySince = "产权登记日期";
    public const string PropertyRelation = "与产权人关系";
    public const string LivingAddress = "实际居住地址";
    public const string ResidencePermit = "有居住证(是/否)";
    public const string ResidencePoints = "居住证积分";
    public const string Kind = "报名类型(公办/民办)";
    public const string Choice1 = "民办志愿1";
    public const string Choice2 = "民办志愿2";

    private const string Relations = "本人、父母（父亲、母亲）、祖父母或外祖父母（祖父、祖母、外祖父、外祖母）、其他";
    private static readonly string[] ChoiceColumns = [Choice1, Choice2];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    public static readonly ImportDefinition Definition = new("admission-applications", "招生报名", AdmissionPermissions.Manage,
    [
        new(Year, true, "招生年度，如 2026；须有该年度该学段正在报名的招生轮次"),
        new(StageColumn, true, "小学 或 初中"),
        new(ChildName, true, "儿童姓名，不超过 50 个字"),
        new(IdNumber, true, "儿童 18 位身份证号（校验位按 GB 11643 检查），出生日期须在该轮次的入学年龄段内；同一儿童在同一轮次只能报名一次"),
        new(GuardianName, true, "监护人姓名"),
        new(GuardianPhone, true, "手机号（11 位）或带区号的固定电话"),
        new(LocalHukou, true, "是 或 否"),
        new(HukouAddress, false, "本市户籍必填：户口簿上的地址"),
        new(HukouSince, false, "本市户籍必填：户籍迁入登记日期，如 2019-05-20"),
        new(HukouRelation, false, $"儿童与户主的关系：{Relations}；不填视为父母"),
        new(OwnsProperty, true, "是 或 否"),
        new(PropertyAddress, false, "有产权房必填：房产证上的地址"),
        new(PropertySince, false, "有产权房必填：产权登记日期"),
        new(PropertyRelation, false, $"儿童与产权人的关系：{Relations}；不填视为父母"),
        new(LivingAddress, true, "实际居住地址"),
        new(ResidencePermit, true, "是 或 否（父母一方持本市有效居住证）"),
        new(ResidencePoints, false, "持居住证必填：居住证积分，0 到 1000 的整数"),
        new(Kind, true, "公办 或 民办，只能选择一种，提交后不能更改"),
        new(Choice1, false, "民办必填：第一志愿民办学校的 10 位学校标识码，须是本轮招生计划中的民办学校"),
        new(Choice2, false, "民办选填：第二志愿（调剂）民办学校的学校标识码，不能与第一志愿相同"),
    ], MaxRows: 20_000);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(ApplicationInput.ChildName)] = ChildName,
        [nameof(ApplicationInput.IdNumber)] = IdNumber,
        [nameof(ApplicationInput.GuardianName)] = GuardianName,
        [nameof(ApplicationInput.GuardianPhone)] = GuardianPhone,
        [nameof(ApplicationInput.HukouAddress)] = HukouAddress,
        [nameof(ApplicationInput.HukouSince)] = HukouSince,
        [nameof(ApplicationInput.HukouRelation)] = HukouRelation,
        [nameof(ApplicationInput.PropertyAddress)] = PropertyAddress,
        [nameof(ApplicationInput.PropertySince)] = PropertySince,
        [nameof(ApplicationInput.PropertyRelation)] = PropertyRelation,
        [nameof(ApplicationInput.LivingAddress)] = LivingAddress,
        [nameof(ApplicationInput.ResidencePoints)] = ResidencePoints,
        [nameof(ApplicationInput.Kind)] = Kind,
        [nameof(ApplicationInput.PrivateChoices)] = Choice1,
    };

    private sealed record Accepted(int RowNumber, AdmissionRound Round, ApplicationInput Input, string IdLookup);

    internal sealed class ImportKind(IDbContextFactory<AdmissionDbContext> contexts, ApplicationIntake intake, IRegistryDirectory registry, CurrentUserAccessor users) : IImportKind
    {
        public ImportDefinition Definition => ImportApplications.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var user = users.User;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.Include(r => r.Categories).AsSplitQuery().ToListAsync(ct);
            var schoolsByCode = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var eligible = new Dictionary<Guid, HashSet<Guid>>();
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var check = new RowCheck(rows[i]);
                var round = ResolveRound(check, rounds, intake.Today);
                var input = ReadInput(check, schoolsByCode);
                if (round is not null)
                {
                    if (!eligible.TryGetValue(round.Id, out var schools))
                    {
                        eligible[round.Id] = schools = [.. (await intake.PrivateSchoolsAsync(db, round, ct)).Select(s => s.Id)];
                    }

                    foreach (var (field, messages) in await intake.ProblemsAsync(input, round, schools, ct))
                    {
                        check.Fail(ColumnOf.GetValueOrDefault(field, ""), messages[0]);
                    }
                }

                errors.AddRange(check.Errors);
                if (check.Errors.Count == 0)
                {
                    accepted.Add(new Accepted(rows[i].RowNumber, round!, input, intake.IdLookup(input.IdNumber)));
                }

                if ((i + 1) % 200 == 0 || i + 1 == rows.Count)
                {
                    progress.Report(new ImportProgress(ImportPhases.Checking, i + 1, rows.Count));
                }
            }

            errors.AddRange(DuplicatesInFile(accepted));
            errors.AddRange(await AlreadyAppliedAsync(db, accepted, ct));
            if (errors.Count == 0 && !dryRun)
            {
                await WriteAsync(db, accepted, fileName, user, progress, ct);
            }

            return errors;
        }

        private static AdmissionRound? ResolveRound(RowCheck check, List<AdmissionRound> rounds, DateOnly today)
        {
            Stage? stage = check[StageColumn] switch
            {
                "小学" => Stage.Primary,
                "初中" => Stage.Junior,
                _ => null,
            };
            if (stage is null)
            {
                check.Fail(StageColumn, check[StageColumn].Length == 0 ? "必填" : $"“{check[StageColumn]}”不是学段：请填写 小学 或 初中");
            }

            var year = check.Integer(Year);
            if (year is null || stage is null)
            {
                return null;
            }

            var round = rounds.FirstOrDefault(r => r.Year == year && r.Stage == stage);
            if (round is null)
            {
                check.Fail(Year, $"没有 {year} 年{StageNames.Of(stage.Value)}招生轮次");
                return null;
            }

            if (ApplicationRules.WindowProblem(round, today) is { } closed)
            {
                check.Fail(Year, closed);
                return null;
            }

            return round;
        }

        private static ApplicationInput ReadInput(RowCheck check, Dictionary<string, SchoolRef> schoolsByCode)
        {
            var hasPermit = check.YesNo(ResidencePermit);
            var kind = check.Kind();
            return new ApplicationInput
            {
                ChildName = check[ChildName],
                IdNumber = check[IdNumber],
                GuardianName = check[GuardianName],
                GuardianPhone = check[GuardianPhone],
                LocalHukou = check.YesNo(LocalHukou),
                HukouAddress = check[HukouAddress],
                HukouSince = check.Date(HukouSince),
                HukouRelation = check.Relation(HukouRelation),
                OwnsProperty = check.YesNo(OwnsProperty),
                PropertyAddress = check[PropertyAddress],
                PropertySince = check.Date(PropertySince),
                PropertyRelation = check.Relation(PropertyRelation),
                LivingAddress = check[LivingAddress],
                HasResidencePermit = hasPermit,
                ResidencePoints = hasPermit ? check.OptionalInteger(ResidencePoints) : null,
                Kind = kind,
                PrivateChoices = kind == ApplicationKind.Private ? Choices(check, schoolsByCode) : [],
            };
        }

        private static List<Guid> Choices(RowCheck check, Dictionary<string, SchoolRef> schoolsByCode)
        {
            var choices = new List<Guid>();
            foreach (var column in ChoiceColumns)
            {
                var code = DigitNormalizer.Normalize(check[column]);
                if (code.Length == 0)
                {
                    continue;
                }

                if (schoolsByCode.TryGetValue(code, out var school))
                {
                    choices.Add(school.Id);
                }
                else
                {
                    check.Fail(column, $"学校标识码 {code} 不存在");
                }
            }

            return choices;
        }

        private static IEnumerable<ImportError> DuplicatesInFile(IEnumerable<Accepted> rows) =>
            rows.GroupBy(r => (r.Round.Id, r.IdLookup)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, IdNumber, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一儿童")));

        private static async Task<IReadOnlyList<ImportError>> AlreadyAppliedAsync(AdmissionDbContext db, List<Accepted> rows, CancellationToken ct)
        {
            var roundIds = rows.Select(r => r.Round.Id).Distinct().ToList();
            var lookups = rows.Select(r => r.IdLookup).Distinct().ToList();
            var existing = await db.Applications.AsNoTracking()
                .Where(a => roundIds.Contains(a.RoundId) && lookups.Contains(a.IdNumberLookup) && a.Status != ApplicationStatus.Withdrawn)
                .Select(a => new { a.RoundId, a.IdNumberLookup, a.Number, a.ChildName }).ToListAsync(ct);
            var byKey = existing.GroupBy(a => (a.RoundId, a.IdNumberLookup)).ToDictionary(g => g.Key, g => g.First());
            return [.. rows.Where(r => byKey.ContainsKey((r.Round.Id, r.IdLookup))).Select(r =>
            {
                var holder = byKey[(r.Round.Id, r.IdLookup)];
                return new ImportError(r.RowNumber, IdNumber, ApplicationIntake.DuplicateMessage(holder.Number, holder.ChildName));
            })];
        }

        /// <summary>Numbers each round's rows after its highest number and writes everything in one save: one transaction, one audit event.</summary>
        private async Task WriteAsync(AdmissionDbContext db, List<Accepted> rows, string fileName, CurrentUser user, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var next = new Dictionary<Guid, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (!next.TryGetValue(row.Round.Id, out var sequence))
                {
                    sequence = await ApplicationIntake.NextSequenceAsync(db, row.Round.Id, ct);
                }

                next[row.Round.Id] = sequence + 1;
                var application = intake.Create(row.Round, sequence, row.Input, parentId: null);
                await intake.CompleteAsync(db, row.Round, application, row.Input, ct);
                SubmitApplication.MarkSubmitted(db, intake, application, user.Name);
                if ((i + 1) % 200 == 0 || i + 1 == rows.Count)
                {
                    progress.Report(new ImportProgress(ImportPhases.Writing, i + 1, rows.Count));
                }
            }

            ct.ThrowIfCancellationRequested();
            using (AuditScope.Summarize("ApplicationImport", $"批量录入招生报名 {rows.Count} 份：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
    }

    /// <summary>Reads one row's cells as typed values and keeps the first Chinese problem of each column.</summary>
    private sealed class RowCheck(ImportRow row)
    {
        private readonly List<ImportError> _errors = [];

        public IReadOnlyList<ImportError> Errors => _errors;

        public string this[string column] => row[column].Trim();

        public void Fail(string column, string message)
        {
            if (!_errors.Any(e => e.Column == column))
            {
                _errors.Add(new ImportError(row.RowNumber, column, message));
            }
        }

        public int? Integer(string column)
        {
            if (this[column].Length == 0)
            {
                Fail(column, "必填");
                return null;
            }

            return OptionalInteger(column);
        }

        public int? OptionalInteger(string column)
        {
            var text = DigitNormalizer.Normalize(row[column]);
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Fail(column, $"“{row[column]}”不是整数");
            return null;
        }

        public bool YesNo(string column)
        {
            switch (this[column])
            {
                case "是":
                    return true;
                case "否":
                    return false;
                case "":
                    Fail(column, "必填：请填写 是 或 否");
                    return false;
                default:
                    Fail(column, $"“{this[column]}”无法识别：请填写 是 或 否");
                    return false;
            }
        }

        public DateOnly? Date(string column)
        {
            var text = this[column];
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(column, $"“{text}”不是日期：请按 2019-05-20 的格式填写");
            return null;
        }

        public Relation Relation(string column)
        {
            var text = this[column];
            if (text.Length == 0)
            {
                return Domain.Relation.Parent;
            }

            if (AdmissionNames.ParseRelation(text) is { } relation)
            {
                return relation;
            }

            Fail(column, $"“{text}”无法识别：请填写 {Relations}");
            return Domain.Relation.Other;
        }

        public ApplicationKind Kind()
        {
            switch (this[ImportApplications.Kind])
            {
                case "公办":
                    return ApplicationKind.Public;
                case "民办":
                    return ApplicationKind.Private;
                case "":
                    Fail(ImportApplications.Kind, "必填：请填写 公办 或 民办");
                    return ApplicationKind.Public;
                default:
                    Fail(ImportApplications.Kind, $"“{this[ImportApplications.Kind]}”无法识别：请填写 公办 或 民办");
                    return ApplicationKind.Public;
            }
        }
    }
}
