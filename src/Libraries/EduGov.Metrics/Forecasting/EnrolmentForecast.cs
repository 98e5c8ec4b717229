namespace EduGov.Metrics.Forecasting;

/// <summary>Where a ratio's value comes from.</summary>
public enum RatioSource
{
    /// <summary>The unit's own smoothed ratio (no reference given).</summary>
    Observed = 1,

    /// <summary>The unit's own smoothed ratio shrunk towards the reference's with weight n / (n + k).</summary>
    Shrunk = 2,

    /// <summary>The unit never observed the ratio: the reference's ratio.</summary>
    Reference = 3,

    /// <summary>A progression ratio never observed, without a reference: 1 (every pupil moves up, nobody joins or leaves).</summary>
    Assumed = 4,

    /// <summary>An entry ratio never observed, without a reference: the entry grade cannot be forecast.</summary>
    Unavailable = 5,
}

/// <summary>One projected ratio.</summary>
/// <param name="Value">The ratio the forecast uses, or null when <see cref="Source"/> is <see cref="RatioSource.Unavailable"/>.</param>
/// <param name="Smoothed">The unit's own exponentially smoothed ratio, or null when never observed.</param>
/// <param name="Reference">The reference (district) ratio it was shrunk towards, or null without one.</param>
/// <param name="Observations">n: the years in which the unit's ratio was observed (both values present, denominator above 0).</param>
/// <param name="OwnWeight">The weight of <paramref name="Smoothed"/> in <paramref name="Value"/>: n / (n + k) with a reference, 1 without.</param>
/// <param name="Source">Where <paramref name="Value"/> comes from.</param>
public sealed record RatioEstimate(double? Value, double? Smoothed, double? Reference, int Observations, double OwnWeight, RatioSource Source);

/// <summary>A progression ratio GPR_g = E_{g+1}(t) / E_g(t − 1) of pupils moving from <paramref name="FromGrade"/> to the next grade.</summary>
public sealed record ProgressionRatio(int FromGrade, RatioEstimate Estimate);

/// <summary>One grade in one school year: pupils (rounded to whole pupils) and the classes they need, null when unknown.</summary>
public sealed record GradeOutlook(int Grade, int? Pupils, int? Classes);

/// <summary>
/// One school year of a unit, observed or forecast: every grade, the entry grade and the total, the classes needed
/// (⌈pupils / cap⌉ per grade; the total is the sum over grades) and the comparison with the entry-grade seats.
/// A value is null when it cannot be computed (a missing feeder value, an unavailable entry ratio, or a grade that
/// depends on one).
/// </summary>
/// <param name="Year">The school year.</param>
/// <param name="Forecast">False for an observed year, true for a forecast one.</param>
/// <param name="Grades">The unit's grades in order.</param>
/// <param name="EntryPupils">Pupils of the entry grade.</param>
/// <param name="TotalPupils">Pupils of all grades (null when any grade is unknown).</param>
/// <param name="EntryClasses">Classes the entry grade needs.</param>
/// <param name="TotalClasses">Classes all grades need.</param>
/// <param name="SeatsNeeded">Entry classes × cap: the seats those classes hold.</param>
/// <param name="Seats">The unit's entry-grade seats, on forecast years only (null without a seat plan).</param>
/// <param name="Shortfall">max(0, <paramref name="SeatsNeeded"/> − <paramref name="Seats"/>), on forecast years with seats.</param>
public sealed record YearOutlook(
    int Year, bool Forecast, IReadOnlyList<GradeOutlook> Grades, int? EntryPupils, int? TotalPupils,
    int? EntryClasses, int? TotalClasses, int? SeatsNeeded, int? Seats, int? Shortfall)
{
    /// <summary>Whether the entry grade needs more seats than planned.</summary>
    public bool IsShort => Shortfall > 0;
}

/// <summary>One back-tested year: the one-year-ahead forecast made with data up to the year before, and the actual.</summary>
public sealed record BacktestPoint(int Year, double Forecast, int Actual)
{
    /// <summary>|forecast − actual| / actual × 100.</summary>
    public double AbsolutePercentageError => Math.Abs(Forecast - Actual) / Actual * 100;
}

/// <summary>
/// The back-test error of one quantity: the mean absolute percentage error (MAPE, in percent) of one-year-ahead forecasts
/// over the past school years where both the forecast and a non-zero actual exist. With fewer than
/// <see cref="MinimumYears"/> such years the error is not reported (数据不足).
/// </summary>
public sealed record BacktestError(IReadOnlyList<BacktestPoint> Points)
{
    public const int MinimumYears = 2;

    /// <summary>The MAPE in percent, or null when there are fewer than <see cref="MinimumYears"/> years.</summary>
    public double? Mape => Points.Count < MinimumYears ? null : Points.Average(p => p.AbsolutePercentageError);

    public bool IsSufficient => Points.Count >= MinimumYears;
}

/// <summary>The back-test error of one grade.</summary>
public sealed record GradeBacktest(int Grade, BacktestError Error);

/// <summary>How α was set.</summary>
public enum AlphaChoice
{
    /// <summary>Given by the caller.</summary>
    Given = 1,

    /// <summary>The grid candidate with the lowest back-test MAPE of the total.</summary>
    Backtest = 2,

    /// <summary>No candidate could be scored: <see cref="ForecastOptions.FallbackAlpha"/>.</summary>
    Fallback = 3,
}

/// <summary>One candidate α and its back-test MAPE of the total (null when it could not be scored).</summary>
public sealed record AlphaScore(double Alpha, double? Mape);

/// <summary>The forecast of one unit.</summary>
/// <param name="BaseYear">The last observed school year: the forecast starts the year after.</param>
/// <param name="ClassCap">The unit's class cap the classes were computed with.</param>
/// <param name="Alpha">The smoothing constant used.</param>
/// <param name="AlphaChoice">How it was set.</param>
/// <param name="AlphaScores">Every candidate's score when α was searched; empty when given.</param>
/// <param name="History">Every observed school year, ascending (missing years are absent).</param>
/// <param name="Years">The forecast years BaseYear + 1 … BaseYear + horizon.</param>
/// <param name="EntryRatio">The entry ratio (birth-to-entry, or previous-grade-to-entry) used.</param>
/// <param name="ProgressionRatios">The grade progression ratios used, from the entry grade up.</param>
/// <param name="EntryError">Back-test error of the entry grade.</param>
/// <param name="TotalError">Back-test error of the unit's total pupils.</param>
/// <param name="GradeErrors">Back-test error of each grade, in grade order.</param>
/// <param name="MissingFeederYears">Feeder years (cohort years for births) the forecast needed but did not find.</param>
public sealed record EnrolmentForecast(
    int BaseYear,
    int ClassCap,
    double Alpha,
    AlphaChoice AlphaChoice,
    IReadOnlyList<AlphaScore> AlphaScores,
    IReadOnlyList<YearOutlook> History,
    IReadOnlyList<YearOutlook> Years,
    RatioEstimate EntryRatio,
    IReadOnlyList<ProgressionRatio> ProgressionRatios,
    BacktestError EntryError,
    BacktestError TotalError,
    IReadOnlyList<GradeBacktest> GradeErrors,
    IReadOnlyList<int> MissingFeederYears);
