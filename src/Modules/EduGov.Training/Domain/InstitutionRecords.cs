using EduGov.Platform.Audit;

namespace EduGov.Training.Domain;

/// <summary>What part of its record an institution proposes to change.</summary>
public enum ChangeKind
{
    Profile = 1,
    Venue = 2,
    Staff = 3,
    Course = 4,
    Account = 5,
}

public enum ChangeStatus
{
    Pending = 1,
    Approved = 2,
    Returned = 3,
}

/// <summary>
/// 变更申请: an institution's proposal to change its own record. The proposed values wait here as JSON until an officer
/// approves them (applied in the same transaction) or returns them with a reason; the old values stay until then.
/// </summary>
public sealed class ChangeRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public ChangeKind Kind { get; set; }

    /// <summary>The venue, staff member, course or account changed; null when one is added (and for the profile).</summary>
    public Guid? TargetId { get; set; }

    /// <summary>The proposed values; personal numbers only as cipher, look-up and mask.</summary>
    [NotAudited]
    public string ProposedJson { get; set; } = "";

    /// <summary>Old → new in words, for the officer and the history.</summary>
    public string Summary { get; set; } = "";
    public ChangeStatus Status { get; set; } = ChangeStatus.Pending;
    public string Reason { get; set; } = "";
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public string DecidedBy { get; set; } = "";
    public DateTime? DecidedAt { get; set; }
}

/// <summary>通知: the bureau asks an institution something (a rectification, a document) and sets a date for the answer.</summary>
public sealed class InstitutionNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public string SentBy { get; set; } = "";
    public DateTime SentAt { get; set; }
    public string Answer { get; set; } = "";
    public string AnsweredBy { get; set; } = "";
    public DateTime? AnsweredAt { get; set; }

    public bool IsAnswered => AnsweredAt is not null;
}

public enum DocumentOwner
{
    NoticeAnswer = 1,
    LicenceApplication = 2,
}

/// <summary>A file an institution handed in (PDF or image), kept with its SHA-256 so what was received can be proven.</summary>
public sealed class InstitutionDocument
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstitutionId { get; set; }
    public DocumentOwner OwnerKind { get; set; }
    public Guid OwnerId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    [NotAudited]
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}
