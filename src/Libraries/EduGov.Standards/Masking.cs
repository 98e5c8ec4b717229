namespace EduGov.Standards;

internal static class Masking
{
    /// <summary>Keeps the first and last character; a one-character value is fully hidden.</summary>
    public static string KeepEnds(string value) => value.Length switch
    {
        0 => string.Empty,
        1 => "*",
        2 => value[0] + "*",
        _ => value[0] + new string('*', value.Length - 2) + value[^1],
    };
}
