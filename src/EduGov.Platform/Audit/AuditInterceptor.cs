using System.Collections.Concurrent;
using System.Text.Json;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace EduGov.Platform.Audit;

/// <summary>
/// Adds audit events for every tracked change to the same SaveChanges, so the change and its audit commit together.
/// Appends are serialised (in-process lock, plus an advisory lock on PostgreSQL) so the hash chain never forks.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private const long PostgresAuditLockKey = 7_301_115;
    private static readonly SemaphoreSlim AppendLock = new(1, 1);
    private readonly ConcurrentDictionary<DbContext, IDbContextTransaction?> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        var events = DescribeChanges(context);
        if (events.Count == 0)
        {
            return result;
        }

        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            var ownTransaction = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
            _pending[context] = ownTransaction;
            await AppendAsync(context, events, cancellationToken);
        }
        catch
        {
            await ReleaseAsync(context, commit: false);
            throw;
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ReleaseAsync(eventData.Context!, commit: true);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ReleaseAsync(eventData.Context!, commit: true).GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await ReleaseAsync(eventData.Context!, commit: false);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        ReleaseAsync(eventData.Context!, commit: false).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await ReleaseAsync(eventData.Context!, commit: false);

    private async Task ReleaseAsync(DbContext context, bool commit)
    {
        if (!_pending.TryRemove(context, out var transaction))
        {
            return;
        }

        try
        {
            if (transaction is not null)
            {
                if (commit)
                {
                    await transaction.CommitAsync();
                }
                else
                {
                    await transaction.RollbackAsync();
                }

                await transaction.DisposeAsync();
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }

    private static async Task AppendAsync(DbContext context, List<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresAuditLockKey})", cancellationToken);
        }

        var last = await context.Set<AuditEvent>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var hash = last?.Hash ?? AuditChain.GenesisHash;
        foreach (var e in events)
        {
            AuditChain.Seal(e, sequence, hash);
            sequence = e.Sequence;
            hash = e.Hash;
            if (context.Entry(e).State == EntityState.Detached)
            {
                context.Add(e);
            }
        }
    }

    private List<AuditEvent> DescribeChanges(DbContext context)
    {
        var explicitEvents = context.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.Hash.Length == 0)
            .Select(e => e.Entity)
            .ToList();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEvent && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        return [.. explicitEvents, .. DescribeEntityChanges(context, entries)];
    }

    private List<AuditEvent> DescribeEntityChanges(DbContext context, List<EntityEntry> entries)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var actor = CurrentUserAccessor.Current;
        var module = ModuleOf(context);
        var now = clock.GetUtcNow().UtcDateTime;
        if (AuditScope.Current is { } scope)
        {
            if (scope.Recorded)
            {
                return [];
            }

            scope.Recorded = true;
            return [NewEvent(actor, module, now, AuditActions.Bulk, scope.EntityType, "", null, scope.Note)];
        }

        return [.. entries.Select(e => NewEvent(actor, module, now, ActionOf(e.State), e.Metadata.ClrType.Name, KeyOf(e), DiffOf(e), null))];
    }

    private static AuditEvent NewEvent(CurrentUser actor, string module, DateTime now, string action, string entityType, string entityId, string? changes, string? note) => new()
    {
        OccurredAt = now,
        ActorId = actor.IdText,
        ActorName = actor.Name,
        Action = action,
        Module = module,
        EntityType = entityType,
        EntityId = entityId,
        Changes = changes,
        Note = note,
    };

    private static string ModuleOf(DbContext context) =>
        context.GetType().Name.Replace("DbContext", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditActions.Create,
        EntityState.Deleted => AuditActions.Delete,
        _ => AuditActions.Update,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private static string? DiffOf(EntityEntry entry)
    {
        var diff = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (NotAudited.IsExcluded(property.Metadata))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (!Equals(before, after))
            {
                diff[property.Metadata.Name] = [before, after];
            }
        }

        return diff.Count == 0 ? null : JsonSerializer.Serialize(diff, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
