namespace EduGov.Training.Inspections;

internal static partial class InspectionsPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
