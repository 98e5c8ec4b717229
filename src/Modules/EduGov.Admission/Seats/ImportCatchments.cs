using System.Globalization;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>
/// 对口地段批量导入: one row per address rule of a public primary or junior school in the importer's scope. The rules of every
/// school named in the file are replaced by the file's rows for it (schools not in the file keep theirs), so the bureau's
/// yearly list can be exported, edited and imported again. Every row is checked first; nothing is written if any fails.
/// </summary>
public static class ImportCatchments
{
    public const string Code = "学校标识码";
    public const string Street = "道路/街巷";
    public const string FromNumber = "起始门牌号";
    public const string ToNumber = "截止门牌号";
    public const string Parity = "单双号";
    public const string Estate = "小区";
    public const string Note = "备注";

    public static readonly ImportDefinition Definition = new("admission-catchments", "对口地段", AdmissionPermissions.Manage,
    [
        new(Code, true, "10 位学校标识码，须是您管理范围内招收小学或初中新生的公办学校；文件中出现的学校，其原有地段规则将整体替换为文件中的规则"),
        new(Street, false, "道路或街巷名称，如“张杨路”；与“小区”至少填写一项"),
        new(FromNumber, false, $"门牌号范围的起点，1 到 {CatchmentRules.MaxHouseNumber} 的整数；不填表示从头开始"),
        new(ToNumber, false, "门牌号范围的终点，不小于起始门牌号；不填表示到底"),
        new(Parity, false, "全部、单号或双号；不填为全部"),
        new(Estate, false, "小区名称，如“世纪花园”；地址中出现该名称即属于本地段"),
        new(Note, false, "最多 200 字"),
    ], MaxRows: 50_000);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(CatchmentRules.Values.Street)] = Street,
        [nameof(CatchmentRules.Values.FromNumber)] = FromNumber,
        [nameof(CatchmentRules.Values.ToNumber)] = ToNumber,
        [nameof(CatchmentRules.Values.Parity)] = Parity,
        [nameof(CatchmentRules.Values.Estate)] = Estate,
        [nameof(CatchmentRules.Values.Note)] = Note,
    };

    private sealed record Accepted(int RowNumber, Guid SchoolId, CatchmentRules.Values Values)
    {
        public (Guid, string, int?, int?, HouseNumberParity, string) Key => (SchoolId, Values.Street.Trim(), Values.FromNumber, Values.ToNumber, Values.Parity, Values.Estate.Trim());
    }

    internal sealed class Kind(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users) : IImportKind
    {
        public ImportDefinition Definition => ImportCatchments.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var user = users.User;
            var all = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var inScope = await scope.SchoolIdsAsync(user, ct);
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var check = new RowCheck(rows[i]);
                var school = Resolve(check, all, inScope);
                var values = new CatchmentRules.Values(check[Street], check.Number(FromNumber), check.Number(ToNumber), check.ParityOf(Parity), check[Estate], check[Note]);
                foreach (var (field, message) in CatchmentRules.Problems(values))
                {
                    check.Fail(ColumnOf[field], message);
                }

                errors.AddRange(check.Errors);
                if (check.Errors.Count == 0)
                {
                    accepted.Add(new Accepted(rows[i].RowNumber, school!.Id, values));
                }

                if ((i + 1) % 500 == 0 || i + 1 == rows.Count)
                {
                    progress.Report(new ImportProgress(ImportPhases.Checking, i + 1, rows.Count));
                }
            }

            errors.AddRange(DuplicatesInFile(accepted));
            if (errors.Count == 0 && !dryRun)
            {
                await WriteAsync(accepted, fileName, progress, ct);
            }

            return errors;
        }

        private static SchoolRef? Resolve(RowCheck check, Dictionary<string, SchoolRef> all, IReadOnlySet<Guid>? inScope)
        {
            var code = DigitNormalizer.Normalize(check[Code]);
            if (all.TryGetValue(code, out var school) && CatchmentRules.Refusal(school) is null && (inScope is null || inScope.Contains(school.Id)))
            {
                return school;
            }

            check.Fail(Code, code.Length == 0 ? "必填"
                : school is null ? "学校标识码不存在"
                : CatchmentRules.Refusal(school) is { } refusal ? refusal
                : "该学校不在您的管理范围内");
            return null;
        }

        private static IEnumerable<ImportError> DuplicatesInFile(IEnumerable<Accepted> rows) =>
            rows.GroupBy(r => r.Key).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, Code, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一学校的相同规则")));

        /// <summary>Replaces the rules of the schools in the file in one save: one transaction, one audit event for the whole file.</summary>
        private async Task WriteAsync(List<Accepted> rows, string fileName, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schoolIds = rows.Select(r => r.SchoolId).Distinct().ToList();
            var replaced = new List<CatchmentRule>();
            foreach (var chunk in schoolIds.Chunk(500))
            {
                replaced.AddRange(await db.Catchments.Where(r => chunk.Contains(r.SchoolId)).ToListAsync(ct));
            }

            db.Catchments.RemoveRange(replaced);
            foreach (var row in rows)
            {
                var rule = new CatchmentRule();
                SaveCatchment.Apply(rule, row.SchoolId, row.Values);
                db.Catchments.Add(rule);
            }

            ct.ThrowIfCancellationRequested();
            using (AuditScope.Summarize("CatchmentImport", $"导入对口地段 {rows.Count} 条（{schoolIds.Count} 所学校，替换原有 {replaced.Count} 条）：{fileName}"))
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

        public string this[string column] => row[column].Trim();

        public void Fail(string column, string message)
        {
            if (!_errors.Any(e => e.Column == column))
            {
                _errors.Add(new ImportError(row.RowNumber, column, message));
            }
        }

        /// <summary>An optional house number: null when empty, or unreadable with the problem recorded.</summary>
        public int? Number(string column)
        {
            var text = DigitNormalizer.Normalize(row[column]).Trim();
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

        public HouseNumberParity ParityOf(string column)
        {
            if (CatchmentRules.ParseParity(row[column]) is { } parity)
            {
                return parity;
            }

            Fail(column, "只能填写全部、单号或双号");
            return HouseNumberParity.All;
        }
    }
}
