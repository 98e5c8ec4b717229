using EduGov.Platform.Localization;
using EduGov.Training.Domain;

namespace EduGov.Training.Complaints;

/// <summary>The penalty form's values as the officer types them (amount in yuan); the command carries fen.</summary>
public sealed class PenaltyModel
{
    public PenaltyType Type { get; set; } = PenaltyType.WarningOrCriticism;
    public decimal? AmountYuan { get; set; }
    public string? LegalBasis { get; set; }
    public string? DecisionNumber { get; set; }
    public DateTime? DecidedOn { get; set; }
    public string? Facts { get; set; }
    public bool Published { get; set; } = true;

    public static PenaltyModel Today(TimeProvider clock) => new() { DecidedOn = ChinaTime.Today(clock).ToDateTime(TimeOnly.MinValue) };

    public Penalties.RecordCommand ToCommand(Guid institutionId) => new(
        institutionId, Type, (long)Math.Round((AmountYuan ?? 0) * 100, MidpointRounding.AwayFromZero), LegalBasis ?? "", DecisionNumber ?? "",
        DateOnly.FromDateTime(DecidedOn ?? DateTime.MinValue), Facts ?? "", Published);
}
