using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>Which schools take part in a round, when seats may change, and how demand is counted.</summary>
internal static class SeatRules
{
    public const string SeatsFrozen = "招生名单已冻结，学位计划不能再修改。";
    public const int MaxPlannedClasses = 40;
    public const int MaxSeats = 3000;

    /// <summary>Applications that count as demand: submitted and not rejected or withdrawn (returned ones are being corrected).</summary>
    public static readonly ApplicationStatus[] Counted =
    [
        ApplicationStatus.Submitted, ApplicationStatus.Returned, ApplicationStatus.Verified,
        ApplicationStatus.Offered, ApplicationStatus.Unplaced, ApplicationStatus.Enrolled,
    ];

    /// <summary>A school takes part in a round when its type teaches the round's stage (九年一贯制 both, 完全中学 junior …).</summary>
    public static bool Teaches(SchoolRef school, Stage stage) => StageNames.StagesOf(school.Type).Contains(stage);

    public static bool IsPublic(SchoolRef school) => school.Ownership == Ownership.Public;

    public static bool SeatsEditable(RoundStatus status) => status is RoundStatus.Draft or RoundStatus.Open;

    /// <summary>Applications naming each school in the round (see <see cref="SchoolDemand"/>).</summary>
    public static async Task<SchoolDemand> DemandAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
    {
        var counted = db.Applications.Where(a => a.RoundId == roundId && Counted.Contains(a.Status));
        var byCatchment = await counted.Where(a => a.Kind == ApplicationKind.Public && a.CatchmentSchoolId != null)
            .GroupBy(a => a.CatchmentSchoolId!.Value).Select(g => new { SchoolId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Count, ct);
        var privateIds = counted.Where(a => a.Kind == ApplicationKind.Private).Select(a => a.Id);
        var byChoice = await db.Choices.Where(c => privateIds.Contains(c.ApplicationId)).Select(c => new { c.ApplicationId, c.SchoolId }).Distinct()
            .GroupBy(c => c.SchoolId).Select(g => new { SchoolId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Count, ct);
        return new SchoolDemand(byCatchment, byChoice);
    }

    /// <summary>Offers made at each school in the round.</summary>
    public static Task<Dictionary<Guid, int>> OffersAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct) =>
        db.Applications.Where(a => a.RoundId == roundId && a.OfferedSchoolId != null)
            .GroupBy(a => a.OfferedSchoolId!.Value).Select(g => new { SchoolId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Count, ct);

    /// <summary>Applications per seat, or null when the school has no seats.</summary>
    public static double? Ratio(int demand, int seats) => seats > 0 ? Math.Round((double)demand / seats, 2) : null;
}

/// <summary>
/// Applications naming each school: a public school counts the public applications whose catchment it is, a private school
/// the private applications listing it among their choices.
/// </summary>
internal sealed record SchoolDemand(Dictionary<Guid, int> ByCatchment, Dictionary<Guid, int> ByChoice)
{
    public int Of(Guid schoolId, bool isPublic) => (isPublic ? ByCatchment : ByChoice).GetValueOrDefault(schoolId);
}
