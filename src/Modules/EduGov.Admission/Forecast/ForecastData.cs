using EduGov.Admission.Data;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Forecast;

/// <summary>A school's latest entry-grade seat plan of a stage: its seats and class cap.</summary>
internal sealed record LatestSeatPlan(int Seats, int ClassCap);

/// <summary>
/// Everything a forecast reads, loaded once: the district's schools, births (全区 and per catchment school), grade
/// enrolment history, each school's latest seat plan per stage, and the class cap of each stage's latest round.
/// </summary>
internal sealed record ForecastData(
    IReadOnlyList<SchoolRef> Schools,
    IReadOnlyList<Domain.BirthCount> Births,
    IReadOnlyList<Domain.GradeEnrolment> Enrolment,
    IReadOnlyDictionary<(Guid SchoolId, Stage Stage), LatestSeatPlan> SeatPlans,
    IReadOnlyDictionary<Stage, int> RoundClassCaps)
{
    /// <summary>Births per cohort for the district: the 全区 row where imported, otherwise the sum of the schools' rows.</summary>
    public IReadOnlyDictionary<int, int> DistrictBirths { get; } = Births
        .GroupBy(b => b.CohortYear)
        .ToDictionary(g => g.Key, g => g.Where(b => b.SchoolId is null).Select(b => b.Births).DefaultIfEmpty(g.Sum(b => b.Births)).First());

    public int ClassCap(Stage stage) => RoundClassCaps.TryGetValue(stage, out var cap) ? cap : ForecastStages.DefaultClassCap(stage);

    public LatestSeatPlan? SeatPlan(Guid schoolId, Stage stage) => SeatPlans.GetValueOrDefault((schoolId, stage));

    public IEnumerable<Domain.BirthCount> BirthsOf(Guid schoolId) => Births.Where(b => b.SchoolId == schoolId);

    public IEnumerable<Domain.GradeEnrolment> EnrolmentOf(Guid schoolId, Stage stage) =>
        Enrolment.Where(e => e.SchoolId == schoolId && e.Grade >= ForecastStages.EntryGrade(stage) && e.Grade <= ForecastStages.LastGrade(stage));

    /// <summary>The district's pupils per school year and grade of a stage: the sum over the schools teaching the grade.</summary>
    public IEnumerable<Domain.GradeEnrolment> DistrictEnrolment(Stage stage)
    {
        var teaching = Schools.Where(s => ForecastStages.Teaches(s, stage)).Select(s => s.Id).ToHashSet();
        return Enrolment
            .Where(e => teaching.Contains(e.SchoolId) && e.Grade >= ForecastStages.EntryGrade(stage) && e.Grade <= ForecastStages.LastGrade(stage))
            .GroupBy(e => (e.Year, e.Grade))
            .Select(g => new Domain.GradeEnrolment { Year = g.Key.Year, Grade = g.Key.Grade, Pupils = g.Sum(e => e.Pupils) });
    }

    internal sealed class Loader(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry)
    {
        public async Task<ForecastData> LoadAsync(CancellationToken ct)
        {
            var schools = await registry.AllSchoolsAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var births = await db.Births.AsNoTracking().ToListAsync(ct);
            var enrolment = await db.GradeEnrolments.AsNoTracking().ToListAsync(ct);
            var plans = await db.Seats.AsNoTracking()
                .Join(db.Rounds, s => s.RoundId, r => r.Id, (s, r) => new { Plan = s, r.Stage, r.Year, r.CreatedAt })
                .ToListAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().Select(r => new { r.Stage, r.Year, r.CreatedAt, r.ClassCap }).ToListAsync(ct);
            var seatPlans = plans
                .GroupBy(p => (p.Plan.SchoolId, p.Stage))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Year).ThenByDescending(p => p.CreatedAt).Select(p => new LatestSeatPlan(p.Plan.Seats, p.Plan.ClassCap)).First());
            var caps = rounds
                .GroupBy(r => r.Stage)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt).First().ClassCap);
            return new ForecastData(schools, births, enrolment, seatPlans, caps);
        }
    }
}
