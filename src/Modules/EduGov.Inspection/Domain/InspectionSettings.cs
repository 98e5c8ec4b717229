namespace EduGov.Inspection.Domain;

/// <summary>The bureau's inspection rules, as data (one row). Defaults follow the rules file, part B1.</summary>
internal sealed class InspectionSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>经常性督导: visits per school per month (local rule "每月至少1次到校").</summary>
    public int VisitsPerSchoolPerMonth { get; set; } = 1;

    /// <summary>"按1人负责5所左右学校": the load the assignment page warns above.</summary>
    public int SchoolsPerInspector { get; set; } = 5;

    /// <summary>Default rectification deadline per severity, in calendar days.</summary>
    public int MinorDeadlineDays { get; set; } = 30;
    public int SeriousDeadlineDays { get; set; } = 14;
    public int CriticalDeadlineDays { get; set; } = 5;

    /// <summary>While an item is overdue, the school is reminded again after this many days.</summary>
    public int ReminderIntervalDays { get; set; } = 3;

    public string UpdatedByName { get; set; } = "";
    public DateTime? UpdatedAt { get; set; }

    public int DeadlineDays(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Critical => CriticalDeadlineDays,
        IssueSeverity.Serious => SeriousDeadlineDays,
        _ => MinorDeadlineDays,
    };
}
