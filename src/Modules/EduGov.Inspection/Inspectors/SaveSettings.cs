using EduGov.Inspection.Data;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>
/// Changes the bureau's inspection rules. Ranges: 1–8 visits per school a month, 1–20 schools per inspector (a
/// 督学责任区 has at most 20 schools, 教督〔2012〕7号), 1–90 days to rectify, reminders every 1–30 days.
/// </summary>
public static class SaveSettings
{
    public sealed record Command(
        int VisitsPerSchoolPerMonth, int SchoolsPerInspector, int MinorDeadlineDays, int SeriousDeadlineDays, int CriticalDeadlineDays, int ReminderIntervalDays);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.VisitsPerSchoolPerMonth).InclusiveBetween(1, 8).WithMessage("每校每月到校次数应为 1 到 8 次");
            RuleFor(c => c.SchoolsPerInspector).InclusiveBetween(1, 20).WithMessage("每名督学负责学校数应为 1 到 20 所");
            RuleFor(c => c.MinorDeadlineDays).InclusiveBetween(1, 90).WithMessage("整改期限应为 1 到 90 天");
            RuleFor(c => c.SeriousDeadlineDays).InclusiveBetween(1, 90).WithMessage("整改期限应为 1 到 90 天")
                .LessThanOrEqualTo(c => c.MinorDeadlineDays).WithMessage("较重问题的整改期限不能长于一般问题");
            RuleFor(c => c.CriticalDeadlineDays).InclusiveBetween(1, 90).WithMessage("整改期限应为 1 到 90 天")
                .LessThanOrEqualTo(c => c.SeriousDeadlineDays).WithMessage("严重问题的整改期限不能长于较重问题");
            RuleFor(c => c.ReminderIntervalDays).InclusiveBetween(1, 30).WithMessage("逾期提醒间隔应为 1 到 30 天");
        }
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var settings = await db.Settings.SingleAsync(ct);
            settings.VisitsPerSchoolPerMonth = command.VisitsPerSchoolPerMonth;
            settings.SchoolsPerInspector = command.SchoolsPerInspector;
            settings.MinorDeadlineDays = command.MinorDeadlineDays;
            settings.SeriousDeadlineDays = command.SeriousDeadlineDays;
            settings.CriticalDeadlineDays = command.CriticalDeadlineDays;
            settings.ReminderIntervalDays = command.ReminderIntervalDays;
            settings.UpdatedByName = user.Name;
            settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
    }
}
