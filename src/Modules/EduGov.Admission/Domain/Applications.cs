using EduGov.Platform.Audit;
using EduGov.Standards;

namespace EduGov.Admission.Domain;

/// <summary>
/// 报名: one family's application for one child in one round. Identity numbers, phone numbers and addresses are
/// encrypted at rest (cipher + keyed look-up + mask); the application number is the child's public lottery token.
/// </summary>
public sealed class Application
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }

    /// <summary>报名号, e.g. 2026P00123: unique in the round, the only token that ever leaves the system.</summary>
    public string Number { get; set; } = "";
    public Guid? ParentId { get; set; }
    public ApplicationKind Kind { get; set; } = ApplicationKind.Public;
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;

    public string ChildName { get; set; } = "";
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    [NotAudited]
    public string IdNumberCipher { get; set; } = "";
    [NotAudited]
    public string IdNumberLookup { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public string GuardianName { get; set; } = "";
    [NotAudited]
    public string GuardianPhoneCipher { get; set; } = "";
    public string GuardianPhoneMasked { get; set; } = "";

    // Facts for the priority category.
    public bool LocalHukou { get; set; }
    [NotAudited]
    public string HukouAddressCipher { get; set; } = "";
    public string HukouAddressMasked { get; set; } = "";
    public DateOnly? HukouSince { get; set; }
    public Relation HukouRelation { get; set; } = Relation.Parent;
    public bool OwnsProperty { get; set; }
    [NotAudited]
    public string PropertyAddressCipher { get; set; } = "";
    public string PropertyAddressMasked { get; set; } = "";
    public DateOnly? PropertySince { get; set; }
    public Relation PropertyRelation { get; set; } = Relation.Parent;
    [NotAudited]
    public string LivingAddressCipher { get; set; } = "";
    public string LivingAddressMasked { get; set; } = "";
    public bool HasResidencePermit { get; set; }
    public int? ResidencePoints { get; set; }

    /// <summary>Keyed look-up of the normalised hukou/property address, for the one-address-one-place rule.</summary>
    [NotAudited]
    public string AddressLookup { get; set; } = "";

    // Computed at verification from the facts and the policy.
    public Guid? CatchmentSchoolId { get; set; }
    public int? CategoryOrder { get; set; }
    public string CategoryName { get; set; } = "";
    public string CategoryReason { get; set; } = "";

    /// <summary>Registry flags: already enrolled somewhere, or applying twice in the round.</summary>
    public string RegistryFlag { get; set; } = "";

    public string ReturnReason { get; set; } = "";
    public Guid? AssignedOfficerId { get; set; }
    public string? LotteryNumber { get; set; }
    public Guid? OfferedSchoolId { get; set; }
    public OfferRoute? OfferRoute { get; set; }
    public string OfferReason { get; set; } = "";
    public bool BulkEntered { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ApplicationChoice> Choices { get; set; } = [];
}

/// <summary>志愿: a school the family lists; rank 0 is the first choice. A public application lists its catchment school.</summary>
public sealed class ApplicationChoice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public int Rank { get; set; }
    public Guid SchoolId { get; set; }
}

/// <summary>One step in an application's history, shown to the family and the officer; never edited or deleted.</summary>
public sealed class ApplicationStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public ApplicationAction Action { get; set; }
    public string Text { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>An uploaded proof (户口簿, 房产证 …) of an application.</summary>
public sealed class ApplicationDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public DocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    [NotAudited]
    public byte[] Content { get; set; } = [];
    public DateTime UploadedAt { get; set; }
}

/// <summary>申诉: a family disputes the result within the appeals window; an officer decides with reasons.</summary>
public sealed class Appeal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public string Reason { get; set; } = "";
    public AppealStatus Status { get; set; } = AppealStatus.Pending;
    public string Decision { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
