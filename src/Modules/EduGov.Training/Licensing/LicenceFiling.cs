using System.Globalization;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>Adds an application with its number, its legal decision date and its first step to the caller's unit of work.</summary>
internal static class LicenceFiling
{
    public static async Task<LicenceApplication> AddAsync(
        TrainingDbContext db, LicenceApplication application, RuleBook rules, string actor, DateOnly today, DateTime now, CancellationToken ct)
    {
        var prefix = $"XK{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        var sameDay = await db.LicenceApplications.CountAsync(a => a.Number.StartsWith(prefix), ct)
            + db.LicenceApplications.Local.Count(a => a.Number.StartsWith(prefix, StringComparison.Ordinal) && db.Entry(a).State == EntityState.Added);
        application.Number = $"{prefix}{sameDay + 1:D3}";
        application.Status = LicenceStatus.Submitted;
        application.SubmittedOn = today;
        application.SubmittedAt = now;
        application.SubmittedBy = actor;
        application.DecisionDueOn = LicensingRules.DueOn(rules.Calendar, today, rules.Whole(RuleCatalog.LicenceDecisionDays));
        db.LicenceApplications.Add(application);
        AddStep(db, application, LicenceStepKind.Submitted,
            $"{LicensingNames.Of(application.Kind)}申请，依法应于 {application.DecisionDueOn:yyyy-MM-dd} 前作出决定（{rules.Cite(RuleCatalog.LicenceDecisionDays)}）", actor, now);
        return application;
    }

    public static void AddStep(TrainingDbContext db, LicenceApplication application, LicenceStepKind kind, string text, string actor, DateTime now)
    {
        application.StepCount++;
        db.LicenceSteps.Add(new LicenceStep { ApplicationId = application.Id, Sequence = application.StepCount, Kind = kind, Text = text, Actor = actor, At = now });
    }
}
