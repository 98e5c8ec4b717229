using System.Globalization;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// 办学条件批量导入: one row per school and year, for evaluated schools in the importer's scope, checked like the form.
/// A row for a school and year already reported replaces its figures. Every row is checked first; nothing is written if any fails.
/// </summary>
public static class ImportFacilities
{
    public const string Code = "学校标识码";
    public const string Name = "学校名称";
    public const string Year = "年度";
    public const string TeachingSpace = "教学及辅助用房面积(平方米)";
    public const string SportsSpace = "体育运动场馆面积(平方米)";
    public const string EquipmentValue = "教学仪器设备值(元)";
    public const string MultimediaClassrooms = "网络多媒体教室(间)";

    public static readonly ImportDefinition Definition = new("facilities", "办学条件", InspectionPermissions.Facilities,
    [
        new(Code, true, "10 位学校标识码，须是您管理范围内的义务教育学校（小学、初中、九年一贯制、完全中学、十二年一贯制）"),
        new(Name, false, "仅用于核对：填写时须与该标识码登记的学校名称一致"),
        new(Year, true, $"统计年度，如 2026（{FacilitiesRules.FirstYear} 年起）；同一学校同一年度已填报的将被本行覆盖"),
        new(TeachingSpace, true, $"教学及辅助用房面积，不含室内体育用房；0 到 {FacilitiesRules.MaxTeachingSpace:N0}，最多两位小数"),
        new(SportsSpace, true, $"运动场地面积加体育馆及室内体育用房面积；0 到 {FacilitiesRules.MaxSportsSpace:N0}，最多两位小数"),
        new(EquipmentValue, true, $"教学仪器设备资产值（账面原值）；0 到 {FacilitiesRules.MaxEquipmentValue:N0}，最多两位小数"),
        new(MultimediaClassrooms, true, $"网络多媒体教室间数，0 到 {FacilitiesRules.MaxMultimediaClassrooms} 的整数"),
    ], MaxRows: 10_000);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Year"] = Year,
        [nameof(FacilitiesValues.TeachingSpaceSquareMetres)] = TeachingSpace,
        [nameof(FacilitiesValues.SportsSpaceSquareMetres)] = SportsSpace,
        [nameof(FacilitiesValues.EquipmentValueYuan)] = EquipmentValue,
        [nameof(FacilitiesValues.MultimediaClassrooms)] = MultimediaClassrooms,
    };

    private sealed record Accepted(int RowNumber, Guid SchoolId, string Code, int Year, FacilitiesValues Values);

    internal sealed class Kind(IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, InspectionScope scope, CurrentUserAccessor users, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportFacilities.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var user = users.User;
            var inScope = (await BalancedSchools.InScopeAsync(registry, scope, user, ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var all = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var today = ChinaTime.Today(clock);
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var check = new RowCheck(rows[i]);
                var school = Resolve(check, inScope, all);
                var year = check.Integer(Year);
                var values = new FacilitiesValues(check.Amount(TeachingSpace), check.Amount(SportsSpace), check.Amount(EquipmentValue), check.Integer(MultimediaClassrooms) ?? 0);
                foreach (var (field, message) in FacilitiesRules.Problems(year ?? today.Year, values, today))
                {
                    check.Fail(ColumnOf[field], message);
                }

                errors.AddRange(check.Errors);
                if (check.Errors.Count == 0)
                {
                    accepted.Add(new Accepted(rows[i].RowNumber, school!.Id, school.Code, year!.Value, values));
                }

                if ((i + 1) % 500 == 0 || i + 1 == rows.Count)
                {
                    progress.Report(new ImportProgress(ImportPhases.Checking, i + 1, rows.Count));
                }
            }

            errors.AddRange(DuplicatesInFile(accepted));
            if (errors.Count == 0 && !dryRun)
            {
                await WriteAsync(accepted, fileName, user, progress, ct);
            }

            return errors;
        }

        private static SchoolRef? Resolve(RowCheck check, Dictionary<string, SchoolRef> inScope, Dictionary<string, SchoolRef> all)
        {
            var code = DigitNormalizer.Normalize(check[Code]);
            var name = check[Name];
            if (inScope.TryGetValue(code, out var school))
            {
                if (name.Length > 0 && name != school.Name)
                {
                    check.Fail(Name, $"与学校标识码不符：{code} 登记的是“{school.Name}”");
                }

                return school;
            }

            check.Fail(Code, code.Length == 0 ? "必填"
                : !all.TryGetValue(code, out var other) ? "学校标识码不存在"
                : !BalancedSchools.IsEvaluated(other.Type) ? $"{StageNames.Of(other.Type)}不参加义务教育优质均衡评估，无需填报办学条件"
                : "该学校不在您的管理范围内");
            return null;
        }

        private static IEnumerable<ImportError> DuplicatesInFile(IEnumerable<Accepted> rows) =>
            rows.GroupBy(r => (r.Code, r.Year)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, Code, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一学校同一年度")));

        /// <summary>Upserts on (year, school) in one save: one transaction, one audit event for the whole file.</summary>
        private async Task WriteAsync(List<Accepted> rows, string fileName, CurrentUser user, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var years = rows.Select(r => r.Year).Distinct().ToList();
            var existing = (await db.Facilities.Where(f => years.Contains(f.Year)).ToListAsync(ct)).ToDictionary(f => (f.Year, f.SchoolId));
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var row in rows)
            {
                if (!existing.TryGetValue((row.Year, row.SchoolId), out var facilities))
                {
                    facilities = new SchoolFacilities { SchoolId = row.SchoolId, Year = row.Year };
                    db.Facilities.Add(facilities);
                }

                SaveFacilities.Apply(facilities, row.Values, user.Name, now);
            }

            ct.ThrowIfCancellationRequested();
            using (AuditScope.Summarize("FacilitiesImport", $"导入办学条件 {rows.Count} 条：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }

            progress.Report(new ImportProgress(ImportPhases.Writing, rows.Count, rows.Count));
        }
    }

    /// <summary>Reads one row's cells as typed values and collects one Chinese problem per column.</summary>
    private sealed class RowCheck(ImportRow row)
    {
        private readonly List<ImportError> _errors = [];

        public IReadOnlyList<ImportError> Errors => _errors;

        public string this[string column] => row[column];

        public void Fail(string column, string message)
        {
            if (!_errors.Any(e => e.Column == column))
            {
                _errors.Add(new ImportError(row.RowNumber, column, message));
            }
        }

        public int? Integer(string column)
        {
            var text = DigitNormalizer.Normalize(row[column]);
            if (text.Length == 0)
            {
                Fail(column, "必填");
                return null;
            }

            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Fail(column, $"“{row[column]}”不是整数");
            return null;
        }

        /// <summary>A decimal amount; 0 when empty or unreadable, with the problem recorded.</summary>
        public decimal Amount(string column)
        {
            var text = DigitNormalizer.Normalize(row[column]);
            if (text.Length == 0)
            {
                Fail(column, "必填");
                return 0;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount))
            {
                return amount;
            }

            Fail(column, $"“{row[column]}”不是数字");
            return 0;
        }
    }
}
