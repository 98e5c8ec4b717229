using EduGov.Registry.Contracts;

namespace EduGov.Admission.Domain;

/// <summary>
/// One year's admission round for one entry stage, with the district's policy as data: cohort, timeline, application
/// rules, priority categories, class-size cap and mechanism. Locked once the round opens; every edit is a new version.
/// </summary>
public sealed class AdmissionRound
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public Stage Stage { get; set; } = Stage.Primary;
    public string Name { get; set; } = "";
    public RoundStatus Status { get; set; } = RoundStatus.Draft;
    public int PolicyVersion { get; set; } = 1;
    public string PolicySource { get; set; } = "";

    /// <summary>入学年龄段: children born in [CohortFrom, CohortTo] belong to the round.</summary>
    public DateOnly CohortFrom { get; set; }
    public DateOnly CohortTo { get; set; }

    public DateOnly ApplicationOpens { get; set; }
    public DateOnly ApplicationCloses { get; set; }
    public DateOnly VerificationCloses { get; set; }
    public DateOnly DrawOn { get; set; }
    public DateOnly ResultsOn { get; set; }
    public DateOnly AppealsClose { get; set; }

    /// <summary>Number of private choices a private applicant may list (Shanghai: 1 school + 1 调剂 = 2).</summary>
    public int PrivateChoices { get; set; } = 2;
    public int ClassCap { get; set; } = 45;
    public AssignmentMechanism Mechanism { get; set; } = AssignmentMechanism.DeferredAcceptance;
    public TieBreakKind TieBreak { get; set; } = TieBreakKind.Shared;

    /// <summary>一址一位: one address gives one place at the same school per <see cref="AddressReuseYears"/> years.</summary>
    public bool OneAddressRule { get; set; } = true;
    public int AddressReuseYears { get; set; } = 5;

    /// <summary>积分标准分值 for residence-permit holders.</summary>
    public int ResidencePointsStandard { get; set; } = 120;

    /// <summary>Within a category, order by hukou seniority (earlier registration first) before the lottery number.</summary>
    public bool OrderBySeniority { get; set; } = true;

    public DateTime CreatedAt { get; set; }
    public DateTime? OpenedAt { get; set; }

    // The ceremony: manifest frozen first, entropy afterwards, then the run.
    public string? ManifestSha256 { get; set; }
    public DateTime? FrozenAt { get; set; }
    public string? PublicDraw { get; set; }
    public string? Dice { get; set; }
    public string? Seed { get; set; }
    public DateTime? DrawnAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    public List<PriorityCategory> Categories { get; set; } = [];

    public bool PolicyLocked => Status != RoundStatus.Draft;

    public IReadOnlyList<string> DiceValues => string.IsNullOrEmpty(Dice) ? [] : Dice.Split('|');
}

/// <summary>
/// 优先类别 at public catchment schools, in order (1 is admitted first). Each flag is a condition the facts must meet;
/// a category with no conditions catches everyone left (其他).
/// </summary>
public sealed class PriorityCategory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public bool HukouInCatchment { get; set; }
    public bool PropertyInCatchment { get; set; }

    /// <summary>人户一致: hukou and property at the same address.</summary>
    public bool SameAddress { get; set; }

    /// <summary>户主/产权人为儿童本人或直系亲属.</summary>
    public bool LinealHolder { get; set; }

    /// <summary>The address has not given a place at this school within the reuse period (一址一位).</summary>
    public bool AddressUnused { get; set; }

    public bool ResidencePermit { get; set; }
    public bool PointsAtStandard { get; set; }

    /// <summary>Actually living (rented or owned) inside the catchment.</summary>
    public bool LivingInCatchment { get; set; }
}

/// <summary>A saved version of a round's policy: the whole policy as JSON, who changed it and why.</summary>
public sealed class PolicyRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public int Version { get; set; }
    public string Snapshot { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedAt { get; set; }
}
