namespace EduGov.Training.Funds;

internal static partial class FundsPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
