namespace EduGov.Training.Domain;

/// <summary>
/// 风险预警: raised by the alert scan with the evidence that triggered it; one open alert per institution and
/// <see cref="Key"/> (kind plus what it is about), so a scan that finds the same risk again updates it instead of repeating it.
/// </summary>
public sealed class RiskAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public AlertKind Kind { get; set; }
    public AlertSeverity Severity { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The figures that triggered the alert, in words an officer can check.</summary>
    public string Evidence { get; set; } = "";

    /// <summary>The amount at risk in fen, when the alert is about money.</summary>
    public long AmountFen { get; set; }
    public AlertStatus Status { get; set; } = AlertStatus.Open;
    public DateTime RaisedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? HandledAt { get; set; }
    public string HandledBy { get; set; } = "";
    public string HandlingNote { get; set; } = "";
}
