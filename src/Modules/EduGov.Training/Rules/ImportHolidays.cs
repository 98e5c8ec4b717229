using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Rules;

/// <summary>
/// 节假日安排导入: the State Council's notice for one year as rows of date, type (放假 or 调休上班) and name. Every row is
/// checked first (a working day must be a weekend, no date twice, none already in the calendar); nothing is written if any fails.
/// </summary>
public static class ImportHolidays
{
    public const string Date = "日期";
    public const string Type = "类型";
    public const string Name = "名称";
    public const string Holiday = "放假";
    public const string WorkingDay = "调休上班";

    public static readonly ImportDefinition Definition = new("training-holidays", "节假日安排", TrainingPermissions.Manage,
    [
        new(Date, true, "日期，如 2027-10-01；一个文件只录入同一年的日期，已在日历中的日期不能重复录入"),
        new(Type, true, "放假 或 调休上班；调休上班只能是周六或周日"),
        new(Name, true, "节日名称，如“国庆节”或“国庆节调休上班”，最多 50 字"),
    ], MaxRows: 400)
    {
        BureauOnly = true,
    };

    private sealed record Accepted(int RowNumber, DateOnly Date, bool IsWorkingDay, string Name);

    internal sealed class Kind(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock) : IImportKind
    {
        public ImportDefinition Definition => ImportHolidays.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            users.User.Demand(TrainingPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var known = (await db.CalendarDays.AsNoTracking().Select(d => d.Date).ToListAsync(ct)).ToHashSet();
            var errors = new List<ImportError>();
            var accepted = new List<Accepted>();
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                var problems = new List<ImportError>();
                var day = Check(row, known, problems);
                errors.AddRange(problems);
                if (problems.Count == 0)
                {
                    accepted.Add(day!);
                }
            }

            progress.Report(new ImportProgress(ImportPhases.Checking, rows.Count, rows.Count));
            errors.AddRange(Duplicates(accepted));
            errors.AddRange(OtherYears(accepted));
            if (errors.Count == 0 && !dryRun)
            {
                await WriteAsync(db, accepted, fileName, ct);
                progress.Report(new ImportProgress(ImportPhases.Writing, rows.Count, rows.Count));
            }

            return errors;
        }

        private static Accepted? Check(ImportRow row, HashSet<DateOnly> known, List<ImportError> problems)
        {
            var dateText = DigitNormalizer.Normalize(row[Date]).Trim();
            var typeText = row[Type].Trim();
            var name = row[Name].Trim();
            DateOnly? date = DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (date is null)
            {
                problems.Add(new(row.RowNumber, Date, dateText.Length == 0 ? "必填" : $"“{row[Date]}”不是日期，请写成 2027-10-01"));
            }
            else if (known.Contains(date.Value))
            {
                problems.Add(new(row.RowNumber, Date, "该日期已在日历中"));
            }

            bool? working = typeText switch { Holiday => false, WorkingDay => true, _ => null };
            if (working is null)
            {
                problems.Add(new(row.RowNumber, Type, "只能填写“放假”或“调休上班”"));
            }
            else if (working.Value && date is { } day && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(new(row.RowNumber, Type, "调休上班日应是周六或周日"));
            }

            if (name.Length is 0 or > 50)
            {
                problems.Add(new(row.RowNumber, Name, name.Length == 0 ? "必填" : "不能超过 50 字"));
            }

            return problems.Count == 0 ? new Accepted(row.RowNumber, date!.Value, working!.Value, name) : null;
        }

        private static IEnumerable<ImportError> Duplicates(List<Accepted> rows) =>
            rows.GroupBy(r => r.Date).Where(g => g.Count() > 1)
                .SelectMany(g => g.Select(r => new ImportError(r.RowNumber, Date, $"文件中第 {string.Join("、", g.Select(x => x.RowNumber))} 行是同一天")));

        private static IEnumerable<ImportError> OtherYears(List<Accepted> rows)
        {
            var year = rows.GroupBy(r => r.Date.Year).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            return rows.Where(r => r.Date.Year != year).Select(r => new ImportError(r.RowNumber, Date, $"一个文件只录入一年的安排（本文件为 {year} 年）"));
        }

        private async Task WriteAsync(TrainingDbContext db, List<Accepted> rows, string fileName, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.CalendarDays.AddRange(rows.Select(r => new CalendarDay { Date = r.Date, IsWorkingDay = r.IsWorkingDay, Name = r.Name, CreatedAt = now }));
            using (AuditScope.Summarize("HolidayImport", $"导入节假日安排 {rows.Count} 天：{fileName}"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
