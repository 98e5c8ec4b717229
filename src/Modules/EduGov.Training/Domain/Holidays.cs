namespace EduGov.Training.Domain;

/// <summary>
/// A day that breaks the Monday-to-Friday rule, from the State Council's yearly holiday notice: a weekday holiday, or a
/// weekend working day (调休). Deadlines counted in working days use these.
/// </summary>
public sealed class CalendarDay
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
