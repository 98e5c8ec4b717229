using EduGov.Metrics.Forecasting;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

/// <summary>The enrolment forecast (EduGov.Metrics.Forecasting) against small hand-computed examples.</summary>
public sealed class ForecastAlgorithmTests
{
    private const double Tolerance = 1e-9;

    private static readonly ForecastOptions HalfAlpha = new() { Alpha = 0.5, Horizon = 2 };

    private static IEnumerable<CohortBirths> Births(int from, int to, int births = 100) =>
        Enumerable.Range(from, to - from + 1).Select(y => new CohortBirths(y, births));

    private static IEnumerable<GradePupils> Steady(int fromYear, int toYear, int firstGrade, int lastGrade, int pupils = 100) =>
        from year in Enumerable.Range(fromYear, toYear - fromYear + 1)
        from grade in Enumerable.Range(firstGrade, lastGrade - firstGrade + 1)
        select new GradePupils(year, grade, pupils);

    private static ForecastUnit Primary(IEnumerable<CohortBirths> births, IEnumerable<GradePupils> enrolment, int? seats = null, int cap = 45, bool comparable = true) =>
        new(1, 6, EntryFeeder.FromBirths(births), [.. enrolment], cap, seats, comparable);

    private static ForecastUnit TwoGrades(IEnumerable<CohortBirths> births, params GradePupils[] enrolment) =>
        new(1, 2, EntryFeeder.FromBirths(births), enrolment, 45);

    private static IEnumerable<double> AllNumbers(EnrolmentForecast f) =>
    [
        f.Alpha, .. f.AlphaScores.Select(s => s.Mape ?? 0), f.EntryRatio.Value ?? 0, f.EntryRatio.Smoothed ?? 0, f.EntryRatio.OwnWeight,
        .. f.ProgressionRatios.SelectMany(r => new[] { r.Estimate.Value ?? 0, r.Estimate.Smoothed ?? 0, r.Estimate.Reference ?? 0, r.Estimate.OwnWeight }),
        .. f.GradeErrors.Select(g => g.Error.Mape ?? 0), f.EntryError.Mape ?? 0, f.TotalError.Mape ?? 0,
    ];

    [Fact]
    public void Smoothing_WeighsRecentValuesByAlpha()
    {
        ExponentialSmoothing.Level([1.0, 2.0, 4.0], 0.5).ShouldBe(2.75);
        ExponentialSmoothing.Level([1.0, 2.0, 4.0], 1.0).ShouldBe(4.0);
        ExponentialSmoothing.Level([0.9], 0.3).ShouldBe(0.9);
        ExponentialSmoothing.Level([], 0.5).ShouldBeNull();
        Should.Throw<ArgumentException>(() => ExponentialSmoothing.Level([1.0], 0)).Message.ShouldStartWith("平滑系数 α = 0 无效");
    }

    [Fact]
    public void Classes_AreTheCeilingOfPupilsOverTheCap_AndTheShortfallCountsFullClasses()
    {
        ClassPlanning.ClassesNeeded(0, 45).ShouldBe(0);
        ClassPlanning.ClassesNeeded(45, 45).ShouldBe(1);
        ClassPlanning.ClassesNeeded(46, 45).ShouldBe(2);
        ClassPlanning.ClassesNeeded(91, 45).ShouldBe(3);
        ClassPlanning.Shortfall(3, 45, 90).ShouldBe(45);
        ClassPlanning.Shortfall(2, 45, 90).ShouldBe(0);
        Should.Throw<ArgumentException>(() => ClassPlanning.ClassesNeeded(10, 0)).Message.ShouldContain("班额 0 无效");
    }

    [Fact]
    public void Forecast_OfASteadyPopulation_IsFlat_WithClassesSeatsAndZeroError()
    {
        var forecast = EnrolmentForecaster.Forecast(Primary(Births(2010, 2024), Steady(2020, 2025, 1, 6), seats: 90), new ForecastOptions());

        forecast.BaseYear.ShouldBe(2025);
        forecast.Years.Select(y => y.Year).ShouldBe([2026, 2027, 2028, 2029, 2030]);
        forecast.Years.ShouldAllBe(y => y.Forecast && y.EntryPupils == 100 && y.TotalPupils == 600 && y.EntryClasses == 3 && y.TotalClasses == 18);
        forecast.Years.ShouldAllBe(y => y.SeatsNeeded == 135 && y.Seats == 90 && y.Shortfall == 45 && y.IsShort);
        forecast.History.Count.ShouldBe(6);
        forecast.History.ShouldAllBe(y => !y.Forecast && y.Seats == null && y.Shortfall == null && y.TotalPupils == 600);
        forecast.EntryRatio.Value.ShouldBe(1.0);
        forecast.ProgressionRatios.ShouldAllBe(r => r.Estimate.Value == 1.0 && r.Estimate.Source == RatioSource.Observed);
        forecast.EntryError.Mape.ShouldBe(0);
        forecast.EntryError.Points.Count.ShouldBe(5);
        forecast.TotalError.Mape.ShouldBe(0);
        (forecast.AlphaChoice, forecast.Alpha).ShouldBe((AlphaChoice.Backtest, 0.2));
        forecast.AlphaScores.Count.ShouldBe(7);
        forecast.MissingFeederYears.ShouldBeEmpty();
    }

    [Fact]
    public void Forecast_MovesABirthSpikeThroughTheGrades()
    {
        var births = Births(2010, 2024).Select(b => b.CohortYear == 2021 ? b with { Births = 150 } : b);

        var forecast = EnrolmentForecaster.Forecast(Primary(births, Steady(2020, 2025, 1, 6)), new ForecastOptions { Alpha = 0.5 });

        var byYear = forecast.Years.ToDictionary(y => y.Year);
        byYear[2026].EntryPupils.ShouldBe(100);
        byYear[2027].EntryPupils.ShouldBe(150);
        byYear[2028].Grades.Single(g => g.Grade == 2).Pupils.ShouldBe(150);
        byYear[2030].Grades.Single(g => g.Grade == 4).Pupils.ShouldBe(150);
        byYear[2030].Grades.Where(g => g.Grade != 4).ShouldAllBe(g => g.Pupils == 100);
        forecast.Years.Select(y => y.TotalPupils).ShouldBe([600, 650, 650, 650, 650]);
        byYear[2027].EntryClasses.ShouldBe(4);
    }

    [Fact]
    public void Forecast_SmoothsTheObservedRatios_AndBacktestsOneYearAhead()
    {
        // R: 90/100, 180/200, 100/100 → 0.9, 0.9, 1.0 → smoothed (α 0.5) 0.95; GPR₁: 81/90, 171/180 → 0.9, 0.95 → 0.925.
        var births = new[] { new CohortBirths(2014, 100), new CohortBirths(2015, 200), new CohortBirths(2016, 100), new CohortBirths(2017, 120), new CohortBirths(2018, 50) };
        var unit = TwoGrades(births,
            new(2020, 1, 90), new(2020, 2, 80), new(2021, 1, 180), new(2021, 2, 81), new(2022, 1, 100), new(2022, 2, 171));

        var forecast = EnrolmentForecaster.Forecast(unit, HalfAlpha);

        forecast.EntryRatio.Value!.Value.ShouldBe(0.95, Tolerance);
        forecast.EntryRatio.Observations.ShouldBe(3);
        forecast.ProgressionRatios.ShouldHaveSingleItem().Estimate.Value!.Value.ShouldBe(0.925, Tolerance);
        var (first, second) = (forecast.Years[0], forecast.Years[1]);
        first.Grades.Select(g => g.Pupils).ShouldBe([114, 93]);     // 0.95 × 120; 0.925 × 100 = 92.5 → 93
        second.Grades.Select(g => g.Pupils).ShouldBe([48, 105]);    // 0.95 × 50 = 47.5 → 48; 0.925 × 114 = 105.45
        // 2021 (ratios up to 2020): entry 0.9 × 200 = 180, exact; grade 2 has no observed ratio yet, so no total.
        // 2022 (ratios up to 2021): entry 0.9 × 100 = 90 vs 100 (10 %); grade 2 0.9 × 180 = 162 vs 171; total 252 vs 271.
        forecast.EntryError.Points.Select(p => (p.Year, p.Forecast, p.Actual)).ShouldBe([(2021, 180.0, 180), (2022, 90.0, 100)]);
        forecast.EntryError.Mape!.Value.ShouldBe(5.0, Tolerance);
        var grade2 = forecast.GradeErrors.Single(g => g.Grade == 2).Error;
        grade2.Points.ShouldHaveSingleItem().AbsolutePercentageError.ShouldBe(9.0 / 171 * 100, Tolerance);
        grade2.Mape.ShouldBeNull();
        grade2.IsSufficient.ShouldBeFalse();
        forecast.TotalError.Points.ShouldHaveSingleItem().Forecast.ShouldBe(252.0, Tolerance);
        forecast.TotalError.Mape.ShouldBeNull();
    }

    [Fact]
    public void Mape_IsTheMeanAbsolutePercentageError_FromTwoYears()
    {
        var error = new BacktestError([new BacktestPoint(2021, 90, 100), new BacktestPoint(2022, 110, 100), new BacktestPoint(2023, 50, 40)]);

        error.Mape!.Value.ShouldBe(15.0, Tolerance);
        new BacktestError([new BacktestPoint(2021, 90, 100)]).Mape.ShouldBeNull();
        new BacktestError([]).IsSufficient.ShouldBeFalse();
    }

    [Fact]
    public void Alpha_IsChosenByBacktest_FollowingATrendWithTheLargestCandidate()
    {
        // The entry ratio climbs by 0.05 a year: the closer α follows the latest ratio, the smaller the one-year-ahead error.
        var births = Births(2010, 2020).ToList();
        var enrolment = Enumerable.Range(0, 8).Select(i => new GradePupils(2018 + i, 1, 80 + 5 * i)).ToArray();
        var unit = new ForecastUnit(1, 1, EntryFeeder.FromBirths(births), enrolment, 45);

        var forecast = EnrolmentForecaster.Forecast(unit, new ForecastOptions());

        (forecast.AlphaChoice, forecast.Alpha).ShouldBe((AlphaChoice.Backtest, 0.8));
        forecast.AlphaScores.Select(s => s.Mape!.Value).ShouldBeInOrder(SortDirection.Descending);
        forecast.TotalError.Mape.ShouldBe(forecast.AlphaScores[^1].Mape);
    }

    [Fact]
    public void Alpha_FallsBackWhenNoCandidateCanBeScored()
    {
        var forecast = EnrolmentForecaster.Forecast(TwoGrades(Births(2010, 2020), new(2025, 1, 50), new(2025, 2, 50)), new ForecastOptions());

        (forecast.AlphaChoice, forecast.Alpha).ShouldBe((AlphaChoice.Fallback, 0.5));
        forecast.AlphaScores.ShouldAllBe(s => s.Mape == null);
    }

    [Fact]
    public void MissingYearsAndZeroDenominators_AreSkipped_NeverZeroOrInfinite()
    {
        // 2022 is missing: no progression ratio for 2023. Births of 2015 are 0: no entry ratio for 2021. Grade 1 of 2023 is 0: no GPR for 2024.
        var births = Births(2013, 2018).Select(b => b.CohortYear == 2015 ? b with { Births = 0 } : b);
        var unit = TwoGrades(births,
            new(2020, 1, 100), new(2020, 2, 100), new(2021, 1, 90), new(2021, 2, 95), new(2023, 1, 0), new(2023, 2, 80), new(2024, 1, 110), new(2024, 2, 60));

        var forecast = EnrolmentForecaster.Forecast(unit, HalfAlpha);

        forecast.History.Select(h => h.Year).ShouldBe([2020, 2021, 2023, 2024]);
        forecast.EntryRatio.Observations.ShouldBe(3);              // 2020, 2023 (0 / 100), 2024; not 2021
        forecast.ProgressionRatios[0].Estimate.Observations.ShouldBe(1);  // only 2021: 95 / 100
        forecast.ProgressionRatios[0].Estimate.Value.ShouldBe(0.95);
        AllNumbers(forecast).ShouldAllBe(n => double.IsFinite(n));
    }

    [Fact]
    public void MissingBirths_LeaveThoseYearsUnknown_AndAreListed()
    {
        var births = Births(2014, 2017).Concat([new CohortBirths(2019, 100)]);

        var forecast = EnrolmentForecaster.Forecast(Primary(births, Steady(2020, 2023, 1, 6)), new ForecastOptions { Alpha = 0.5 });

        forecast.MissingFeederYears.ShouldBe([2018, 2020, 2021, 2022]);
        var byYear = forecast.Years.ToDictionary(y => y.Year);
        byYear[2024].EntryPupils.ShouldBeNull();
        (byYear[2024].TotalPupils, byYear[2024].EntryClasses, byYear[2024].TotalClasses).ShouldBe((null, null, null));
        byYear[2025].EntryPupils.ShouldBe(100);
        byYear[2025].Grades.Single(g => g.Grade == 2).Pupils.ShouldBeNull();
        byYear[2025].TotalPupils.ShouldBeNull();
        byYear[2024].Grades.Single(g => g.Grade == 2).Pupils.ShouldBe(100);
    }

    [Fact]
    public void WithoutAnyObservedRatio_EntryIsUnavailable_AndProgressionIsAssumedOne()
    {
        var forecast = EnrolmentForecaster.Forecast(TwoGrades([], new(2025, 1, 40), new(2025, 2, 30)), HalfAlpha);

        forecast.EntryRatio.Source.ShouldBe(RatioSource.Unavailable);
        forecast.EntryRatio.Value.ShouldBeNull();
        forecast.ProgressionRatios[0].Estimate.ShouldBe(new RatioEstimate(1.0, null, null, 0, 0, RatioSource.Assumed));
        forecast.Years[0].Grades.Select(g => g.Pupils).ShouldBe([null, 40]);
        forecast.Years[1].Grades.Select(g => g.Pupils).ShouldBe([null, null]);
    }

    [Fact]
    public void SmallSchools_ShrinkTowardsTheDistrict_WithWeightNOverNPlusK()
    {
        // School: R 10/10, 10/10 → 1.0 (n = 2); GPR 12/10 → 1.2 (n = 1). District: R 100/100, 100/125 → 0.9; GPR 90/100 → 0.9.
        var school = TwoGrades([new(2018, 10), new(2019, 10), new(2020, 10)], new(2024, 1, 10), new(2024, 2, 10), new(2025, 1, 10), new(2025, 2, 12));
        var district = TwoGrades([new(2018, 100), new(2019, 125), new(2020, 100)], new(2024, 1, 100), new(2024, 2, 100), new(2025, 1, 100), new(2025, 2, 90));

        var forecast = EnrolmentForecaster.Forecast(school, HalfAlpha, district);
        var unshrunkEntry = EnrolmentForecaster.Forecast(school with { EntryRatioComparable = false }, HalfAlpha, district);

        forecast.EntryRatio.ShouldBe(new RatioEstimate(0.4 * 1.0 + 0.6 * 0.9, 1.0, 0.9, 2, 0.4, RatioSource.Shrunk));
        var progression = forecast.ProgressionRatios[0].Estimate;
        (progression.Source, progression.OwnWeight, progression.Observations).ShouldBe((RatioSource.Shrunk, 0.25, 1));
        progression.Value!.Value.ShouldBe(0.975, Tolerance);
        forecast.Years[0].Grades.Select(g => g.Pupils).ShouldBe([9, 10]);   // 0.94 × 10 = 9.4; 0.975 × 10 = 9.75
        unshrunkEntry.EntryRatio.Source.ShouldBe(RatioSource.Observed);
        unshrunkEntry.Years[0].EntryPupils.ShouldBe(10);
    }

    [Fact]
    public void ASchoolNeverObserved_TakesTheDistrictRatio()
    {
        var school = TwoGrades([new(2019, 10)], new(2025, 1, 10), new(2025, 2, 20));
        var district = TwoGrades([new(2018, 100), new(2019, 100)], new(2024, 1, 100), new(2024, 2, 100), new(2025, 1, 100), new(2025, 2, 90));

        var forecast = EnrolmentForecaster.Forecast(school, HalfAlpha, district);

        forecast.ProgressionRatios[0].Estimate.ShouldBe(new RatioEstimate(0.9, null, 0.9, 0, 0, RatioSource.Reference));
        forecast.Years[0].Grades[1].Pupils.ShouldBe(9);
    }

    [Fact]
    public void JuniorEntry_ComesFromGradeSixOfTheYearBefore()
    {
        var grade6 = EntryFeeder.FromPreviousGrade([new(2024, 100), new(2025, 110), new(2026, 120)]);
        var unit = new ForecastUnit(7, 9, grade6, [new(2025, 7, 98), new(2025, 8, 100), new(2025, 9, 100)], 50, 100);

        var forecast = EnrolmentForecaster.Forecast(unit, new ForecastOptions { Alpha = 0.5, Horizon = 3 });

        forecast.EntryRatio.Value!.Value.ShouldBe(0.98, Tolerance);
        forecast.Years.Select(y => y.EntryPupils).ShouldBe([108, 118, null]);   // 0.98 × 110 = 107.8; 0.98 × 120 = 117.6
        forecast.MissingFeederYears.ShouldBe([2027]);
        (forecast.Years[0].EntryClasses, forecast.Years[0].Shortfall).ShouldBe((3, 50));
    }

    [Fact]
    public void Forecast_IsTheSame_WhateverTheOrderOfTheRows()
    {
        var births = Births(2010, 2024).Select(b => b with { Births = 90 + b.CohortYear % 7 * 5 }).ToList();
        var enrolment = Steady(2019, 2025, 1, 6).Select(e => e with { Pupils = 80 + (e.Year * 3 + e.Grade * 7) % 23 }).ToList();

        var one = EnrolmentForecaster.Forecast(Primary(births, enrolment), new ForecastOptions());
        var other = EnrolmentForecaster.Forecast(Primary(Enumerable.Reverse(births), Enumerable.Reverse(enrolment)), new ForecastOptions());

        other.Years.SelectMany(y => y.Grades).ShouldBe(one.Years.SelectMany(y => y.Grades));
        other.Alpha.ShouldBe(one.Alpha);
        other.TotalError.Mape.ShouldBe(one.TotalError.Mape);
    }

    [Fact]
    public void InvalidInput_IsRefused_InChinese()
    {
        var births = Births(2010, 2020).ToList();

        Should.Throw<ArgumentException>(() => EntryFeeder.FromBirths([new(2020, -1)])).Message.ShouldStartWith("出生人口：2020 出生学年的出生人数 -1 不能为负数");
        Should.Throw<ArgumentException>(() => EntryFeeder.FromBirths([new(2020, 1), new(2020, 2)])).Message.ShouldStartWith("出生人口：2020 出生学年出现了两次");
        Should.Throw<ArgumentException>(() => EntryFeeder.FromPreviousGrade([new(2020, double.NaN)])).Message.ShouldContain("无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 3, 10)), HalfAlpha)).Message.ShouldStartWith("在校生：2025 学年的年级 3 不在本单位的年级 1–2 内");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10), new GradePupils(2025, 1, 11)), HalfAlpha)).Message.ShouldStartWith("在校生：2025 学年 1 年级出现了两次");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, -3)), HalfAlpha)).Message.ShouldContain("不能为负数");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births), HalfAlpha)).Message.ShouldStartWith("没有任何在校生记录");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(new ForecastUnit(7, 9, EntryFeeder.FromBirths(births), [], 50), HalfAlpha)).Message.ShouldStartWith("出生人口只能推算一年级入学");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(new ForecastUnit(3, 2, EntryFeeder.FromBirths(births), [], 50), HalfAlpha)).Message.ShouldStartWith("年级范围 3–2 无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)) with { ClassCap = 0 }, HalfAlpha)).Message.ShouldStartWith("班额 0 无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)), new ForecastOptions { Alpha = 1.5 })).Message.ShouldStartWith("平滑系数 α = 1.5 无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)), new ForecastOptions { AlphaGrid = [] })).Message.ShouldStartWith("未指定平滑系数 α 时");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)), HalfAlpha with { Horizon = 0 })).Message.ShouldStartWith("预测年数 0 无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)), HalfAlpha with { ShrinkageK = -1 })).Message.ShouldStartWith("收缩参数 k = -1 无效");
        Should.Throw<ArgumentException>(() => EnrolmentForecaster.Forecast(TwoGrades(births, new GradePupils(2025, 1, 10)), HalfAlpha, Primary(births, []))).Message.ShouldStartWith("参照单位的年级 1–6 与本单位的 1–2 不同");
    }
}
