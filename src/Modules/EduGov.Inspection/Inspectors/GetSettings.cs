using EduGov.Inspection.Data;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>The bureau's inspection rules: visit frequency, inspector load, default rectification deadlines, reminders.</summary>
public static class GetSettings
{
    public sealed record Settings(
        int VisitsPerSchoolPerMonth, int SchoolsPerInspector, int MinorDeadlineDays, int SeriousDeadlineDays, int CriticalDeadlineDays, int ReminderIntervalDays,
        string UpdatedBy, DateTime? UpdatedAt);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Settings> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Settings.Select(s => new Settings(
                s.VisitsPerSchoolPerMonth, s.SchoolsPerInspector, s.MinorDeadlineDays, s.SeriousDeadlineDays, s.CriticalDeadlineDays, s.ReminderIntervalDays,
                s.UpdatedByName, s.UpdatedAt)).SingleAsync(ct);
        }
    }
}
