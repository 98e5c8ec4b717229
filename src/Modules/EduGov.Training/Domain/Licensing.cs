namespace EduGov.Training.Domain;

public enum LicenceKind
{
    /// <summary>设立.</summary>
    New = 1,

    /// <summary>延续.</summary>
    Renewal = 2,

    /// <summary>变更 (scope, address or name).</summary>
    Change = 3,

    /// <summary>终止, with a closure plan.</summary>
    Closure = 4,
}

public enum LicenceStatus
{
    Submitted = 1,
    Reviewing = 2,
    Approved = 3,
    Refused = 4,
    Withdrawn = 5,
}

/// <summary>The departments whose opinion the bureau asks before it decides.</summary>
public enum Department
{
    MarketRegulation = 1,
    FireSafety = 2,
    PublicSecurity = 3,
    Health = 4,
    Sports = 5,
    CultureTourism = 6,
    Science = 7,
}

public enum OpinionResult
{
    Agree = 1,
    Disagree = 2,
    Amend = 3,
}

public enum LicenceStepKind
{
    Submitted = 1,
    ReviewStarted = 2,
    OpinionRequested = 3,
    OpinionRecorded = 4,
    Approved = 5,
    Refused = 6,
    Withdrawn = 7,
}

public enum ReviewResult
{
    Pass = 1,
    BasicPass = 2,
    Fail = 3,
}

/// <summary>许可申请: setting up, renewing, changing or closing; decided within the legal number of working days.</summary>
public sealed class LicenceApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Number { get; set; } = "";
    public Guid InstitutionId { get; set; }
    public LicenceKind Kind { get; set; }
    public LicenceStatus Status { get; set; } = LicenceStatus.Submitted;

    /// <summary>For new, renewal and change: the name, scope and address the permit should carry.</summary>
    public string ProposedName { get; set; } = "";
    public string ProposedScope { get; set; } = "";
    public string ProposedAddress { get; set; } = "";
    public string Statement { get; set; } = "";

    /// <summary>Closure plan: pupils still enrolled, prepaid money not yet taught (fen), how it is refunded and where pupils go.</summary>
    public int RemainingPupils { get; set; }
    public long UnconsumedFen { get; set; }
    public string RefundPlan { get; set; } = "";
    public string PlacementPlan { get; set; } = "";

    public DateOnly SubmittedOn { get; set; }
    public DateOnly DecisionDueOn { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string DecidedBy { get; set; } = "";
    public string DecisionReason { get; set; } = "";
    public Guid? PermitId { get; set; }

    /// <summary>How many steps the history holds; numbers the next one, so the timeline keeps its order within one instant.</summary>
    public int StepCount { get; set; }

    public bool IsOpen => Status is LicenceStatus.Submitted or LicenceStatus.Reviewing;
}

/// <summary>A department's opinion on an application: asked with a due date, then recorded by the officer who received it.</summary>
public sealed class LicenceOpinion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public Department Department { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public OpinionResult? Result { get; set; }
    public string Text { get; set; } = "";
    public string EnteredBy { get; set; } = "";
    public DateTime? EnteredAt { get; set; }
}

/// <summary>One step of an application's history; never changed after it is written.</summary>
public sealed class LicenceStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public int Sequence { get; set; }
    public LicenceStepKind Kind { get; set; }
    public string Text { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>年度检查: one result per licensed institution and year.</summary>
public sealed class AnnualReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public int Year { get; set; }
    public ReviewResult Result { get; set; }
    public string Notes { get; set; } = "";
    public Guid? NoticeId { get; set; }
    public string ReviewedBy { get; set; } = "";
    public DateTime ReviewedAt { get; set; }
}
