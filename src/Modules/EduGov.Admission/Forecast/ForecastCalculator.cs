using EduGov.Metrics.Forecasting;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Forecast;

/// <summary>What a unit's entry grade is forecast from.</summary>
public enum FeederSource
{
    /// <summary>The unit's own births: the district's, or a school's catchment births.</summary>
    OwnBirths = 1,

    /// <summary>A school without catchment births: its share of the district's births.</summary>
    DistrictBirthsShare = 2,

    /// <summary>The unit's own grade 6: the district's, or a nine-year school's.</summary>
    OwnGrade6 = 3,

    /// <summary>A junior school without its own grade 6: its share of the district's grade 6.</summary>
    DistrictGrade6Share = 4,
}

/// <summary>One school's forecast of one stage and what drives its entry grade.</summary>
internal sealed record SchoolForecast(SchoolRef School, FeederSource Feeder, EnrolmentForecast Forecast);

/// <summary>
/// The forecasts of one stage: the district (null without any enrolment history), each school of the stage that has
/// history, and the schools of the stage without any.
/// </summary>
internal sealed record StageForecast(Stage Stage, EnrolmentForecast? District, IReadOnlyList<SchoolForecast> Schools, IReadOnlyList<SchoolRef> WithoutHistory);

/// <summary>
/// Builds the <see cref="EnrolmentForecaster"/> units from the stored data. Primary: grade 1 from births (the school's
/// catchment births when any are imported, shrunk towards the district's ratio; otherwise its share of the district's
/// births). Junior: grade 7 from grade 6 a year earlier (a nine-year school's own grade 6, history then its primary
/// forecast; a junior school's share of the district's grade 6). Grades above the entry grade shrink towards the district's
/// progression ratios. α is chosen per unit by back-test over 0.2 … 0.8.
/// </summary>
internal sealed class ForecastCalculator(ForecastData data)
{
    private static readonly ForecastOptions Options = new();

    /// <summary>The stage's forecasts for the district and the schools in <paramref name="schoolIds"/> (all when null).</summary>
    public StageForecast Build(Stage stage, IReadOnlySet<Guid>? schoolIds)
    {
        ForecastStages.EnsureForecast(stage);
        if (stage == Stage.Primary)
        {
            return BuildPrimary(schoolIds);
        }

        var nineYear = data.Schools.Where(s => ForecastStages.Teaches(s, Stage.Junior) && Included(s, schoolIds)).Select(s => s.Id).ToHashSet();
        return BuildJunior(BuildPrimary(nineYear), schoolIds);
    }

    private static bool Included(SchoolRef school, IReadOnlySet<Guid>? schoolIds) => schoolIds is null || schoolIds.Contains(school.Id);

    private StageForecast BuildPrimary(IReadOnlySet<Guid>? schoolIds)
    {
        var districtBirths = data.DistrictBirths.Select(b => new CohortBirths(b.Key, b.Value)).ToList();
        var district = DistrictUnit(Stage.Primary, EntryFeeder.FromBirths(districtBirths));
        return BuildStage(Stage.Primary, district, schoolIds, school =>
        {
            var own = data.BirthsOf(school.Id).Select(b => new CohortBirths(b.CohortYear, b.Births)).ToList();
            return own.Count > 0
                ? (EntryFeeder.FromBirths(own), FeederSource.OwnBirths)
                : (EntryFeeder.FromBirths(districtBirths), FeederSource.DistrictBirthsShare);
        });
    }

    private StageForecast BuildJunior(StageForecast primary, IReadOnlySet<Guid>? schoolIds)
    {
        var districtGrade6 = primary.District is null ? [] : Grade6(primary.District);
        var district = DistrictUnit(Stage.Junior, EntryFeeder.FromPreviousGrade(districtGrade6));
        var ownPrimary = primary.Schools.ToDictionary(s => s.School.Id, s => s.Forecast);
        return BuildStage(Stage.Junior, district, schoolIds, school => ownPrimary.TryGetValue(school.Id, out var forecast)
            ? (EntryFeeder.FromPreviousGrade(Grade6(forecast)), FeederSource.OwnGrade6)
            : (EntryFeeder.FromPreviousGrade(districtGrade6), FeederSource.DistrictGrade6Share));
    }

    private StageForecast BuildStage(Stage stage, ForecastUnit district, IReadOnlySet<Guid>? schoolIds, Func<SchoolRef, (EntryFeeder Feeder, FeederSource Source)> feederOf)
    {
        var districtForecast = district.Enrolment.Count == 0 ? null : EnrolmentForecaster.Forecast(district, Options);
        var schools = new List<SchoolForecast>();
        var withoutHistory = new List<SchoolRef>();
        foreach (var school in data.Schools.Where(s => ForecastStages.Teaches(s, stage) && Included(s, schoolIds)).OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            var rows = data.EnrolmentOf(school.Id, stage).Select(e => new GradePupils(e.Year, e.Grade, e.Pupils)).ToList();
            if (rows.Count == 0)
            {
                withoutHistory.Add(school);
                continue;
            }

            var (feeder, source) = feederOf(school);
            var plan = data.SeatPlan(school.Id, stage);
            var unit = new ForecastUnit(
                ForecastStages.EntryGrade(stage), ForecastStages.LastGrade(stage), feeder, rows,
                plan is { ClassCap: > 0 } ? plan.ClassCap : data.ClassCap(stage), plan?.Seats,
                EntryRatioComparable: source is FeederSource.OwnBirths or FeederSource.OwnGrade6);
            schools.Add(new SchoolForecast(school, source, EnrolmentForecaster.Forecast(unit, Options, district)));
        }

        return new StageForecast(stage, districtForecast, schools, withoutHistory);
    }

    private ForecastUnit DistrictUnit(Stage stage, EntryFeeder feeder)
    {
        var rows = data.DistrictEnrolment(stage).Select(e => new GradePupils(e.Year, e.Grade, e.Pupils)).ToList();
        var seats = data.Schools.Where(s => ForecastStages.Teaches(s, stage)).Select(s => data.SeatPlan(s.Id, stage)).OfType<LatestSeatPlan>().ToList();
        return new ForecastUnit(
            ForecastStages.EntryGrade(stage), ForecastStages.LastGrade(stage), feeder, rows, data.ClassCap(stage),
            seats.Count == 0 ? null : seats.Sum(p => p.Seats));
    }

    /// <summary>Grade 6 of a primary forecast by school year: observed years, then forecast years where known.</summary>
    private static List<YearPupils> Grade6(EnrolmentForecast primary) =>
    [
        .. primary.History.Concat(primary.Years)
            .Select(y => (y.Year, Pupils: y.Grades[^1].Pupils))
            .Where(y => y.Pupils is not null)
            .Select(y => new YearPupils(y.Year, y.Pupils!.Value)),
    ];
}
