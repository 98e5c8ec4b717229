using System.Globalization;
using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Applications;

/// <summary>The rules that depend on the round: its window, its cohort and its private schools. Pure.</summary>
public static class ApplicationRules
{
    /// <summary>Why the round takes no application today, or null when it does.</summary>
    public static string? WindowProblem(AdmissionRound round, DateOnly today)
    {
        if (round.Status != RoundStatus.Open)
        {
            return $"{round.Name}未开放报名";
        }

        if (today < round.ApplicationOpens)
        {
            return $"{round.Name}的报名将于 {Day(round.ApplicationOpens)} 开始";
        }

        return today > round.ApplicationCloses ? $"{round.Name}的报名已于 {Day(round.ApplicationCloses)} 截止" : null;
    }

    /// <summary>Why a returned application can no longer be corrected, or null while verification is still running.</summary>
    public static string? ResubmitProblem(AdmissionRound round, DateOnly today) =>
        round.Status != RoundStatus.Open ? $"{round.Name}已停止受理报名"
        : today > round.VerificationCloses ? $"{round.Name}的材料审核已于 {Day(round.VerificationCloses)} 截止，不能再修改"
        : null;

    public static bool IsOpenForApplications(AdmissionRound round, DateOnly today) => WindowProblem(round, today) is null;

    /// <summary>Problems by field: the child's birth date within the cohort, the number of private choices and each school's eligibility.</summary>
    public static Dictionary<string, string> Problems(AdmissionRound round, DateOnly birthDate, ApplicationInput input, IReadOnlyCollection<Guid> eligiblePrivateSchools)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (birthDate < round.CohortFrom || birthDate > round.CohortTo)
        {
            problems[nameof(ApplicationInput.IdNumber)] =
                $"出生日期 {Day(birthDate)} 不在本轮招生的入学年龄段（{Day(round.CohortFrom)} 至 {Day(round.CohortTo)} 出生）内";
        }

        if (input.Kind != ApplicationKind.Private)
        {
            return problems;
        }

        if (input.PrivateChoices.Count > round.PrivateChoices)
        {
            problems[nameof(ApplicationInput.PrivateChoices)] = $"本轮最多填报 {round.PrivateChoices} 个民办志愿";
        }
        else if (IndexOfIneligible(input.PrivateChoices, eligiblePrivateSchools) is { } rank)
        {
            problems[nameof(ApplicationInput.PrivateChoices)] = $"第 {rank + 1} 志愿不是本轮招生的民办{StageNames.Of(round.Stage)}";
        }

        return problems;
    }

    private static int? IndexOfIneligible(IReadOnlyList<Guid> choices, IReadOnlyCollection<Guid> eligible)
    {
        for (var rank = 0; rank < choices.Count; rank++)
        {
            if (!eligible.Contains(choices[rank]))
            {
                return rank;
            }
        }

        return null;
    }

    /// <summary>A private school takes part in the round when it teaches the round's stage and has seats in the round's plan.</summary>
    public static bool IsEligiblePrivate(SchoolRef school, Stage stage, IReadOnlyDictionary<Guid, int> seatsBySchool) =>
        school.Ownership is Ownership.Private or Ownership.SubsidizedPrivate
        && StageNames.StagesOf(school.Type).Contains(stage)
        && seatsBySchool.GetValueOrDefault(school.Id) > 0;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>报名号: year, P (primary) or J (junior), and a five-digit sequence unique in the round, e.g. 2026P00123.</summary>
public static class ApplicationNumbers
{
    public const int MaxSequence = 99_999;

    public static string Format(int year, Stage stage, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}{Letter(stage)}{sequence:D5}");

    /// <summary>The sequence after the highest number used so far (null when the round has none).</summary>
    public static int Next(string? highest) =>
        highest is { Length: > 5 } && int.TryParse(highest.AsSpan(highest.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last + 1 : 1;

    public static char Letter(Stage stage) => stage == Stage.Junior ? 'J' : 'P';
}

/// <summary>注册标记: what the registry says about a child applying to enter a stage.</summary>
public static class RegistryFlags
{
    /// <summary>A flag when the child already holds a place at or beyond the round's entry grade (a kindergarten child entering primary is normal).</summary>
    public static string Describe(PupilHolder? holder, Stage stage)
    {
        var entryGrade = stage == Stage.Junior ? 7 : 1;
        if (holder is null || holder.Grade < entryGrade)
        {
            return "";
        }

        return holder.Status switch
        {
            StudentStatus.Enrolled => $"已在{holder.School}{StageNames.GradeName(holder.Grade)}就读（学籍在读）",
            StudentStatus.Suspended => $"学籍在{holder.School}{StageNames.GradeName(holder.Grade)}（休学）",
            StudentStatus.TransferredOut when StageOf(holder.Grade) == stage => $"曾在{holder.School}{StageNames.GradeName(holder.Grade)}就读（学籍已转出）",
            _ => "",
        };
    }

    private static Stage StageOf(int grade) => grade <= 6 ? Stage.Primary : grade <= 9 ? Stage.Junior : Stage.Senior;
}
