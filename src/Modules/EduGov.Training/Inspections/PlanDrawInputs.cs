using EduGov.Supervision.RandomInspection;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>The draw's inputs of a plan: the target and officer pools as they are now (for the freeze) and the settings.</summary>
internal static class PlanDrawInputs
{
    /// <summary>Operating institutions (licensed or stopped from enrolling) with their credit grade, area and whether inspected this year.</summary>
    public static async Task<List<(TrainingInstitution Institution, DrawTarget Target)>> TargetsAsync(TrainingDbContext db, InspectionPlan plan, CancellationToken ct)
    {
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => i.Status == InstitutionStatus.Licensed || i.Status == InstitutionStatus.Suspended).ToListAsync(ct);
        var inspectedThisYear = await (from t in db.InspectionTasks
                                       join p in db.InspectionPlans on t.PlanId equals p.Id
                                       where p.Year == plan.Year && p.Id != plan.Id && t.Status != InspectionTaskStatus.Pending
                                       select t.InstitutionId).Distinct().ToListAsync(ct);
        var recent = inspectedThisYear.ToHashSet();
        return [.. institutions.Select(i => (i, new DrawTarget(i.CreditCode, i.CreditGrade.ToString(), Area(i.ZoneName), recent.Contains(i.Id))))];
    }

    /// <summary>Active officers with their areas and their current conflicts (as the conflicted institutions' tokens).</summary>
    public static async Task<List<DrawInspector>> InspectorsAsync(TrainingDbContext db, CancellationToken ct)
    {
        var officers = await db.EnforcementOfficers.AsNoTracking().Where(o => o.Active).ToListAsync(ct);
        var conflicts = await (from c in db.OfficerConflicts
                               join i in db.Institutions on c.InstitutionId equals i.Id
                               where c.EndedAt == null
                               select new { c.OfficerId, i.CreditCode }).ToListAsync(ct);
        var byOfficer = conflicts.ToLookup(c => c.OfficerId, c => c.CreditCode);
        return [.. officers.Select(o => new DrawInspector(o.CertificateNumber, o.Name, o.AreaList, [.. byOfficer[o.Id].Distinct(StringComparer.Ordinal)]))];
    }

    public static DrawSettings Settings(InspectionPlan plan) => new(Ratios(plan), plan.MinPerGrade, plan.ExcludeRecent, plan.TeamSize, plan.PreferArea);

    public static Dictionary<string, decimal> Ratios(InspectionPlan plan) => new(StringComparer.Ordinal)
    {
        ["A"] = plan.RatioA, ["B"] = plan.RatioB, ["C"] = plan.RatioC, ["D"] = plan.RatioD, ["E"] = plan.RatioE,
    };

    /// <summary>The command anyone runs to re-draw from the published files, with this plan's options.</summary>
    public static string CliCommand(InspectionPlan plan) =>
        $"edugov training draw --seed {plan.Seed} --targets targets.csv --inspectors inspectors.csv --ratios {DrawSettings.FormatRatios(Ratios(plan))} --team-size {plan.TeamSize}"
        + (plan.MinPerGrade > 0 ? $" --min-per-grade {plan.MinPerGrade}" : "")
        + (plan.ExcludeRecent ? " --exclude-recent" : "")
        + (plan.PreferArea ? " --prefer-area" : "")
        + " --out draw.csv";

    /// <summary>A zone name as an area of the draw files: line breaks and semicolons (the list separator) become spaces.</summary>
    private static string Area(string zone) => string.Join(' ', zone.Split([';', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
