namespace EduGov.Inspection.Domain;

/// <summary>督学: appointed by the bureau's 督导室, holds a 督学证; may sign in with <see cref="UserId"/>.</summary>
internal sealed class Inspector
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public InspectorEmployment Employment { get; set; }

    /// <summary>在职/退休校长、教师、教研员、行政人员 …</summary>
    public string Background { get; set; } = "";

    /// <summary>Stages covered, as <see cref="Registry.Contracts.Stage"/> codes joined by commas ("2,3").</summary>
    public string Stages { get; set; } = "";

    public string CertificateNumber { get; set; } = "";

    /// <summary>Work phone shown on the school's public sign (an adult official's contact, public by design).</summary>
    public string Phone { get; set; } = "";

    public Guid? PhotoId { get; set; }
    public Guid? UserId { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}

/// <summary>挂牌: an inspector named for a school from <see cref="From"/> until <see cref="Until"/> (open while null).</summary>
internal sealed class Assignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InspectorId { get; set; }
    public Guid SchoolId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
    public string Note { get; set; } = "";
    public string AssignedByName { get; set; } = "";
    public DateTime AssignedAt { get; set; }
}
