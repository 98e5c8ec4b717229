using EduGov.Platform.Audit;

namespace EduGov.Training.Domain;

public enum EnrolmentStatus
{
    Active = 1,

    /// <summary>Every contracted lesson taught.</summary>
    Completed = 2,
    RefundRequested = 3,
    Refunded = 4,
}

public enum LedgerEntryKind
{
    Payment = 1,
    Release = 2,
    Refund = 3,
}

public enum LessonConfirmation
{
    Pending = 1,
    Confirmed = 2,
    Deemed = 3,
    Disputed = 4,
}

public enum RefundStatus
{
    Requested = 1,
    Agreed = 2,
    DeemedAgreed = 3,
    Paid = 4,
}

/// <summary>
/// 报名（预收费合同）: one pupil's charge for a course — lessons bought, amount, paid on, and the span it covers (checked
/// against the charge rules when recorded). The guardian's phone is encrypted, masked, and looked up by its keyed hash.
/// </summary>
public sealed class Enrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid CourseId { get; set; }
    public string CourseName { get; set; } = "";
    public string PupilName { get; set; } = "";
    public string GuardianName { get; set; } = "";
    [NotAudited]
    public string GuardianPhoneCipher { get; set; } = "";
    [NotAudited]
    public string GuardianPhoneLookup { get; set; } = "";
    public string GuardianPhoneMasked { get; set; } = "";
    public int Lessons { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }
    public DateOnly CourseStart { get; set; }

    /// <summary>The last day this charge covers; with <see cref="CourseStart"/> it gives <see cref="CoveredMonths"/>.</summary>
    public DateOnly CoversUntil { get; set; }
    public int CoveredMonths { get; set; }
    public EnrolmentStatus Status { get; set; } = EnrolmentStatus.Active;
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>台账: one money movement of an enrolment in fen — a payment in, a release to the institution, a refund to the family.</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid EnrolmentId { get; set; }
    public LedgerEntryKind Kind { get; set; }
    public long AmountFen { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The bank's transaction reference (流水号) or the institution's receipt number, used to reconcile.</summary>
    public string Reference { get; set; } = "";
    public string Note { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// 课消记录: lessons taught on a day for an enrolment, waiting for the guardian's confirmation through a one-time link
/// (its token kept only as a hash), deemed confirmed once <see cref="DueOn"/> passes without an answer.
/// </summary>
public sealed class LessonRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid EnrolmentId { get; set; }
    public DateOnly TaughtOn { get; set; }
    public int Lessons { get; set; }

    /// <summary>What these lessons are worth (the unit price's exact share, see <c>UnitPrice.ValueOf</c>).</summary>
    public long ValueFen { get; set; }
    public LessonConfirmation Status { get; set; } = LessonConfirmation.Pending;
    public DateOnly DueOn { get; set; }
    [NotAudited]
    public string TokenHash { get; set; } = "";
    public DateTime? AnsweredAt { get; set; }
    public string AnsweredBy { get; set; } = "";
    public string DisputeNote { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>退费申请: the amount is the library's (before start: all; after: pro rata); answered, or deemed agreed, then paid.</summary>
public sealed class RefundRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid EnrolmentId { get; set; }
    public string RequestedBy { get; set; } = "";
    public bool ByGuardian { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly RequestedOn { get; set; }
    public long AmountFen { get; set; }
    public bool BeforeStart { get; set; }
    public int CompletedLessons { get; set; }
    public DateOnly AnswerBy { get; set; }
    public DateOnly PayBy { get; set; }
    public RefundStatus Status { get; set; } = RefundStatus.Requested;
    public DateTime? AgreedAt { get; set; }
    public string AgreedBy { get; set; } = "";
    public DateTime? PaidAt { get; set; }
    public Guid? PaidEntryId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>银行流水导入批次 of one supervised account, with the outcome of its reconciliation against the ledger.</summary>
public sealed class BankStatement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public Guid AccountId { get; set; }
    public FundAccountKind AccountKind { get; set; }
    public string FileName { get; set; } = "";
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public long ClosingBalanceFen { get; set; }
    public int LineCount { get; set; }
    public int MatchedLines { get; set; }
    public int UnmatchedLines { get; set; }
    public int UnmatchedEntries { get; set; }
    public long LedgerBalanceFen { get; set; }
    public long BalanceDifferenceFen { get; set; }
    public DateTime ReconciledAt { get; set; }
    public string ImportedBy { get; set; } = "";
    public DateTime ImportedAt { get; set; }
}

/// <summary>One line of a bank statement; money in positive, money out negative; the ledger entry it matched, if any.</summary>
public sealed class BankStatementLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatementId { get; set; }
    public Guid InstitutionId { get; set; }
    public int RowNumber { get; set; }
    public DateOnly Date { get; set; }
    public long AmountFen { get; set; }
    public string Counterparty { get; set; } = "";
    public string Memo { get; set; } = "";
    public long BalanceFen { get; set; }
    public Guid? MatchedEntryId { get; set; }
}

/// <summary>
/// 资金监管概况: one institution's figures as the last recompute found them (ledger sums, bank balances, deposit), so the
/// officers' list pages, filters and sorts on the server. Derived data: recomputed, never edited.
/// </summary>
public sealed class FundPosition
{
    public Guid InstitutionId { get; set; }
    public long PaidFen { get; set; }
    public long ReleasedFen { get; set; }
    public long RefundedFen { get; set; }
    public long UnconsumedFen { get; set; }
    public long CustodyBalanceFen { get; set; }
    public long ShortfallFen { get; set; }
    public long DepositRequiredFen { get; set; }
    public long DepositHeldFen { get; set; }
    public int ActiveEnrolments { get; set; }
    public int OpenAlerts { get; set; }
    public DateTime ComputedAt { get; set; }
}
