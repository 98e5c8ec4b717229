namespace EduGov.Supervision;

/// <summary>
/// Working days: Monday to Friday, except the listed holidays, plus the listed weekend working days (调休).
/// Deadlines such as "15 个工作日" are counted from the day after the start.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _extraWorkingDays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> extraWorkingDays)
    {
        _holidays = [.. holidays];
        _extraWorkingDays = [.. extraWorkingDays];
    }

    /// <summary>Weekends only, no holidays.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_extraWorkingDays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
    }

    /// <summary>The day on which the <paramref name="workingDays"/>-th working day after <paramref name="start"/> falls.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
