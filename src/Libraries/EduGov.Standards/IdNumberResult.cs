using System.Diagnostics.CodeAnalysis;

namespace EduGov.Standards;

/// <summary>Outcome of <see cref="IdNumber.Parse"/>: the decoded fields, or a user-facing Chinese error.</summary>
public sealed record IdNumberResult(
    // String literals because nameof cannot see the record's properties from a primary-constructor parameter.
    [property: MemberNotNullWhen(true, "Value", "BirthDate", "Sex", "RegionCode")]
    [property: MemberNotNullWhen(false, "Error")]
    bool IsValid,
    string? Error,
    string? Value,
    DateOnly? BirthDate,
    Sex? Sex,
    string? RegionCode)
{
    internal static IdNumberResult Fail(string error) => new(false, error, null, null, null, null);
}
