using EduGov.Platform.Audit;
using EduGov.Platform.Importing;
using EduGov.Registry.Data;

namespace EduGov.Registry.Importing;

/// <summary>
/// Writes checked rows in one transaction, audited as one import event; cancelling (or a crash) before the commit leaves nothing written.
/// </summary>
internal static class ImportWriter
{
    private const int BatchSize = 2_000;

    public static async Task WriteAsync<T>(RegistryDbContext db, IReadOnlyList<T> rows, Action<RegistryDbContext, T> add, string entityType, string note,
        IProgress<ImportProgress> progress, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        using (AuditScope.Summarize(entityType, note))
        {
            var done = 0;
            foreach (var batch in rows.Chunk(BatchSize))
            {
                ct.ThrowIfCancellationRequested();
                foreach (var row in batch)
                {
                    add(db, row);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                done += batch.Length;
                progress.Report(new ImportProgress(ImportPhases.Writing, done, rows.Count));
            }
        }

        ct.ThrowIfCancellationRequested();
        await transaction.CommitAsync(ct);
    }
}
