namespace EduGov.Metrics.Forecasting;

/// <summary>
/// Births of one school-age cohort: <paramref name="CohortYear"/> Y holds the children born 1 September Y−1 to
/// 31 August Y, who enter primary grade 1 in September of Y + 6 (the 1 September cut-off; rules file §5.1).
/// </summary>
/// <param name="CohortYear">The calendar year in which the cohort's birth year ends.</param>
/// <param name="Births">Children born in the cohort (in the district, or in one school's catchment).</param>
public sealed record CohortBirths(int CohortYear, int Births);

/// <summary>Pupils of one grade in one school year.</summary>
/// <param name="Year">The school year, named by the calendar year of its September.</param>
/// <param name="Grade">1–6 primary, 7–9 junior.</param>
/// <param name="Pupils">Enrolled pupils.</param>
public sealed record GradePupils(int Year, int Grade, int Pupils);

/// <summary>Pupils of the grade below a unit's entry grade in one school year (observed or forecast).</summary>
/// <param name="Year">The school year, named by the calendar year of its September.</param>
/// <param name="Pupils">Pupils (a forecast may carry a fraction).</param>
public sealed record YearPupils(int Year, double Pupils);

/// <summary>What drives a unit's entry grade.</summary>
public enum EntryFeederKind
{
    /// <summary>Births: grade 1 in school year t comes from cohort t − 6.</summary>
    Births = 1,

    /// <summary>The grade below: grade g in school year t comes from grade g − 1 in school year t − 1 (junior entry from grade 6).</summary>
    PreviousGrade = 2,
}

/// <summary>
/// The series the entry grade is forecast from: births by cohort (for grade 1) or the previous grade's pupils by school
/// year (for a later entry grade, e.g. junior grade 7 from primary grade 6). The entry ratio of school year t is
/// E_entry(t) / F(t − <see cref="Lag"/>).
/// </summary>
public sealed class EntryFeeder
{
    private readonly Dictionary<int, double> _values;

    private EntryFeeder(EntryFeederKind kind, Dictionary<int, double> values)
    {
        Kind = kind;
        _values = values;
    }

    public EntryFeederKind Kind { get; }

    /// <summary>How many years the feeder value precedes the entry it feeds: 6 for births, 1 for the previous grade.</summary>
    public int Lag => Kind == EntryFeederKind.Births ? 6 : 1;

    /// <summary>Births by cohort year drive grade 1.</summary>
    /// <exception cref="ArgumentException">A cohort appears twice or has negative births.</exception>
    public static EntryFeeder FromBirths(IEnumerable<CohortBirths> births)
    {
        ArgumentNullException.ThrowIfNull(births);
        var values = new Dictionary<int, double>();
        foreach (var cohort in births)
        {
            if (cohort.Births < 0)
            {
                throw new ArgumentException($"出生人口：{cohort.CohortYear} 出生学年的出生人数 {cohort.Births} 不能为负数", nameof(births));
            }

            if (!values.TryAdd(cohort.CohortYear, cohort.Births))
            {
                throw new ArgumentException($"出生人口：{cohort.CohortYear} 出生学年出现了两次", nameof(births));
            }
        }

        return new EntryFeeder(EntryFeederKind.Births, values);
    }

    /// <summary>The previous grade's pupils by school year (observed, then forecast) drive a later entry grade.</summary>
    /// <exception cref="ArgumentException">A year appears twice or has a negative or non-finite count.</exception>
    public static EntryFeeder FromPreviousGrade(IEnumerable<YearPupils> pupils)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        var values = new Dictionary<int, double>();
        foreach (var year in pupils)
        {
            if (!double.IsFinite(year.Pupils) || year.Pupils < 0)
            {
                throw new ArgumentException($"上一年级人数：{year.Year} 学年的人数 {year.Pupils} 无效，必须是不小于 0 的有限数", nameof(pupils));
            }

            if (!values.TryAdd(year.Year, year.Pupils))
            {
                throw new ArgumentException($"上一年级人数：{year.Year} 学年出现了两次", nameof(pupils));
            }
        }

        return new EntryFeeder(EntryFeederKind.PreviousGrade, values);
    }

    /// <summary>The feeder value that school year <paramref name="entryYear"/>'s entry grade comes from, or null when it is missing.</summary>
    public double? For(int entryYear) => _values.TryGetValue(entryYear - Lag, out var value) ? value : null;
}

/// <summary>
/// One forecast unit (a school, or the whole district) for one stage: its contiguous grades, the entry feeder, its
/// enrolment history, and its entry-grade capacity.
/// </summary>
/// <param name="EntryGrade">The first grade (1 for primary, 7 for junior).</param>
/// <param name="LastGrade">The last grade (6 for primary, 9 for junior).</param>
/// <param name="Feeder">Births for grade 1, the previous grade for a later entry grade.</param>
/// <param name="Enrolment">Pupils by school year and grade. A school year with at least one row counts as observed, and
/// its grades without a row count as 0 pupils; a year without any row is missing.</param>
/// <param name="ClassCap">班额: pupils per class, for the classes needed.</param>
/// <param name="EntrySeats">Entry-grade seats (the latest seat plan), or null when there is none.</param>
/// <param name="EntryRatioComparable">Whether the entry ratio may be shrunk towards the reference unit's: true when the
/// feeder is the unit's own (its catchment's births, its own grade 6); false when the unit borrows the district's feeder,
/// so that its entry ratio is a share of the district and not comparable with the district's own ratio.</param>
public sealed record ForecastUnit(
    int EntryGrade,
    int LastGrade,
    EntryFeeder Feeder,
    IReadOnlyList<GradePupils> Enrolment,
    int ClassCap,
    int? EntrySeats = null,
    bool EntryRatioComparable = true);

/// <summary>How the forecast is made.</summary>
public sealed record ForecastOptions
{
    /// <summary>The grid searched when <see cref="Alpha"/> is not given: 0.2, 0.3 … 0.8.</summary>
    public static readonly IReadOnlyList<double> StandardAlphaGrid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    /// <summary>
    /// The smoothing constant α of single exponential smoothing of the ratios (0 &lt; α ≤ 1; larger follows recent years
    /// more closely), or null to choose it from <see cref="AlphaGrid"/> by the back-test.
    /// </summary>
    public double? Alpha { get; init; }

    /// <summary>The candidates for α when <see cref="Alpha"/> is null; the one with the lowest back-test MAPE of the total wins (the first on a tie).</summary>
    public IReadOnlyList<double> AlphaGrid { get; init; } = StandardAlphaGrid;

    /// <summary>The α used when <see cref="Alpha"/> is null and no candidate can be scored (fewer than two back-test years).</summary>
    public double FallbackAlpha { get; init; } = 0.5;

    /// <summary>School years forecast after the last observed one (5 by default).</summary>
    public int Horizon { get; init; } = 5;

    /// <summary>
    /// k of the shrinkage weight n / (n + k) that a unit's own smoothed ratio gets against the reference (district) ratio,
    /// n being the number of years the unit's ratio was observed. 3 by default: a school with three observed years counts
    /// half its own ratio and half the district's, one with twelve 80 % its own; a school never observed takes the
    /// district's ratio. 0 disables shrinkage for any unit with at least one observation.
    /// </summary>
    public double ShrinkageK { get; init; } = 3;
}
