using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Forecast;

/// <summary>
/// 出生人口导入: births per school-age cohort, for the whole district (学校标识码 empty) or one primary school's catchment.
/// A row replaces the stored count of the same cohort and school. Every row is checked first; nothing is written if any fails.
/// </summary>
public static class ImportBirths
{
    public const string Key = "admission-births";
    public const string CohortYear = "出生学年(如2020表示2019-09-01至2020-08-31出生)";
    public const string SchoolCode = "学校标识码(空=全区)";
    public const string Births = "出生人数";
    public const int FirstCohortYear = 1990;
    public const int MaxBirths = 1_000_000;

    public static readonly ImportDefinition Definition = new(Key, "出生人口", AdmissionPermissions.Manage,
    [
        new(CohortYear, true, $"出生学年 Y 指 Y-1 年 9 月 1 日至 Y 年 8 月 31 日出生的儿童，他们于 Y+6 年 9 月入读一年级；{FirstCohortYear} 起，最晚为正在出生的学年"),
        new(SchoolCode, false, "10 位学校标识码，填写时为该小学对口地段的出生人数（须在您的管理范围内）；留空为全区出生人数（仅教育局）"),
        new(Births, true, $"出生人数，0 到 {MaxBirths:N0} 的整数；同一出生学年同一学校（或全区）已导入的将被本行替换"),
    ], MaxRows: 20_000);

    private sealed record Accepted(int RowNumber, int CohortYear, Guid? SchoolId, int Births);

    internal sealed class Kind(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportBirths.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var user = users.User;
            var ids = await scope.SchoolIdsAsync(user, ct);
            var all = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var lastCohort = ForecastStages.CohortYear(ChinaTime.Today(clock));
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var row = new ForecastImportRow(rows[i]);
                var year = row.Integer(CohortYear, FirstCohortYear, lastCohort, $"出生学年应在 {FirstCohortYear} 到 {lastCohort} 之间");
                var births = row.Integer(Births, 0, MaxBirths, $"出生人数应在 0 到 {MaxBirths:N0} 之间");
                var school = Unit(row, all, ids);
                errors.AddRange(row.Errors);
                if (row.Errors.Count == 0)
                {
                    accepted.Add(new Accepted(row.RowNumber, year!.Value, school?.Id, births!.Value));
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

        /// <summary>The school of the row, or null for 全区 (bureau only).</summary>
        private static SchoolRef? Unit(ForecastImportRow row, IReadOnlyDictionary<string, SchoolRef> all, IReadOnlySet<Guid>? ids)
        {
            if (DigitNormalizer.Normalize(row[SchoolCode]).Length == 0)
            {
                if (ids is not null)
                {
                    row.Fail(SchoolCode, "只有教育局可以导入全区出生人口，请填写本校的学校标识码");
                }

                return null;
            }

            return row.School(SchoolCode, all, ids, s => ForecastStages.Teaches(s, Stage.Primary) ? null : $"{StageNames.Of(s.Type)}没有小学学段，出生人口只用于推算小学一年级入学");
        }

        private static IEnumerable<ImportError> DuplicatesInFile(IEnumerable<Accepted> rows) =>
            rows.GroupBy(r => (r.CohortYear, r.SchoolId)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, CohortYear, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一出生学年同一学校（或全区）")));

        /// <summary>Replaces the stored counts of every (cohort, school) in the file in one save: one transaction, one audit event.</summary>
        private async Task WriteAsync(List<Accepted> rows, string fileName, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var years = rows.Select(r => r.CohortYear).Distinct().ToList();
            var keys = rows.Select(r => (r.CohortYear, r.SchoolId)).ToHashSet();
            var replaced = (await db.Births.Where(b => years.Contains(b.CohortYear)).ToListAsync(ct)).Where(b => keys.Contains((b.CohortYear, b.SchoolId)));
            db.Births.RemoveRange(replaced);
            db.Births.AddRange(rows.Select(r => new BirthCount { CohortYear = r.CohortYear, SchoolId = r.SchoolId, Births = r.Births }));
            ct.ThrowIfCancellationRequested();
            using (AuditScope.Summarize("BirthCountImport", $"导入出生人口 {rows.Count} 条：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }

            progress.Report(new ImportProgress(ImportPhases.Writing, rows.Count, rows.Count));
        }
    }
}
