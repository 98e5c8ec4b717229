namespace EduGov.Training.Dashboard;

internal static partial class DashboardPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
    };
}
