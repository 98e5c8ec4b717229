using EduGov.Inspection.Domain;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Inspectors;

/// <summary>One assignment (挂牌) as pages show it: who, which school, from–until, by whom, why.</summary>
public sealed record AssignmentView(
    Guid Id, Guid InspectorId, string Inspector, Guid SchoolId, string School, DateOnly From, DateOnly? Until, string AssignedBy, DateTime AssignedAt, string Note, bool IsCurrent);

internal static class AssignmentQueries
{
    /// <summary>Assignments in force on <paramref name="today"/>: open, or ending today or later (the same rule as the inspection scope).</summary>
    public static IQueryable<Assignment> Current(this IQueryable<Assignment> assignments, DateOnly today) =>
        assignments.Where(a => a.Until == null || a.Until >= today);

    public static AssignmentView View(Assignment a, string inspector, IReadOnlyDictionary<Guid, SchoolRef> schools, DateOnly today) =>
        new(a.Id, a.InspectorId, inspector, a.SchoolId, schools.TryGetValue(a.SchoolId, out var school) ? school.Name : "—",
            a.From, a.Until, a.AssignedByName, a.AssignedAt, a.Note, a.Until is null || a.Until >= today);
}
