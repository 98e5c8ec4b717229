using EduGov.Platform.Data;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Audit;

/// <summary>Records events that are not entity changes: sign-in, failed sign-in, reveal, export.</summary>
public sealed class AuditLog(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(string action, string module, string entityType, string entityId, string? note, CurrentUser? actor = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var who = actor ?? CurrentUserAccessor.Current;
        db.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorId = who.IdText,
            ActorName = who.Name,
            Action = action,
            Module = module,
            EntityType = entityType,
            EntityId = entityId,
            Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Streams the chain from the database in sequence order and stops at the first break.</summary>
    public async Task<AuditChainReport> VerifyChainAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var walker = new AuditChainWalker();
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (walker.Check(e) is { } broken)
            {
                return new AuditChainReport(walker.Checked, broken);
            }
        }

        return new AuditChainReport(walker.Checked, null);
    }
}
