namespace EduGov.Training.Rules;

internal static partial class RulesPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
