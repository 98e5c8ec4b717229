using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Forecast;

/// <summary>
/// 历年在校生导入: pupils per school year, school and grade (1–9), the history the forecast learns from. A row replaces the
/// stored count of the same year, school and grade. Every row is checked first; nothing is written if any fails.
/// </summary>
public static class ImportGradeEnrolments
{
    public const string Key = "admission-grade-enrolments";
    public const string Year = "学年";
    public const string SchoolCode = "学校标识码";
    public const string Grade = "年级(1-9)";
    public const string Pupils = "在校生数";
    public const int FirstYear = 2000;
    public const int MaxPupils = 5_000;

    public static readonly ImportDefinition Definition = new(Key, "历年在校生", AdmissionPermissions.Manage,
    [
        new(Year, true, $"学年以其 9 月所在年份表示，如 2025 表示 2025-2026 学年；{FirstYear} 起，最晚为本学年"),
        new(SchoolCode, true, "10 位学校标识码，须是您管理范围内的小学、初中或九年一贯制等学校"),
        new(Grade, true, "1 到 6 为小学一至六年级，7 到 9 为初一至初三；须是该校开设的学段"),
        new(Pupils, true, $"该学年该年级的在校生人数，0 到 {MaxPupils:N0} 的整数；同一学年同一学校同一年级已有的将被本行替换"),
    ], MaxRows: 100_000);

    private sealed record Accepted(int RowNumber, int Year, Guid SchoolId, int Grade, int Pupils);

    internal sealed class Kind(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportGradeEnrolments.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            var ids = await scope.SchoolIdsAsync(users.User, ct);
            var all = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            var lastYear = ForecastStages.SchoolYear(ChinaTime.Today(clock));
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            for (var i = 0; i < rows.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var row = new ForecastImportRow(rows[i]);
                var year = row.Integer(Year, FirstYear, lastYear, $"学年应在 {FirstYear} 到 {lastYear} 之间");
                var grade = row.Integer(Grade, 1, 9, "年级应为 1 到 9 的整数");
                var pupils = row.Integer(Pupils, 0, MaxPupils, $"在校生数应在 0 到 {MaxPupils:N0} 之间");
                var school = row.School(SchoolCode, all, ids, _ => null);
                if (school is not null && grade is not null && !ForecastStages.Teaches(school.Type, grade.Value))
                {
                    row.Fail(Grade, $"{StageNames.Of(school.Type)}没有{StageNames.GradeName(grade.Value)}");
                }

                errors.AddRange(row.Errors);
                if (row.Errors.Count == 0)
                {
                    accepted.Add(new Accepted(row.RowNumber, year!.Value, school!.Id, grade!.Value, pupils!.Value));
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

        private static IEnumerable<ImportError> DuplicatesInFile(IEnumerable<Accepted> rows) =>
            rows.GroupBy(r => (r.Year, r.SchoolId, r.Grade)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, SchoolCode, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一学年同一学校同一年级")));

        /// <summary>Upserts on (year, school, grade) in one save: one transaction, one audit event for the whole file.</summary>
        private async Task WriteAsync(List<Accepted> rows, string fileName, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var years = rows.Select(r => r.Year).Distinct().ToList();
            var existing = (await db.GradeEnrolments.Where(e => years.Contains(e.Year)).ToListAsync(ct)).ToDictionary(e => (e.Year, e.SchoolId, e.Grade));
            foreach (var row in rows)
            {
                if (existing.TryGetValue((row.Year, row.SchoolId, row.Grade), out var stored))
                {
                    stored.Pupils = row.Pupils;
                }
                else
                {
                    db.GradeEnrolments.Add(new GradeEnrolment { Year = row.Year, SchoolId = row.SchoolId, Grade = row.Grade, Pupils = row.Pupils });
                }
            }

            ct.ThrowIfCancellationRequested();
            using (AuditScope.Summarize("GradeEnrolmentImport", $"导入历年在校生 {rows.Count} 条：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }

            progress.Report(new ImportProgress(ImportPhases.Writing, rows.Count, rows.Count));
        }
    }
}
