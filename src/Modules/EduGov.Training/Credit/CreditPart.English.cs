namespace EduGov.Training.Credit;

internal static partial class CreditPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
