using EduGov.Admission.Scope;
using EduGov.Metrics.Forecasting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Forecast;

/// <summary>
/// 学龄人口预测 of one stage: the district's five-year forecast with its back-test error (for users covering the whole
/// bureau), every school in the user's scope with its entry-grade outlook, the schools short of seats, and what data the
/// forecast stands on.
/// </summary>
public static class GetForecast
{
    public sealed record Query(Stage Stage = Stage.Primary);

    public sealed record SchoolName(Guid SchoolId, string Code, string Name);

    /// <param name="NextEntry">Forecast entry-grade pupils of the first forecast year.</param>
    /// <param name="MaxShortfall">The largest entry-grade shortfall over the forecast years (0 when never short or without seats).</param>
    /// <param name="FirstShortYear">The first forecast year short of seats.</param>
    public sealed record SchoolOutlook(
        Guid SchoolId, string Code, string Name, FeederSource Feeder, int BaseYear, int ClassCap, int? NextEntry, int? Seats,
        int MaxShortfall, int? FirstShortYear, double? EntryMape, double? TotalMape);

    public sealed record EnrolmentYear(int Year, int Schools, int Pupils);

    /// <param name="SchoolYear">The current school year (the year of the latest 1 September).</param>
    /// <param name="DistrictBirthYears">Cohort years with 全区 births, ascending.</param>
    /// <param name="SchoolBirthYears">Cohort years with catchment births of a school in scope, ascending.</param>
    /// <param name="SchoolsWithBirths">Schools in scope with catchment births.</param>
    /// <param name="EnrolmentYears">School years with enrolment of schools in scope, ascending.</param>
    public sealed record DataStatus(int SchoolYear, IReadOnlyList<int> DistrictBirthYears, IReadOnlyList<int> SchoolBirthYears, int SchoolsWithBirths, IReadOnlyList<EnrolmentYear> EnrolmentYears)
    {
        public bool SchoolYearRecorded => EnrolmentYears.Any(y => y.Year == SchoolYear);
    }

    /// <param name="CoversDistrict">Whether the user sees the district figures (bureau scope).</param>
    /// <param name="District">The district's forecast, or null when not covered or without any enrolment history.</param>
    /// <param name="ShortOfSeats">Schools whose forecast entry classes × cap exceed their seats in some forecast year, largest shortfall first.</param>
    /// <param name="Schools">Every school of the stage in scope with history, by code.</param>
    /// <param name="WithoutHistory">Schools of the stage in scope without any enrolment history.</param>
    public sealed record Result(
        Stage Stage, bool CoversDistrict, EnrolmentForecast? District, IReadOnlyList<SchoolOutlook> ShortOfSeats,
        IReadOnlyList<SchoolOutlook> Schools, IReadOnlyList<SchoolName> WithoutHistory, DataStatus Status);

    internal sealed class Handler(ForecastData.Loader loader, AdmissionScope scope, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            ForecastStages.EnsureForecast(query.Stage);
            var ids = await scope.SchoolIdsAsync(user, ct);
            var data = await loader.LoadAsync(ct);
            var stage = new ForecastCalculator(data).Build(query.Stage, ids);
            var schools = stage.Schools.Select(Summarize).ToList();
            var shortOfSeats = schools.Where(s => s.MaxShortfall > 0).OrderByDescending(s => s.MaxShortfall).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
            return new Result(
                query.Stage, ids is null, ids is null ? stage.District : null, shortOfSeats, schools,
                [.. stage.WithoutHistory.Select(s => new SchoolName(s.Id, s.Code, s.Name))],
                Status(data, ids, ChinaTime.Today(clock)));
        }

        private static SchoolOutlook Summarize(SchoolForecast school)
        {
            var forecast = school.Forecast;
            var shortYears = forecast.Years.Where(y => y.IsShort).ToList();
            return new SchoolOutlook(
                school.School.Id, school.School.Code, school.School.Name, school.Feeder, forecast.BaseYear, forecast.ClassCap,
                forecast.Years[0].EntryPupils, forecast.Years[0].Seats,
                shortYears.Select(y => y.Shortfall!.Value).DefaultIfEmpty(0).Max(), shortYears.Select(y => (int?)y.Year).FirstOrDefault(),
                forecast.EntryError.Mape, forecast.TotalError.Mape);
        }

        private static DataStatus Status(ForecastData data, IReadOnlySet<Guid>? ids, DateOnly today)
        {
            bool InScope(Guid schoolId) => ids is null || ids.Contains(schoolId);
            var schoolBirths = data.Births.Where(b => b.SchoolId is { } id && InScope(id)).ToList();
            var enrolment = data.Enrolment.Where(e => InScope(e.SchoolId))
                .GroupBy(e => e.Year)
                .Select(g => new EnrolmentYear(g.Key, g.Select(e => e.SchoolId).Distinct().Count(), g.Sum(e => e.Pupils)))
                .OrderBy(y => y.Year)
                .ToList();
            return new DataStatus(
                ForecastStages.SchoolYear(today),
                [.. data.Births.Where(b => b.SchoolId is null).Select(b => b.CohortYear).Distinct().Order()],
                [.. schoolBirths.Select(b => b.CohortYear).Distinct().Order()],
                schoolBirths.Select(b => b.SchoolId).Distinct().Count(),
                enrolment);
        }
    }
}
