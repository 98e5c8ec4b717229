namespace EduGov.Platform.Audit;

/// <summary>
/// Turns the writes inside it into one summary event (seeding, imports), instead of one event per row: the first save inside
/// the scope records the event, later saves (the next batches of the same import) add none. The note carries the totals.
/// </summary>
public sealed class AuditScope : IDisposable
{
    private static readonly AsyncLocal<AuditScope?> CurrentScope = new();
    private readonly AuditScope? _outer;

    private AuditScope(string entityType, string note)
    {
        EntityType = entityType;
        Note = note;
        _outer = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    public static AuditScope? Current => CurrentScope.Value;

    public string EntityType { get; }

    public string Note { get; }

    /// <summary>Whether the scope's one event has been recorded.</summary>
    public bool Recorded { get; internal set; }

    public static AuditScope Summarize(string entityType, string note) => new(entityType, note);

    public void Dispose() => CurrentScope.Value = _outer;
}
