using EduGov.Training.Data;

namespace EduGov.Training.Domain;

/// <summary>Where a breach was found.</summary>
public enum FindingSource
{
    Officer = 1,
    Inspection = 2,
    Complaint = 3,
}

/// <summary>失信信息 tiers of 国办发〔2025〕22号: they set how long a record stays public and when it may be repaired.</summary>
public enum BreachSeverity
{
    Minor = 1,
    Ordinary = 2,
    Serious = 3,
}

/// <summary>An item of the active credit catalogue, as other parts offer it (an inspection form lists these).</summary>
public sealed record CreditItemRef(Guid Id, string Code, string Name, string Group, int PointsPerInstance, BreachSeverity Severity);

/// <summary>A breach handed to the credit part by an inspection, a complaint or an officer.</summary>
public sealed record CreditFinding(
    Guid InstitutionId, Guid ItemId, int Instances, string Description, FindingSource Source, Guid? SourceId, DateOnly FoundOn);

/// <summary>
/// The credit part's door for the other parts: it records a finding and recomputes the institution's score, grade, card
/// and list status in the caller's unit of work (the caller saves, so the finding and its cause commit together).
/// </summary>
internal interface ICreditFindings
{
    Task<IReadOnlyList<CreditItemRef>> ActiveItemsAsync(CancellationToken ct = default);

    Task AddAsync(TrainingDbContext db, CreditFinding finding, CancellationToken ct = default);
}
