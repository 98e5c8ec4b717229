using EduGov.Platform.Audit;
using EduGov.Registry.Contracts;
using EduGov.Standards;

namespace EduGov.Registry.Domain;

/// <summary>学籍: a pupil. Current school/grade/class are the result of approved <see cref="RecordChange"/>s.</summary>
public sealed class Student
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public DocumentType DocumentType { get; set; }
    [NotAudited]
    public string IdNumberCipher { get; set; } = "";
    [NotAudited]
    public string IdNumberLookup { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public string NationalStudentNumberMasked { get; set; } = "";
    [NotAudited]
    public string NationalStudentNumberCipher { get; set; } = "";
    public string HukouRegionCode { get; set; } = "";
    [NotAudited]
    public string HomeAddressCipher { get; set; } = "";
    public string HomeAddressMasked { get; set; } = "";
    public Guid SchoolId { get; set; }
    public Guid? ClassId { get; set; }
    public int Grade { get; set; }
    public StudentStatus Status { get; set; } = StudentStatus.Enrolled;
    public DateOnly EnrolledOn { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<Guardian> Guardians { get; set; } = [];
}

/// <summary>监护人</summary>
public sealed class Guardian
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public string Name { get; set; } = "";
    public string Relation { get; set; } = "";
    [NotAudited]
    public string PhoneCipher { get; set; } = "";
    [NotAudited]
    public string PhoneLookup { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
}

/// <summary>学籍异动: requested, then approved or rejected; approval moves the pupil, the event stays.</summary>
public sealed class RecordChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public RecordChangeKind Kind { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public Guid FromSchoolId { get; set; }
    public Guid? ToSchoolId { get; set; }
    public Guid? ToClassId { get; set; }
    public string Reason { get; set; } = "";
    public ApprovalStatus Status { get; set; } = ApprovalStatus.Pending;
    public Guid RequestedBy { get; set; }
    public string RequestedByName { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

/// <summary>教职工</summary>
public sealed class Staff
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public DocumentType DocumentType { get; set; }
    [NotAudited]
    public string IdNumberCipher { get; set; } = "";
    [NotAudited]
    public string IdNumberLookup { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    [NotAudited]
    public string PhoneCipher { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
    public Education Education { get; set; }
    public string TeacherQualification { get; set; } = "";
    public Title Title { get; set; }
    public KeyTeacherLevel KeyTeacherLevel { get; set; }
    public string Subject { get; set; } = "";
    public EmploymentStatus EmploymentStatus { get; set; } = EmploymentStatus.Active;
    public Guid SchoolId { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A dated fact about a staff member: school, title or key-teacher level as of a date.</summary>
public sealed class StaffEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffId { get; set; }
    public StaffEventKind Kind { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? OldValue { get; set; }
    public string NewValue { get; set; } = "";
    public string Note { get; set; } = "";
    public Guid RecordedBy { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTime RecordedAt { get; set; }
}
