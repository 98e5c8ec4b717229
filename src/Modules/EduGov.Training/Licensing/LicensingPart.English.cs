namespace EduGov.Training.Licensing;

internal static partial class LicensingPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
