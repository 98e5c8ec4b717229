using EduGov.Supervision;
using EduGov.Training.Domain;

namespace EduGov.Training.Licensing;

/// <summary>Whom the bureau consults, when things are due and which transitions an application may take; pure.</summary>
public static class LicensingRules
{
    private static readonly Department[] Always = [Department.MarketRegulation, Department.FireSafety, Department.PublicSecurity, Department.Health];

    /// <summary>The four departments every application goes to, and the competent department of a non-academic category.</summary>
    public static IReadOnlyList<Department> DepartmentsFor(TrainingCategory category) => category switch
    {
        TrainingCategory.Sports => [.. Always, Department.Sports],
        TrainingCategory.ArtsCulture => [.. Always, Department.CultureTourism],
        TrainingCategory.Science => [.. Always, Department.Science],
        _ => Always,
    };

    public static DateOnly DueOn(WorkingCalendar calendar, DateOnly from, int workingDays) => calendar.AddWorkingDays(from, workingDays);

    public static bool IsOverdue(LicenceStatus status, DateOnly dueOn, DateOnly today) =>
        status is LicenceStatus.Submitted or LicenceStatus.Reviewing && dueOn < today;

    /// <summary>Working days left (negative when overdue), for the queue's deadline column.</summary>
    public static int WorkingDaysLeft(WorkingCalendar calendar, DateOnly dueOn, DateOnly today) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -calendar.WorkingDaysBetween(dueOn, today);

    /// <summary>Which applications an institution may file in its current state.</summary>
    public static string? CannotFile(LicenceKind kind, InstitutionStatus status, bool hasValidPermit, bool hasOpenApplication)
    {
        if (hasOpenApplication)
        {
            return "本机构已有正在办理的许可申请，请等待办结或先撤回";
        }

        return kind switch
        {
            LicenceKind.New when status is not (InstitutionStatus.Applying or InstitutionStatus.Refused) => "已取得办学许可的机构不能再申请设立",
            LicenceKind.Renewal or LicenceKind.Change or LicenceKind.Closure when !hasValidPermit => "本机构没有有效的办学许可证，不能申请延续、变更或终止",
            LicenceKind.Renewal or LicenceKind.Change when status != InstitutionStatus.Licensed => "只有正常办学的机构可以申请延续或变更",
            _ => null,
        };
    }
}
