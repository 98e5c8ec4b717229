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

    /// <summary>Reports checking progress every few hundred rows.</summary>
    public static void ReportChecked(IProgress<ImportProgress> progress, int done, int total)
    {
        if (done % 500 == 0 || done == total)
        {
            progress.Report(new ImportProgress(ImportPhases.Checking, done, total));
        }
    }
}
