namespace EduGov.Training.Domain;

/// <summary>
/// 信用评价指标: a catalogue of items with point deductions. One catalogue is active at a time; switching recomputes every
/// institution. Items of different catalogues that judge the same matter share a code, so records carry over a switch.
/// </summary>
public sealed class CreditCatalogue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool Active { get; set; }

    /// <summary>Raised on every change of the catalogue's points, so a score can name the version it was computed with.</summary>
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>One item: at most <see cref="MaxPoints"/> lost on it, <see cref="PointsPerInstance"/> per breach instance.</summary>
public sealed class CreditItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CatalogueId { get; set; }
    public string Code { get; set; } = "";
    public string Group { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>评分标准 in words, e.g. "每缺一项扣20分".</summary>
    public string Standard { get; set; } = "";
    public int MaxPoints { get; set; }
    public int PointsPerInstance { get; set; }
    public BreachSeverity Severity { get; set; }

    /// <summary>The best grade an institution with an active breach of this item can have (null: no cap).</summary>
    public CreditGrade? GradeCap { get; set; }

    /// <summary>情节特别严重: a breach gives a red card at once.</summary>
    public bool DirectRed { get; set; }
    public int Order { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum CreditRecordStatus
{
    Active = 1,
    Repaired = 2,
    Expired = 3,
    Withdrawn = 4,
}

/// <summary>
/// 失信记录: one finding against an institution. Published from <see cref="DecidedOn"/> up to the day before
/// <see cref="PublicUntil"/>; repair may be requested from <see cref="RepairableFrom"/>. The status changes, never the finding.
/// </summary>
public sealed class CreditRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid ItemId { get; set; }
    public string ItemCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public int Instances { get; set; }

    /// <summary>Points deducted under the catalogue in force at the decision; the score uses the active catalogue's points.</summary>
    public int PointsDeducted { get; set; }
    public BreachSeverity Severity { get; set; }
    public string Description { get; set; } = "";
    public FindingSource Source { get; set; }
    public Guid? SourceId { get; set; }
    public DateOnly DecidedOn { get; set; }
    public DateOnly RepairableFrom { get; set; }
    public DateOnly PublicUntil { get; set; }
    public CreditRecordStatus Status { get; set; } = CreditRecordStatus.Active;
    public DateOnly? StatusChangedOn { get; set; }
    public string StatusReason { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A change of an institution's card (got or lost), with the reason.</summary>
public sealed class CardEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public CardLevel From { get; set; }
    public CardLevel To { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly On { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
}

/// <summary>
/// A stay on the white or black list, from <see cref="EnteredOn"/> until <see cref="LeftOn"/>. Institutions enter and leave by
/// recompute; unlicensed operators (擅自举办) are entered by hand with a name and address and no institution.
/// </summary>
public sealed class ListEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? InstitutionId { get; set; }
    public ListStatus List { get; set; }
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly EnteredOn { get; set; }
    public DateTime EnteredAt { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateOnly? LeftOn { get; set; }
    public string LeftReason { get; set; } = "";
    public string LeftBy { get; set; } = "";
}

public enum RequestStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>信用修复申请: the institution's credit commitment and evidence that the obligation is fulfilled; an officer decides.</summary>
public sealed class CreditRepairRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid RecordId { get; set; }
    public string Commitment { get; set; } = "";
    public string Evidence { get; set; } = "";
    public DateOnly SubmittedOn { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    public RequestStatus Status { get; set; } = RequestStatus.Pending;
    public DateTime? DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";
    public string Decision { get; set; } = "";
}

/// <summary>异议申诉: the institution disputes a record; an officer decides by <see cref="DueOn"/> (working days by the rules).</summary>
public sealed class Objection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid RecordId { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly SubmittedOn { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Pending;
    public DateTime? DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";
    public string Decision { get; set; } = "";
}
