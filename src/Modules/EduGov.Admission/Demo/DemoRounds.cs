using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Demo;

/// <summary>The demo's two primary rounds: last year's, run to the end, and this year's, open for applications today.</summary>
internal static class DemoRounds
{
    public const int ClassCap = 45;

    /// <summary>The spring in which the next children start school: this year until August, next year from September.</summary>
    public static int NextEntryYear(DateOnly today) => today.Month >= 9 ? today.Year + 1 : today.Year;

    public static AdmissionRound Current(int year, DateOnly today, DateTime now) => Round(year, now,
        opens: today.AddDays(-20), closes: today.AddDays(40), verificationCloses: today.AddDays(50),
        drawOn: today.AddDays(55), resultsOn: today.AddDays(60), appealsClose: today.AddDays(70));

    public static AdmissionRound Previous(int year, DateTime now) => Round(year, now,
        opens: new DateOnly(year, 4, 20), closes: new DateOnly(year, 5, 10), verificationCloses: new DateOnly(year, 5, 25),
        drawOn: new DateOnly(year, 6, 2), resultsOn: new DateOnly(year, 6, 10), appealsClose: new DateOnly(year, 6, 20));

    private static AdmissionRound Round(int year, DateTime now, DateOnly opens, DateOnly closes, DateOnly verificationCloses, DateOnly drawOn, DateOnly resultsOn, DateOnly appealsClose)
    {
        var round = new AdmissionRound
        {
            Year = year,
            Stage = Stage.Primary,
            Name = $"{year}年小学一年级招生",
            PolicySource = DefaultPolicy.Source,
            CohortFrom = new DateOnly(year - 7, 9, 1),
            CohortTo = new DateOnly(year - 6, 8, 31),
            ApplicationOpens = opens,
            ApplicationCloses = closes,
            VerificationCloses = verificationCloses,
            DrawOn = drawOn,
            ResultsOn = resultsOn,
            AppealsClose = appealsClose,
            ClassCap = ClassCap,
            CreatedAt = now,
            OpenedAt = now,
            Status = RoundStatus.Open,
        };
        round.Categories = DefaultPolicy.Categories(round.Id);
        return round;
    }
}
