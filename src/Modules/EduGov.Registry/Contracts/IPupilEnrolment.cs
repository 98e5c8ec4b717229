using EduGov.Standards;

namespace EduGov.Registry.Contracts;

/// <summary>How admission learns whether a child already has a 学籍 and creates one when an admitted child enrols.</summary>
public interface IPupilEnrolment
{
    /// <summary>The pupil holding this ID number (by its keyed look-up), masked, or null when the registry has none.</summary>
    Task<PupilHolder?> FindAsync(string idNumberLookup, CancellationToken ct = default);

    /// <summary>Registers the pupil as the acting user (the registry's own validation, scope and audit apply).</summary>
    Task<Guid> EnrolAsync(NewPupil pupil, CancellationToken ct = default);
}

public sealed record PupilHolder(Guid StudentId, string NameMasked, string School, int Grade, StudentStatus Status);

public sealed record NewPupil(
    string Name, Sex Sex, string IdNumber, DateOnly BirthDate, string HukouRegionCode, string HomeAddress,
    Guid SchoolId, int Grade, DateOnly EnrolledOn, string GuardianName, string GuardianRelation, string GuardianPhone);
