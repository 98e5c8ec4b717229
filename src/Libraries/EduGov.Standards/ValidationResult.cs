namespace EduGov.Standards;

/// <summary>Outcome of validating an identifier: the normalized value, or a user-facing Chinese error.</summary>
public sealed record ValidationResult(bool IsValid, string? Error, string? Value)
{
    public static ValidationResult Ok(string value) => new(true, null, value);

    public static ValidationResult Fail(string error) => new(false, error, null);
}
