using EduGov.Platform.Errors;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>
/// 一公开: a published plan for everyone — the draw's inputs (digest, public draw, dice, seed), every target with its number and
/// outcome by grade, the teams by officer name, and each inspected institution's result; plus the three files to re-run the draw.
/// Nothing is shown before publication: the inspections are unannounced until they are done.
/// </summary>
public static class GetInspectionPublication
{
    public const string TargetsFile = "targets.csv";
    public const string InspectorsFile = "inspectors.csv";
    public const string DrawFile = "draw.csv";

    public sealed record TargetRow(string Token, string InstitutionName, CreditGrade Grade, int? Rank, string LotteryNumber, bool Selected, bool Excluded);

    public sealed record ResultRow(
        int Order, string InstitutionName, string Token, CreditGrade Grade, IReadOnlyList<string> Team, DateOnly? InspectedOn, bool HasFindings,
        IReadOnlyList<string> Findings);

    public sealed record View(InspectionPlan Plan, IReadOnlyList<GetPlan.GradeRow> Grades, IReadOnlyList<TargetRow> Targets, IReadOnlyList<ResultRow> Results, string CliCommand);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts)
    {
        public async Task<View> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await PublishedAsync(db, planId, ct);
            var targets = await db.InspectionTargets.AsNoTracking().Where(t => t.PlanId == planId)
                .Select(t => new TargetRow(t.Token, t.InstitutionName, t.Grade, t.Rank, t.LotteryNumber, t.Selected, t.Excluded)).ToListAsync(ct);
            var ordered = targets.OrderBy(t => t.Grade).ThenBy(t => t.Rank ?? int.MaxValue).ThenBy(t => t.Token, StringComparer.Ordinal).ToList();
            var ratios = PlanDrawInputs.Ratios(plan);
            var grades = Enum.GetValues<CreditGrade>().Select(g => new GetPlan.GradeRow(g, ratios[g.ToString()],
                targets.Count(t => t.Grade == g), targets.Count(t => t.Grade == g && !t.Excluded), targets.Count(t => t.Grade == g && t.Selected))).ToList();
            return new View(plan, grades, ordered, await ResultsAsync(db, planId, ct), PlanDrawInputs.CliCommand(plan));
        }

        public async Task<string> FileAsync(Guid planId, string file, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var plan = await PublishedAsync(db, planId, ct);
            return file switch
            {
                TargetsFile => plan.TargetsCsv,
                InspectorsFile => plan.InspectorsCsv,
                DrawFile => plan.DrawCsv,
                _ => throw new NotFoundException($"没有名为“{file}”的公示文件：可下载 {TargetsFile}、{InspectorsFile}、{DrawFile}。"),
            };
        }

        private static async Task<InspectionPlan> PublishedAsync(TrainingDbContext db, Guid planId, CancellationToken ct) =>
            await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.Status == InspectionPlanStatus.Published, ct)
                ?? throw new NotFoundException("没有找到已公示的抽查计划。");

        private static async Task<List<ResultRow>> ResultsAsync(TrainingDbContext db, Guid planId, CancellationToken ct)
        {
            var tasks = await db.InspectionTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
            var ids = tasks.Select(t => t.Id).ToList();
            var teams = (await db.InspectionTeamMembers.AsNoTracking().Where(m => ids.Contains(m.TaskId)).OrderBy(m => m.Position).ToListAsync(ct))
                .ToLookup(m => m.TaskId, m => m.OfficerName);
            var findings = (await db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.TaskId)).ToListAsync(ct))
                .ToLookup(f => f.TaskId, f => f.ItemName);
            return [.. tasks.Select(t => new ResultRow(t.Order, t.InstitutionName, t.Token, t.Grade, [.. teams[t.Id]], t.InspectedOn, t.HasFindings, [.. findings[t.Id].Distinct()]))];
        }
    }
}
