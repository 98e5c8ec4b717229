namespace EduGov.Inspection.Visits;

/// <summary>Plans are kept per calendar month, keyed by its first day.</summary>
internal static class VisitMonths
{
    public static DateOnly First(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly Last(DateOnly month) => First(month).AddMonths(1).AddDays(-1);
}
