namespace EduGov.Training.Domain;

/// <summary>
/// One version of a policy threshold (a charge cap, a deadline, a sampling ratio): every number of the module is data with
/// its source document and level, effective from a date, so a district can tighten a national rule without a release.
/// </summary>
public sealed class TrainingRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Key { get; set; } = "";
    public decimal Value { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public string SourceDocument { get; set; } = "";
    public RuleLevel Level { get; set; }
    public string Note { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public enum RuleLevel
{
    National = 1,
    Provincial = 2,
    Municipal = 3,
    District = 4,
}
