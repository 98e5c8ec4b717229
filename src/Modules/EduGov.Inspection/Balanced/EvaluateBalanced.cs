using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// 优质均衡 resource allocation of one year (教督〔2017〕6号, rules file B2.1–B2.2): the registry's pupils and teachers and
/// the recorded 办学条件 of every evaluated school, judged by <see cref="BalancedDevelopmentEvaluator"/> under
/// <see cref="BalancedDevelopmentPolicy.National2017"/>. The district figures always cover the whole district; the school rows
/// are those in the user's scope. A school without 办学条件 for the year is listed, never counted as zero.
/// </summary>
public static class EvaluateBalanced
{
    public const string MissingFacilities = "缺少办学条件数据";
    public const string NoPupils = "该学段没有在读学生";

    public sealed record Query(int Year, SchoolStage? Stage = null, bool OnlyFailing = false, string? Search = null);

    public sealed record IndicatorCell(BalancedIndicator Indicator, decimal Value, decimal Threshold, bool Met);

    /// <param name="Listed">Unmet indicators already on the school's issue list and not yet closed out.</param>
    public sealed record SchoolRow(
        Guid SchoolId, string Code, string Name, string? Zone, SchoolStage Stage, int Pupils,
        IReadOnlyList<IndicatorCell> Indicators, int IndicatorsMet, bool MeetsStandard, IReadOnlyList<BalancedIndicator> Listed)
    {
        public IReadOnlyList<IndicatorCell> Shortfalls => [.. Indicators.Where(i => !i.Met)];
    }

    /// <summary>A school stage left out of the computation, and why.</summary>
    public sealed record NotEvaluatedRow(Guid SchoolId, string Code, string Name, string? Zone, SchoolStage Stage, int Pupils, string Reason);

    public sealed record Coefficient(BalancedIndicator Indicator, double Value, decimal Maximum, bool WithinMaximum);

    /// <param name="SchoolsMissingFacilities">School stages with pupils but no 办学条件 for the year: while any is missing the
    /// stage cannot be judged.</param>
    public sealed record StageSummary(SchoolStage Stage, int SchoolsEvaluated, int SchoolsMeetingStandard, int SchoolsMissingFacilities, bool? Balanced, IReadOnlyList<Coefficient> Coefficients)
    {
        public bool AllSchoolsMeetStandard => SchoolsMeetingStandard == SchoolsEvaluated;

        /// <summary>Whether the stage reaches 优质均衡 in resource allocation: every school meets the standard and every
        /// coefficient is within its maximum; null while data are missing or no school was evaluated.</summary>
        public bool? Reached => SchoolsMissingFacilities > 0 || Balanced is null ? null : Balanced.Value && AllSchoolsMeetStandard;

        public IReadOnlyList<Coefficient> FailingCoefficients => [.. Coefficients.Where(c => !c.WithinMaximum)];
    }

    public sealed record Result(int Year, string Policy, IReadOnlyList<StageSummary> Stages, IReadOnlyList<SchoolRow> Schools, IReadOnlyList<NotEvaluatedRow> NotEvaluated)
    {
        /// <summary>Both stages reached; null while either cannot be judged.</summary>
        public bool? Reached => Stages.Any(s => s.Reached is null) ? null : Stages.All(s => s.Reached == true);
    }

    /// <summary>The district's evaluation, before scope and filters.</summary>
    internal sealed record District(int Year, BalancedDevelopmentPolicy Policy, IReadOnlyList<StageSummary> Stages, IReadOnlyList<SchoolRow> Schools, IReadOnlyList<NotEvaluatedRow> NotEvaluated);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, InspectionScope scope, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var district = await EvaluateAsync(query.Year, ct);
            var ids = await scope.SchoolIdsAsync(user, ct);
            var schools = await WithListedIssuesAsync(district.Schools.Where(r => Shows(r.SchoolId, r.Code, r.Name, r.Stage, ids, query) && (!query.OnlyFailing || !r.MeetsStandard)).ToList(), query.Year, ct);
            var notEvaluated = district.NotEvaluated.Where(r => Shows(r.SchoolId, r.Code, r.Name, r.Stage, ids, query)).ToList();
            return new Result(district.Year, district.Policy.Source, district.Stages, schools, notEvaluated);
        }

        /// <summary>The years with 办学条件 recorded, latest first.</summary>
        public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Facilities.Select(f => f.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        }

        /// <summary>The whole district, whatever the user's scope (the coefficients are district figures).</summary>
        internal async Task<District> EvaluateAsync(int year, CancellationToken ct)
        {
            var schoolsTask = registry.AllSchoolsAsync(ct);
            var zonesTask = registry.ZonesAsync(ct);
            var staffingTask = registry.CompulsoryStaffingAsync(ct);
            var facilitiesTask = FacilitiesAsync(year, ct);
            var schools = (await schoolsTask).ToDictionary(s => s.Id);
            var zones = (await zonesTask).ToDictionary(z => z.Id, z => z.Name);
            var staffing = await staffingTask;
            var facilities = await facilitiesTask;

            var policy = BalancedDevelopmentPolicy.National2017;
            var inputs = new List<SchoolResources>();
            var notEvaluated = new List<NotEvaluatedRow>();
            foreach (var school in staffing.Where(s => schools.ContainsKey(s.SchoolId)).GroupBy(s => s.SchoolId))
            {
                var stages = school.ToList();
                if (facilities.TryGetValue(school.Key, out var values))
                {
                    inputs.AddRange(Resources(stages, values));
                    continue;
                }

                notEvaluated.AddRange(stages.Select(s => Missing(schools[s.SchoolId], zones, s, s.Pupils > 0 ? MissingFacilities : NoPupils)));
            }

            var result = BalancedDevelopmentEvaluator.Evaluate(inputs, policy);
            notEvaluated.AddRange(result.NotEvaluated.Select(r => Missing(schools[Guid.Parse(r.SchoolId)], zones, r, NoPupils)));
            var rows = result.Schools.Select(e => Row(schools[Guid.Parse(e.School.SchoolId)], zones, e)).ToList();
            var stageSummaries = SchoolStages.All.Select(stage => Summary(stage, result, notEvaluated)).ToList();
            return new District(year, policy, stageSummaries, Order(rows), [.. notEvaluated.OrderBy(r => r.Stage).ThenBy(r => r.Code, StringComparer.Ordinal)]);
        }

        private async Task<Dictionary<Guid, FacilitiesValues>> FacilitiesAsync(int year, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Facilities.AsNoTracking().Where(f => f.Year == year)
                .ToDictionaryAsync(f => f.SchoolId, f => new FacilitiesValues(f.TeachingSpaceSquareMetres, f.SportsSpaceSquareMetres, f.EquipmentValueYuan, f.MultimediaClassrooms), ct);
        }

        /// <summary>One record per stage, a nine- or twelve-year school's facilities split by the ratio of its pupils.</summary>
        private static IEnumerable<SchoolResources> Resources(List<SchoolStageStaffing> stages, FacilitiesValues values)
        {
            var shares = FacilitiesSplit.Split(values, [.. stages.Select(s => s.Pupils)]);
            return stages.Select((s, i) => new SchoolResources(
                s.SchoolId.ToString("D"), BalancedSchools.ToSchoolStage(s.Stage), s.Pupils, s.QualifiedTeachers, s.KeyTeachers, s.PeArtTeachers,
                shares[i].TeachingSpaceSquareMetres, shares[i].SportsSpaceSquareMetres, shares[i].EquipmentValueYuan, shares[i].MultimediaClassrooms));
        }

        private static NotEvaluatedRow Missing(SchoolRef school, Dictionary<Guid, string> zones, SchoolStageStaffing stage, string reason) =>
            new(school.Id, school.Code, school.Name, ZoneOf(school, zones), BalancedSchools.ToSchoolStage(stage.Stage), stage.Pupils, reason);

        private static NotEvaluatedRow Missing(SchoolRef school, Dictionary<Guid, string> zones, SchoolResources resources, string reason) =>
            new(school.Id, school.Code, school.Name, ZoneOf(school, zones), resources.Stage, resources.Enrolment, reason);

        private static SchoolRow Row(SchoolRef school, Dictionary<Guid, string> zones, SchoolEvaluation evaluation) =>
            new(school.Id, school.Code, school.Name, ZoneOf(school, zones), evaluation.School.Stage, evaluation.School.Enrolment,
                [.. evaluation.Indicators.Select(o => new IndicatorCell(o.Indicator, o.Value, o.Threshold, o.Met))],
                evaluation.IndicatorsMet, evaluation.MeetsStandard, []);

        private static string? ZoneOf(SchoolRef school, Dictionary<Guid, string> zones) => school.ZoneId is { } zone ? zones.GetValueOrDefault(zone) : null;

        private static StageSummary Summary(SchoolStage stage, BalancedDevelopmentResult result, List<NotEvaluatedRow> notEvaluated)
        {
            var schools = result.Schools.Where(s => s.School.Stage == stage).ToList();
            var coefficients = result.District.Where(d => d.Stage == stage)
                .Select(d => new Coefficient(d.Indicator, d.VariationCoefficient, d.Maximum, d.WithinMaximum)).ToList();
            return new StageSummary(stage, schools.Count, schools.Count(s => s.MeetsStandard),
                notEvaluated.Count(r => r.Stage == stage && r.Reason == MissingFacilities), result.IsBalanced(stage), coefficients);
        }

        private static List<SchoolRow> Order(List<SchoolRow> rows) => [.. rows.OrderBy(r => r.Stage).ThenBy(r => r.Code, StringComparer.Ordinal)];

        private static bool Shows(Guid schoolId, string code, string name, SchoolStage stage, IReadOnlySet<Guid>? ids, Query query) =>
            (ids is null || ids.Contains(schoolId))
            && (query.Stage is null || query.Stage == stage)
            && (string.IsNullOrWhiteSpace(query.Search) || name.Contains(query.Search.Trim(), StringComparison.Ordinal) || code.StartsWith(query.Search.Trim(), StringComparison.Ordinal));

        /// <summary>Marks the unmet indicators that already have an open item on the school's issue list.</summary>
        private async Task<IReadOnlyList<SchoolRow>> WithListedIssuesAsync(List<SchoolRow> rows, int year, CancellationToken ct)
        {
            if (!rows.Any(r => !r.MeetsStandard))
            {
                return rows;
            }

            var prefix = $"balanced:{year}:";
            await using var db = await contexts.CreateDbContextAsync(ct);
            var open = (await db.Issues.Where(i => i.Source == IssueSource.BalancedDevelopment && i.Status != IssueStatus.ClosedOut && i.Reference!.StartsWith(prefix))
                    .Select(i => new { i.SchoolId, i.Reference }).ToListAsync(ct))
                .Select(i => (i.SchoolId, i.Reference!)).ToHashSet();
            return
            [
                .. rows.Select(r => r.MeetsStandard ? r : r with
                {
                    Listed = [.. r.Shortfalls.Select(s => s.Indicator).Where(i => open.Contains((r.SchoolId, BalancedSchools.Reference(year, r.Stage, i))))],
                }),
            ];
        }
    }
}
