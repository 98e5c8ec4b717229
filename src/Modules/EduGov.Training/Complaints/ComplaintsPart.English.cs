namespace EduGov.Training.Complaints;

internal static partial class ComplaintsPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
