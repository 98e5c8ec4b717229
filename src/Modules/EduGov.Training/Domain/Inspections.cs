using EduGov.Platform.Audit;

namespace EduGov.Training.Domain;

/// <summary>抽查计划 states: 草稿 → 已冻结 → 已抽取 → 已公示.</summary>
public enum InspectionPlanStatus
{
    Draft = 1,
    Frozen = 2,
    Drawn = 3,
    Published = 4,
}

/// <summary>检查任务 states: 待检查 → 已检查 → 已公示.</summary>
public enum InspectionTaskStatus
{
    Pending = 1,
    Inspected = 2,
    Published = 3,
}

/// <summary>One check item's outcome on the form: 符合 / 不符合 / 不适用.</summary>
public enum CheckOutcome
{
    Compliant = 1,
    NonCompliant = 2,
    NotApplicable = 3,
}

/// <summary>整改 states: 整改中 → 已提交整改 → 整改完成, or back to 整改中 when the officer returns it.</summary>
public enum RectificationStatus
{
    Open = 1,
    Answered = 2,
    Completed = 3,
}

public enum RectificationAction
{
    Opened = 1,
    Answered = 2,
    Returned = 3,
    Completed = 4,
}

/// <summary>执法检查人员名录库: one enforcement officer; token = 执法证号. Optionally linked to a sign-in account.</summary>
public sealed class EnforcementOfficer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";

    /// <summary>执法证号, upper case; the officer's public token in the draw.</summary>
    public string CertificateNumber { get; set; } = "";

    /// <summary>The areas (registry zone names) the officer covers, separated by ";".</summary>
    public string Areas { get; set; } = "";
    public string Qualifications { get; set; } = "";
    public bool Active { get; set; } = true;

    /// <summary>The Officer- or Inspector-role account that signs in as this officer, if any.</summary>
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> AreaList => Areas.Length == 0 ? [] : Areas.Split(';');
}

/// <summary>回避: an officer may not inspect an institution (kinship, former employment…); ended, never deleted.</summary>
public sealed class OfficerConflict
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OfficerId { get; set; }
    public Guid InstitutionId { get; set; }
    public string Reason { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string EndedBy { get; set; } = "";
}

/// <summary>
/// 抽查计划: the batch, its 抽查事项, ratios per grade and team size (editable while a draft), then the frozen lists and their
/// digest, the public entropy and seed, the draw, and the publication of results.
/// </summary>
public sealed class InspectionPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public int Batch { get; set; }

    /// <summary>抽查事项, one per line; the inspection form lists them.</summary>
    public string CheckItems { get; set; } = "";
    public decimal RatioA { get; set; }
    public decimal RatioB { get; set; }
    public decimal RatioC { get; set; }
    public decimal RatioD { get; set; }
    public decimal RatioE { get; set; }
    public int MinPerGrade { get; set; }
    public bool ExcludeRecent { get; set; }
    public bool PreferArea { get; set; }
    public int TeamSize { get; set; }
    public InspectionPlanStatus Status { get; set; } = InspectionPlanStatus.Draft;

    /// <summary>The frozen target list (targets.csv) and officer pool (inspectors.csv), canonical text.</summary>
    [NotAudited]
    public string TargetsCsv { get; set; } = "";
    [NotAudited]
    public string InspectorsCsv { get; set; } = "";
    public string ManifestSha256 { get; set; } = "";
    public DateTime? FrozenAt { get; set; }
    public string PublicDraw { get; set; } = "";

    /// <summary>The dice groups, separated by "|".</summary>
    public string Dice { get; set; } = "";
    public string Seed { get; set; } = "";
    [NotAudited]
    public string DrawCsv { get; set; } = "";
    public DateTime? DrawnAt { get; set; }
    public DateOnly? DrawnOn { get; set; }

    /// <summary>Results must be published by this day: drawn date + the rule's working days.</summary>
    public DateOnly? PublishDue { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> DiceValues => Dice.Length == 0 ? [] : Dice.Split('|');

    public IReadOnlyList<string> CheckItemList => [.. CheckItems.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

/// <summary>One institution of a frozen target list, with its number, rank and outcome once drawn.</summary>
public sealed class InspectionTarget
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid InstitutionId { get; set; }
    public string Token { get; set; } = "";
    public string InstitutionName { get; set; } = "";
    public CreditGrade Grade { get; set; }
    public string Area { get; set; } = "";
    public bool RecentlyInspected { get; set; }
    public string LotteryNumber { get; set; } = "";
    public int? Rank { get; set; }
    public bool Selected { get; set; }
    public bool Excluded { get; set; }
}

/// <summary>检查任务: a selected target and its team; the inspection record once submitted.</summary>
public sealed class InspectionTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid InstitutionId { get; set; }
    public string InstitutionName { get; set; } = "";
    public string Token { get; set; } = "";
    public CreditGrade Grade { get; set; }
    public string LotteryNumber { get; set; } = "";

    /// <summary>Position in lottery order within the plan (1 = smallest number).</summary>
    public int Order { get; set; }
    public InspectionTaskStatus Status { get; set; } = InspectionTaskStatus.Pending;
    public DateOnly? InspectedOn { get; set; }
    public string Notes { get; set; } = "";
    public bool HasFindings { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateTime? SubmittedAt { get; set; }
}

/// <summary>A member of a task's team, in the order drawn, with the officer's name at the time.</summary>
public sealed class InspectionTeamMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public Guid OfficerId { get; set; }
    public string OfficerName { get; set; } = "";
    public string CertificateNumber { get; set; } = "";
    public int Position { get; set; }
}

/// <summary>The outcome of one 抽查事项 on the form.</summary>
public sealed class InspectionCheck
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public int Position { get; set; }
    public string Item { get; set; } = "";
    public CheckOutcome Outcome { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>A breach found: a credit catalogue item (as it was then), how many instances and what was seen.</summary>
public sealed class InspectionFinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid CreditItemId { get; set; }
    public string ItemCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public int PointsPerInstance { get; set; }
    public int Instances { get; set; }
    public string Description { get; set; } = "";
}

/// <summary>A photo taken on site or an evidence file of a rectification, stored with its SHA-256.</summary>
public sealed class InspectionPhoto
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The task (site photo) or the rectification (evidence) it belongs to.</summary>
    public Guid OwnerId { get; set; }
    public Guid InstitutionId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";

    [NotAudited]
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}

/// <summary>整改: opened by a finding, answered by the institution with measures and evidence, verified by an officer.</summary>
public sealed class Rectification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public Guid FindingId { get; set; }
    public Guid InstitutionId { get; set; }
    public string InstitutionName { get; set; } = "";
    public string Problem { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public DateOnly Deadline { get; set; }
    public RectificationStatus Status { get; set; } = RectificationStatus.Open;
    public string Measures { get; set; } = "";
    public DateTime? AnsweredAt { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A dated step of a rectification (opened, answered, returned, completed), never changed afterwards.</summary>
public sealed class RectificationStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RectificationId { get; set; }
    public RectificationAction Action { get; set; }
    public string Text { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>A dated step of a plan (created, frozen, drawn, published).</summary>
public sealed class InspectionPlanStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public InspectionPlanStatus Status { get; set; }
    public string Text { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}
