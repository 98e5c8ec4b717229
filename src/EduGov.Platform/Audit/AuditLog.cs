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
}
