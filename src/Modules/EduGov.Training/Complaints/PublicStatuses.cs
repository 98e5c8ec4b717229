using EduGov.Training.Domain;

namespace EduGov.Training.Complaints;

/// <summary>Institutions the public sees: operating ones and those closed with a public notice; never applications or refusals.</summary>
public static class PublicStatuses
{
    public static IReadOnlyList<InstitutionStatus> Shown { get; } =
    [
        InstitutionStatus.Licensed, InstitutionStatus.Suspended, InstitutionStatus.Closing, InstitutionStatus.Closed, InstitutionStatus.Revoked,
    ];
}
