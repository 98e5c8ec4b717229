using EduGov.Training.Complaints;
using EduGov.Training.Credit;
using EduGov.Training.Dashboard;
using EduGov.Training.Funds;
using EduGov.Training.Inspections;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;
using EduGov.Training.Public;
using EduGov.Training.Rules;

namespace EduGov.Training;

/// <summary>English for every Chinese text of the module; each part owns the texts of its pages.</summary>
internal static class TrainingTexts
{
    private static readonly IReadOnlyDictionary<string, string> Shared = new Dictionary<string, string>
    {
        ["校外培训"] = "Off-campus training",
        ["培训机构"] = "Training institution",
    };

    public static IReadOnlyDictionary<string, string> English { get; } = Merge(
        Shared, TrainingNames.English, DashboardPart.English, InstitutionsPart.English, LicensingPart.English, FundsPart.English,
        CreditPart.English, InspectionsPart.English, ComplaintsPart.English, RulesPart.English, PublicPart.English);

    private static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] parts)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parts.SelectMany(p => p))
        {
            merged[key] = value;
        }

        return merged;
    }
}
