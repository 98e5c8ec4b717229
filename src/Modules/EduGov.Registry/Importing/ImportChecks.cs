using EduGov.Platform.Importing;

namespace EduGov.Registry.Importing;

/// <summary>Checks across the rows of one file.</summary>
internal static class ImportChecks
{
    /// <summary>Every row whose key another row of the file shares, naming all the rows involved.</summary>
    public static IEnumerable<ImportError> DuplicatesInFile<T>(IEnumerable<T> rows, Func<T, int> rowNumber, Func<T, string> key, string column, string what) =>
        rows.Where(r => key(r).Length > 0)
            .GroupBy(key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(r => new ImportError(rowNumber(r), column, $"文件中第 {string.Join("、", g.Select(rowNumber))} 行的{what}重复")));

    /// <summary>
    /// Checks every row with <paramref name="check"/>, collecting all errors; the rows that passed come back with what the check built.
    /// Reports progress every few hundred rows.
    /// </summary>
    public static async Task<(List<ImportError> Errors, List<(int RowNumber, T Value)> Accepted)> CheckEachAsync<T>(
        IReadOnlyList<ImportRow> rows, IProgress<ImportProgress> progress, Func<RowCheck, Task<T>> check, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var accepted = new List<(int RowNumber, T Value)>();
        for (var i = 0; i < rows.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var row = new RowCheck(rows[i]);
            var value = await check(row);
            errors.AddRange(row.Errors);
            if (row.Passed)
            {
                accepted.Add((rows[i].RowNumber, value));
            }

            if ((i + 1) % 500 == 0 || i + 1 == rows.Count)
            {
                progress.Report(new ImportProgress(ImportPhases.Checking, i + 1, rows.Count));
            }
        }

        return (errors, accepted);
    }
}
