using System.Text.Json;
using EduGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Audit;

/// <summary>
/// A record's history as the audit chain saw it: who created or changed it, when, and which fields.
/// Callers show it only after they have checked that the user may read the record.
/// </summary>
public sealed class RecordHistory(IDbContextFactory<PlatformDbContext> contexts)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<Entry>> ForAsync(string entityType, Guid entityId, CancellationToken ct = default)
    {
        var id = entityId.ToString();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == id)
            .OrderByDescending(e => e.Sequence)
            .Take(Limit)
            .Select(e => new { e.OccurredAt, e.ActorName, e.Action, e.Changes, e.Note })
            .ToListAsync(ct);
        return [.. events.Select(e => new Entry(e.OccurredAt, e.ActorName, AuditActions.DisplayName(e.Action), FieldsOf(e.Changes), e.Note))];
    }

    private static IReadOnlyList<string> FieldsOf(string? changes)
    {
        if (string.IsNullOrEmpty(changes))
        {
            return [];
        }

        using var document = JsonDocument.Parse(changes);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "Id")];
    }

    public sealed record Entry(DateTime OccurredAt, string ActorName, string Action, IReadOnlyList<string> Fields, string? Note);
}
