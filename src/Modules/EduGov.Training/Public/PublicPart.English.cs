namespace EduGov.Training.Public;

internal static partial class PublicPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
