using EduGov.Platform.Audit;

namespace EduGov.Training.Domain;

/// <summary>
/// 校外培训机构: one institution under the bureau's supervision. Credit, card and list fields are the current state,
/// recomputed from their dated records (credit records, card events, list entries) and never edited by hand.
/// </summary>
public sealed class TrainingInstitution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";

    /// <summary>统一社会信用代码 (GB 32100), upper case, 18 characters.</summary>
    public string CreditCode { get; set; } = "";
    public string LegalPerson { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string Address { get; set; } = "";

    /// <summary>The registry zone (学区/片区) the institution lies in, for search by area and for inspectors' areas.</summary>
    public Guid? ZoneId { get; set; }
    public string ZoneName { get; set; } = "";
    public TrainingKind Kind { get; set; }
    public TrainingCategory Category { get; set; }
    public TrainingMode Mode { get; set; } = TrainingMode.Offline;
    public bool ForProfit { get; set; }
    public InstitutionStatus Status { get; set; } = InstitutionStatus.Applying;
    public string Website { get; set; } = "";
    public string Introduction { get; set; } = "";

    public int CreditScore { get; set; }
    public CreditGrade CreditGrade { get; set; } = CreditGrade.A;
    public CardLevel Card { get; set; } = CardLevel.None;
    public ListStatus List { get; set; } = ListStatus.None;
    public DateTime? CreditUpdatedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsOperating => Status is InstitutionStatus.Licensed or InstitutionStatus.Suspended;
}

/// <summary>办学许可证: a permit issued (or renewed, changed) by a licensing decision; history is kept, one is current.</summary>
public sealed class SchoolPermit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string Number { get; set; } = "";

    /// <summary>办学范围 / 培训内容, as printed on the permit.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The licensed address: every venue in use must be at one of the permit's addresses.</summary>
    public string Address { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateOnly ValidUntil { get; set; }
    public PermitStatus Status { get; set; } = PermitStatus.Valid;
    public Guid? ApplicationId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>培训场所: a place where lessons happen; it must match the permit's address.</summary>
public sealed class Venue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string Address { get; set; } = "";
    public decimal AreaM2 { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>从业人员. The identity number is encrypted (cipher + keyed look-up + mask) like every personal number.</summary>
public sealed class InstitutionStaff
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    [NotAudited]
    public string IdNumberCipher { get; set; } = "";
    [NotAudited]
    public string IdNumberLookup { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public bool Teaches { get; set; } = true;
    public string Subjects { get; set; } = "";

    /// <summary>教师资格证书编号; required for anyone teaching academic subjects.</summary>
    public string TeacherQualificationNumber { get; set; } = "";
    public DateOnly HiredOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>课程 with its published fee (明码标价): a charging period is at most the rules' months or lessons.</summary>
public sealed class Course
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    public TrainingCategory Category { get; set; }
    public string Grades { get; set; } = "";

    /// <summary>Price of one lesson (课时) in fen.</summary>
    public long LessonPriceFen { get; set; }
    public int LessonMinutes { get; set; } = 45;
    public int TotalLessons { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string RefundPolicy { get; set; } = "";
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>The institution's supervised accounts: the custody account (培训收费专用账户) and the risk-deposit account.</summary>
public sealed class FundAccount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public FundAccountKind Kind { get; set; }
    public string BankName { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string AccountNumber { get; set; } = "";

    /// <summary>The balance as last reported by the bank (statement import), in fen.</summary>
    public long BankBalanceFen { get; set; }
    public DateOnly? BankBalanceOn { get; set; }
    public DateOnly OpenedOn { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
