using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>
/// 培训机构批量导入: the institutions a bureau already supervises, each with its current permit, checked row by row with the
/// same rules as the registration form (<see cref="InstitutionFacts.Validator"/>, <see cref="RegisterInstitution.ExistingPermit.Problems"/>)
/// plus duplicates in the file and in the database; nothing is written if any row fails, and a file imported twice is refused
/// row by row because every credit code is already registered.
/// </summary>
public static class ImportInstitutions
{
    public const string Name = "机构名称";
    public const string CreditCode = "统一社会信用代码";
    public const string LegalPerson = "法定代表人";
    public const string ContactPerson = "联系人";
    public const string ContactPhone = "联系电话";
    public const string Address = "办学地址";
    public const string Zone = "所在学区";
    public const string Kind = "培训类型";
    public const string Category = "培训类别";
    public const string Mode = "培训形式";
    public const string Profit = "营利性质";
    public const string PermitNumber = "办学许可证编号";
    public const string PermitScope = "许可范围";
    public const string IssuedOn = "发证日期";
    public const string ValidUntil = "有效期至";

    public const int MaxRows = 10_000;

    public static readonly ImportDefinition Definition = new("training-institutions", "校外培训机构", TrainingPermissions.Manage,
    [
        new(Name, true, "不超过 100 个字") { Example = "浦东新区示例艺术培训中心" },
        new(CreditCode, true, "18 位统一社会信用代码，按 GB 32100 校验；已登记的代码不能再导入。请把该列设为文本格式") { Example = "52310115MA1KX0001P" },
        new(LegalPerson, true, "不超过 50 个字") { Example = "张明" },
        new(ContactPerson, true, "不超过 50 个字") { Example = "李华" },
        new(ContactPhone, true, "手机号或带区号的固定电话，不超过 30 个字符") { Example = "021-58881234" },
        new(Address, true, "办学地址，不超过 200 个字；同时作为许可证上的地址") { Example = "浦东新区世纪大道100号3楼" },
        new(Zone, false, "本区已建立的学区名称；留空表示不属于学区") { Example = "陆家嘴学区" },
        new(Kind, true, Names<TrainingKind>(TrainingNames.Of)) { Example = TrainingNames.Of(TrainingKind.NonAcademic) },
        new(Category, true, $"{Names<TrainingCategory>(TrainingNames.Of)}；学科类机构只能填学科类，非学科类机构不能填学科类") { Example = TrainingNames.Of(TrainingCategory.ArtsCulture) },
        new(Mode, true, Names<TrainingMode>(TrainingNames.Of)) { Example = TrainingNames.Of(TrainingMode.Offline) },
        new(Profit, true, $"{TrainingNames.ProfitOf(true)} / {TrainingNames.ProfitOf(false)}；学科类机构一律为{TrainingNames.ProfitOf(false)}") { Example = TrainingNames.ProfitOf(false) },
        new(PermitNumber, false, "已取得办学许可证的填写，不超过 50 个字符；许可证四列要么都填，要么都不填") { Example = "教民131011570001号" },
        new(PermitScope, false, "许可证上的办学范围（培训内容），不超过 500 个字") { Example = "少儿美术、书法" },
        new(IssuedOn, false, "如 2024-09-01，不能晚于今天") { Example = "2024-09-01" },
        new(ValidUntil, false, "如 2027-08-31，须晚于发证日期；已过期的许可证照样登记，机构状态为申请中") { Example = "2027-08-31" },
    ], MaxRows);

    private static readonly string[] PermitColumns = [PermitNumber, PermitScope, IssuedOn, ValidUntil];

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(InstitutionFacts.Name)] = Name,
        [nameof(InstitutionFacts.CreditCode)] = CreditCode,
        [nameof(InstitutionFacts.LegalPerson)] = LegalPerson,
        [nameof(InstitutionFacts.ContactPerson)] = ContactPerson,
        [nameof(InstitutionFacts.ContactPhone)] = ContactPhone,
        [nameof(InstitutionFacts.Address)] = Address,
        [nameof(InstitutionFacts.Kind)] = Kind,
        [nameof(InstitutionFacts.Category)] = Category,
        [nameof(InstitutionFacts.Mode)] = Mode,
        [nameof(RegisterInstitution.ExistingPermit.Number)] = PermitNumber,
        [nameof(RegisterInstitution.ExistingPermit.Scope)] = PermitScope,
        [nameof(RegisterInstitution.ExistingPermit.IssuedOn)] = IssuedOn,
        [nameof(RegisterInstitution.ExistingPermit.ValidUntil)] = ValidUntil,
    };

    private static string Names<T>(Func<T, string> nameOf)
        where T : struct, Enum =>
        string.Join(" / ", Enum.GetValues<T>().Select(nameOf));

    private sealed record Accepted(int RowNumber, InstitutionFacts Facts, string ZoneName, RegisterInstitution.ExistingPermit? Permit);

    internal sealed class ImportKind(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, InstitutionFacts.Validator validator, IRegistryDirectory registry, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportInstitutions.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            users.User.Demand(TrainingPermissions.Manage);
            var today = ChinaTime.Today(clock);
            var zones = (await registry.ZonesAsync(ct)).GroupBy(z => z.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var check = new RowCheck(rows[i]);
                var row = await CheckAsync(check, zones, today, ct);
                errors.AddRange(check.Errors);
                if (check.Passed)
                {
                    accepted.Add(row);
                }

                if ((i + 1) % 200 == 0 || i + 1 == rows.Count)
                {
                    progress.Report(new ImportProgress(ImportPhases.Checking, i + 1, rows.Count));
                }
            }

            errors.AddRange(DuplicatesInFile(rows, r => DigitNormalizer.Normalize(r[CreditCode]), CreditCode, "统一社会信用代码"));
            errors.AddRange(DuplicatesInFile(rows, r => r[PermitNumber].Trim(), PermitNumber, "办学许可证编号"));
            await using var db = await contexts.CreateDbContextAsync(ct);
            errors.AddRange(await AlreadyRegisteredAsync(db, accepted, ct));
            if (errors.Count == 0 && !dryRun)
            {
                await WriteAsync(db, accepted, fileName, today, ct);
                progress.Report(new ImportProgress(ImportPhases.Writing, accepted.Count, accepted.Count));
            }

            return errors;
        }

        private async Task<Accepted> CheckAsync(RowCheck check, Dictionary<string, ZoneRef> zones, DateOnly today, CancellationToken ct)
        {
            var zone = ZoneOf(check, zones);
            var kind = check.Choice<TrainingKind>(Kind, TrainingNames.Of);
            var category = check.Choice<TrainingCategory>(Category, TrainingNames.Of);
            var mode = check.Choice<TrainingMode>(Mode, TrainingNames.Of);
            var forProfit = check.Profit(Profit);
            var facts = new InstitutionFacts(
                check[Name], check[CreditCode], check[LegalPerson], check[ContactPerson], check[ContactPhone], check[Address], zone?.Id,
                kind ?? TrainingKind.NonAcademic, category ?? TrainingCategory.Other, mode ?? TrainingMode.Offline, forProfit ?? false);
            var validation = await validator.ValidateAsync(facts, ct);
            var choicesRead = kind is not null && category is not null && forProfit is not null;
            check.AddValidation(validation.Errors.Where(e => choicesRead || e.PropertyName != nameof(InstitutionFacts.Category)), ColumnOf);
            var permit = PermitOf(check, today);
            return new Accepted(check.RowNumber, facts, zone?.Name ?? "", permit);
        }

        private static ZoneRef? ZoneOf(RowCheck check, Dictionary<string, ZoneRef> zones)
        {
            var name = check[Zone];
            if (name.Length == 0)
            {
                return null;
            }

            if (zones.TryGetValue(name, out var zone))
            {
                return zone;
            }

            check.Fail(Zone, zones.Count == 0 ? $"学区“{name}”不存在：本区尚未建立学区，请留空" : $"学区“{name}”不存在，应为：{string.Join("、", zones.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        /// <summary>The permit when any of its four cells is filled: then all four must be, and the form's permit rules apply.</summary>
        private static RegisterInstitution.ExistingPermit? PermitOf(RowCheck check, DateOnly today)
        {
            if (PermitColumns.All(c => check[c].Length == 0))
            {
                return null;
            }

            foreach (var column in PermitColumns.Where(c => check[c].Length == 0))
            {
                check.Fail(column, "填写了许可证信息的，许可证编号、许可范围、发证日期和有效期至都必须填写");
            }

            var issuedOn = check.Date(IssuedOn);
            var validUntil = check.Date(ValidUntil);
            if (issuedOn is null || validUntil is null)
            {
                return null;
            }

            var permit = new RegisterInstitution.ExistingPermit(check[PermitNumber], check[PermitScope], issuedOn.Value, validUntil.Value);
            foreach (var (field, message) in permit.Problems(today))
            {
                check.Fail(ColumnOf[field], message);
            }

            return permit;
        }

        private static IEnumerable<ImportError> DuplicatesInFile(IReadOnlyList<ImportRow> rows, Func<ImportRow, string> key, string column, string what) =>
            rows.Where(r => key(r).Length > 0)
                .GroupBy(key, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, column, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行的{what}相同")));

        /// <summary>Rows whose credit code or permit number is already registered: a file imported again is refused row by row.</summary>
        private static async Task<IEnumerable<ImportError>> AlreadyRegisteredAsync(TrainingDbContext db, List<Accepted> accepted, CancellationToken ct)
        {
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            var permits = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var chunk in accepted.Chunk(500))
            {
                var chunkCodes = chunk.Select(a => a.Facts.NormalizedCreditCode).ToList();
                foreach (var holder in await db.Institutions.AsNoTracking().Where(i => chunkCodes.Contains(i.CreditCode)).Select(i => new { i.CreditCode, i.Name }).ToListAsync(ct))
                {
                    codes.TryAdd(holder.CreditCode, holder.Name);
                }

                var chunkNumbers = chunk.Where(a => a.Permit is not null).Select(a => a.Permit!.Number.Trim()).ToList();
                var holders = await db.Permits.AsNoTracking().Where(p => chunkNumbers.Contains(p.Number))
                    .Select(p => new { p.Number, Name = db.Institutions.Where(i => i.Id == p.InstitutionId).Select(i => i.Name).First() }).ToListAsync(ct);
                foreach (var holder in holders)
                {
                    permits.TryAdd(holder.Number, holder.Name);
                }
            }

            return accepted.SelectMany(a => Taken(a, codes, permits));
        }

        private static IEnumerable<ImportError> Taken(Accepted row, Dictionary<string, string> codes, Dictionary<string, string> permits)
        {
            var code = row.Facts.NormalizedCreditCode;
            if (codes.TryGetValue(code, out var holder))
            {
                yield return new ImportError(row.RowNumber, CreditCode, InstitutionFactsWriter.CreditCodeTaken(code, holder));
            }

            if (row.Permit is { } permit && permits.TryGetValue(permit.Number.Trim(), out var permitHolder))
            {
                yield return new ImportError(row.RowNumber, PermitNumber, RegisterInstitution.PermitNumberTaken(permit.Number.Trim(), permitHolder));
            }
        }

        /// <summary>Every institution and permit in one save: one transaction, one audit event for the whole file.</summary>
        private async Task WriteAsync(TrainingDbContext db, List<Accepted> rows, string fileName, DateOnly today, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var row in rows)
            {
                RegisterInstitution.Add(db, row.Facts, row.ZoneName, row.Permit, now, today);
            }

            ct.ThrowIfCancellationRequested();
            var permits = rows.Count(r => r.Permit is not null);
            using (AuditScope.Summarize("TrainingInstitutionImport", $"导入校外培训机构 {rows.Count} 家（同时登记办学许可证 {permits} 张）：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
    }

    /// <summary>Reads one row's cells as typed values and keeps the first Chinese problem of each column.</summary>
    private sealed class RowCheck(ImportRow row)
    {
        private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
        private readonly List<ImportError> _errors = [];

        public int RowNumber => row.RowNumber;

        public IReadOnlyList<ImportError> Errors => _errors;

        public bool Passed => _errors.Count == 0;

        public string this[string column] => row[column].Trim();

        public void Fail(string column, string message)
        {
            if (!_errors.Any(e => e.Column == column))
            {
                _errors.Add(new ImportError(row.RowNumber, column, message));
            }
        }

        public T? Choice<T>(string column, Func<T, string> nameOf)
            where T : struct, Enum
        {
            var text = this[column];
            foreach (var value in Enum.GetValues<T>().Where(v => nameOf(v) == text))
            {
                return value;
            }

            Fail(column, text.Length == 0 ? "必填" : $"“{text}”不是可选的值，只能填写：{Names(nameOf)}");
            return null;
        }

        public bool? Profit(string column)
        {
            var text = this[column];
            bool? forProfit = text == TrainingNames.ProfitOf(true) ? true : text == TrainingNames.ProfitOf(false) ? false : null;
            if (forProfit is null)
            {
                Fail(column, text.Length == 0 ? "必填" : $"“{text}”不是可选的值，只能填写：{TrainingNames.ProfitOf(true)}、{TrainingNames.ProfitOf(false)}");
            }

            return forProfit;
        }

        public DateOnly? Date(string column)
        {
            var text = DigitNormalizer.Normalize(row[column]);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(column, $"“{row[column]}”不是有效日期，请按 2024-09-01 的格式填写");
            return null;
        }

        /// <summary>The form validator's failures under their columns; one without a column fails the whole row.</summary>
        public void AddValidation(IEnumerable<FluentValidation.Results.ValidationFailure> failures, IReadOnlyDictionary<string, string> columnOf)
        {
            foreach (var failure in failures)
            {
                Fail(columnOf.GetValueOrDefault(failure.PropertyName, ""), failure.ErrorMessage);
            }
        }
    }
}
