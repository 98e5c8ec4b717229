using EduGov.Platform.Audit;

namespace EduGov.Training.Domain;

/// <summary>Where a complaint came in: 网站 / 12345热线 / 来信来访 / 机构端.</summary>
public enum ComplaintChannel
{
    Website = 1,
    Hotline = 2,
    LetterOrVisit = 3,
    Portal = 4,
}

/// <summary>What a complaint is about: 收费退费, 教学质量, 安全, 虚假宣传, 超范围/无证办学, 其他.</summary>
public enum ComplaintCategory
{
    FeesRefunds = 1,
    TeachingQuality = 2,
    Safety = 3,
    FalseAdvertising = 4,
    Unlicensed = 5,
    Other = 9,
}

/// <summary>待分派 → 办理中 → 已答复 → 已办结, or 已移交 to another authority.</summary>
public enum ComplaintStatus
{
    Pending = 1,
    Handling = 2,
    Answered = 3,
    Closed = 4,
    Transferred = 5,
}

public enum ComplaintStepKind
{
    Received = 1,
    Assigned = 2,
    Categorized = 3,
    InstitutionAccount = 4,
    Answered = 5,
    Closed = 6,
    Transferred = 7,
    PenaltyRecorded = 8,
}

/// <summary>
/// 投诉举报: a complaint about an institution (or about an operator not on the register, by name). The complainant's
/// phone is encrypted, masked and looked up by keyed hash; the answer is due a number of working days after receipt.
/// </summary>
public sealed class Complaint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>YYYY-NNNNN, numbered per year of receipt.</summary>
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public ComplaintChannel Channel { get; set; }
    public Guid? InstitutionId { get; set; }

    /// <summary>The institution's name when it was received, or the name the complainant typed for an unlisted operator.</summary>
    public string InstitutionName { get; set; } = "";
    public ComplaintCategory Category { get; set; }
    public string Text { get; set; } = "";
    public string ComplainantName { get; set; } = "";
    [NotAudited]
    public string PhoneCipher { get; set; } = "";
    [NotAudited]
    public string PhoneLookup { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AnswerDue { get; set; }
    public ComplaintStatus Status { get; set; } = ComplaintStatus.Pending;
    public Guid? AssigneeId { get; set; }
    public string AssigneeName { get; set; } = "";
    public string Answer { get; set; } = "";
    public DateTime? AnsweredAt { get; set; }
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>情况说明: the institution's account of the matter, given in its portal.</summary>
    public string InstitutionAccount { get; set; } = "";
    public DateTime? InstitutionAccountAt { get; set; }
    public string Closure { get; set; } = "";
    public DateTime? ClosedAt { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }

    public bool IsOpen => Status is ComplaintStatus.Pending or ComplaintStatus.Handling;
}

/// <summary>One dated step of a complaint's handling; never changed afterwards.</summary>
public sealed class ComplaintStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ComplaintId { get; set; }
    public ComplaintStepKind Kind { get; set; }
    public ComplaintStatus StatusAfter { get; set; }
    public string Text { get; set; } = "";
    public Guid ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>The photo a complainant attached (JPEG or PNG, judged by content).</summary>
public sealed class ComplaintPhoto
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ComplaintId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    [NotAudited]
    public byte[] Content { get; set; } = [];
    public DateTime UploadedAt { get; set; }
}

/// <summary>The authority a case is passed to (线索移交).</summary>
public enum ReferralAuthority
{
    MarketRegulation = 1,
    PublicSecurity = 2,
    CivilAffairs = 3,
    CultureTourism = 4,
    Sports = 5,
    HumanResources = 6,
    Other = 9,
}

/// <summary>已移交 → 已受理 → 已办结, or 退回.</summary>
public enum ReferralStatus
{
    Sent = 1,
    Accepted = 2,
    Concluded = 3,
    Returned = 4,
}

/// <summary>线索移交: a case passed to another authority, from a complaint or about an institution, tracked to its end.</summary>
public sealed class Referral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ComplaintId { get; set; }
    public string ComplaintNumber { get; set; } = "";
    public Guid? InstitutionId { get; set; }

    /// <summary>Who the case is about: the institution's name, or the unlisted operator's.</summary>
    public string SubjectName { get; set; } = "";
    public ReferralAuthority Authority { get; set; }

    /// <summary>The receiving office in words (e.g. 区市场监管局执法大队); required for 其他.</summary>
    public string AuthorityName { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly SentOn { get; set; }
    public ReferralStatus Status { get; set; } = ReferralStatus.Sent;
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? FinishedOn { get; set; }
    public string Feedback { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One dated step of a referral (sent, accepted, concluded, returned) with the authority's feedback.</summary>
public sealed class ReferralStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public ReferralStatus StatusAfter { get; set; }
    public DateOnly On { get; set; }
    public string Text { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>Penalty types of 《校外培训行政处罚暂行办法》（教育部令第53号）.</summary>
public enum PenaltyType
{
    WarningOrCriticism = 1,
    Fine = 2,
    Confiscation = 3,
    StopEnrolling = 4,
    StopOperating = 5,
    RevokePermit = 6,
    RestrictPractice = 7,
    Other = 9,
}

/// <summary>
/// 行政处罚: a decision against an institution with its legal basis and 文号. Stopping enrolment suspends the institution
/// until the order is lifted (with a reason, kept on the record); an order to stop operating (责令停止举办) puts a licensed
/// institution into closing (no new charges; its pupils and funds stay supervised); revoking the permit revokes the
/// institution and its permit.
/// </summary>
public sealed class Penalty
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string InstitutionName { get; set; } = "";
    public Guid? ComplaintId { get; set; }
    public PenaltyType Type { get; set; }

    /// <summary>Fine or confiscated amount in fen; 0 where the type has none.</summary>
    public long AmountFen { get; set; }
    public string LegalBasis { get; set; } = "";
    public string DecisionNumber { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public string Facts { get; set; } = "";
    public bool Published { get; set; }
    public DateOnly? LiftedOn { get; set; }
    public string LiftReason { get; set; } = "";
    public string LiftedBy { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
