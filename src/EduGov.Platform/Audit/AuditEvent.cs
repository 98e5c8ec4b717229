namespace EduGov.Platform.Audit;

/// <summary>One append-only entry of the audit chain. <see cref="Hash"/> covers every field and the previous hash.</summary>
public sealed class AuditEvent
{
    public long Sequence { get; set; }
    public DateTime OccurredAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string Action { get; set; } = "";
    public string Module { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Changes { get; set; }
    public string? Note { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
