namespace EduGov.Training.Institutions;

internal static partial class InstitutionsPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
