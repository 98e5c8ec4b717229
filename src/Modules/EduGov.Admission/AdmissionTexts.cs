using EduGov.Admission.Applications;
using EduGov.Admission.Ceremony;
using EduGov.Admission.Forecast;
using EduGov.Admission.Policy;
using EduGov.Admission.Portal;
using EduGov.Admission.Results;
using EduGov.Admission.Seats;
using EduGov.Admission.Verification;

namespace EduGov.Admission;

/// <summary>English for every Chinese text of the module; each part owns the texts of its pages.</summary>
internal static class AdmissionTexts
{
    private static readonly IReadOnlyDictionary<string, string> Shared = new Dictionary<string, string>
    {
        ["招生入学"] = "Admission",
        ["学校"] = "School",
        ["公办"] = "Public",
        ["民办"] = "Private",
        ["小学"] = "Primary",
        ["初中"] = "Junior secondary",
    };

    public static IReadOnlyDictionary<string, string> English { get; } = Merge(
        Shared, AdmissionNames.English, PolicyPart.English, SeatsPart.English, PortalPart.English, ApplicationsPart.English,
        VerificationPart.English, CeremonyPart.English, ResultsPart.English, ForecastPart.English);

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
