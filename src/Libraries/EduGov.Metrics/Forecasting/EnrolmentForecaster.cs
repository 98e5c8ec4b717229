namespace EduGov.Metrics.Forecasting;

/// <summary>
/// 学龄人口预测 of one unit (a catchment school or the district) for one stage, by the ratio methods of rules file §5:
/// <list type="bullet">
/// <item>Entry grade: E_entry(t) = R̂ × F(t − lag), R(τ) = E_entry(τ) / F(τ − lag). For grade 1 the feeder F is births by
/// cohort and the lag 6 (cohort Y, born 1 Sep Y−1 – 31 Aug Y, enters in September Y + 6); for a later entry grade (junior
/// grade 7) F is the previous grade's pupils and the lag 1.</item>
/// <item>Grades above: E_{g+1}(t) = GPR̂_g × E_g(t − 1), GPR_g(τ) = E_{g+1}(τ) / E_g(τ − 1) (grade progression ratio).</item>
/// <item>R̂ and GPR̂ are single exponential smoothings (<see cref="ExponentialSmoothing"/>) of the observed ratios, oldest
/// first; years where a ratio is undefined (a missing year, a missing feeder value, a zero denominator) are skipped, never
/// read as 0 or ∞. With a reference unit (the district) each ratio is shrunk towards the reference's:
/// value = w · own + (1 − w) · reference, w = n / (n + k), n the years the unit observed the ratio
/// (<see cref="ForecastOptions.ShrinkageK"/>).</item>
/// <item>The forecast runs from the last observed school year for <see cref="ForecastOptions.Horizon"/> years; forecasts
/// feed the next year unrounded, and are rounded to whole pupils (half away from zero) only for output.</item>
/// <item>Back-test: every observed year t whose previous year is observed is forecast one year ahead from the data up to
/// t − 1 (ratios estimated only from years ≤ t − 1, the reference's too); a quantity counts when every ratio it needs is
/// estimated from data (own or reference) and its actual is above 0. The MAPE needs at least two such years.</item>
/// </list>
/// Deterministic: the same input gives the same output, whatever the order of the rows.
/// </summary>
public static class EnrolmentForecaster
{
    /// <summary>Forecasts <paramref name="unit"/>, shrinking its ratios towards <paramref name="reference"/> when given.</summary>
    /// <param name="unit">The unit: a school, or the district.</param>
    /// <param name="options">α (or its grid), horizon and shrinkage.</param>
    /// <param name="reference">The district for a school (same grades and feeder kind), or null.</param>
    /// <exception cref="ArgumentException">Invalid options or unit (see <see cref="ForecastUnit"/>), a reference with other grades
    /// or another feeder kind, or a unit without any enrolment row (no year to start from).</exception>
    public static EnrolmentForecast Forecast(ForecastUnit unit, ForecastOptions options, ForecastUnit? reference = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureValid(options);
        var own = UnitHistory.Create(unit, nameof(unit));
        var other = reference is null ? null : UnitHistory.Create(reference, nameof(reference));
        EnsureMatches(unit, reference);
        if (own.Years.Count == 0)
        {
            throw new ArgumentException("没有任何在校生记录，无法确定预测起点", nameof(unit));
        }

        var (alpha, choice, scores) = ChooseAlpha(own, other, options);
        var model = new RatioModel(own, other, alpha, options.ShrinkageK);
        var backtest = Backtest(model);
        var baseYear = own.Years[^1];
        var ratios = model.Estimate(baseYear);
        var (years, missing) = Project(own, ratios, baseYear, options.Horizon);
        return new EnrolmentForecast(
            baseYear, unit.ClassCap, alpha, choice, scores,
            [.. own.Years.Select(t => Outlook(own.Unit, t, false, [.. own.At(t)!.Select(p => (double?)p)]))],
            years,
            ratios.Entry,
            [.. ratios.Progression.Select((r, i) => new ProgressionRatio(unit.EntryGrade + i, r))],
            backtest.Grades[0],
            backtest.Total,
            [.. backtest.Grades.Select((e, i) => new GradeBacktest(unit.EntryGrade + i, e))],
            missing);
    }

    private static void EnsureValid(ForecastOptions options)
    {
        if (options.Alpha is { } alpha)
        {
            ExponentialSmoothing.EnsureAlpha(alpha, nameof(options));
        }
        else
        {
            ArgumentNullException.ThrowIfNull(options.AlphaGrid, nameof(options));
            if (options.AlphaGrid.Count == 0)
            {
                throw new ArgumentException("未指定平滑系数 α 时，候选 α 列表不能为空", nameof(options));
            }

            foreach (var candidate in options.AlphaGrid)
            {
                ExponentialSmoothing.EnsureAlpha(candidate, nameof(options));
            }

            ExponentialSmoothing.EnsureAlpha(options.FallbackAlpha, nameof(options));
        }

        if (options.Horizon is < 1 or > 20)
        {
            throw new ArgumentException($"预测年数 {options.Horizon} 无效，须在 1 到 20 之间", nameof(options));
        }

        if (!double.IsFinite(options.ShrinkageK) || options.ShrinkageK < 0)
        {
            throw new ArgumentException($"收缩参数 k = {options.ShrinkageK} 无效，必须是不小于 0 的有限数", nameof(options));
        }
    }

    private static void EnsureMatches(ForecastUnit unit, ForecastUnit? reference)
    {
        if (reference is null)
        {
            return;
        }

        if (reference.EntryGrade != unit.EntryGrade || reference.LastGrade != unit.LastGrade)
        {
            throw new ArgumentException($"参照单位的年级 {reference.EntryGrade}–{reference.LastGrade} 与本单位的 {unit.EntryGrade}–{unit.LastGrade} 不同", nameof(reference));
        }

        if (reference.Feeder.Kind != unit.Feeder.Kind)
        {
            throw new ArgumentException("参照单位的入学推算来源与本单位不同（出生人口 / 上一年级）", nameof(reference));
        }
    }

    private static (double Alpha, AlphaChoice Choice, IReadOnlyList<AlphaScore> Scores) ChooseAlpha(UnitHistory own, UnitHistory? reference, ForecastOptions options)
    {
        if (options.Alpha is { } given)
        {
            return (given, AlphaChoice.Given, []);
        }

        var scores = options.AlphaGrid.Select(a => new AlphaScore(a, Backtest(new RatioModel(own, reference, a, options.ShrinkageK)).Total.Mape)).ToList();
        AlphaScore? best = null;
        foreach (var score in scores.Where(s => s.Mape is not null))
        {
            if (best is null || score.Mape < best.Mape)
            {
                best = score;
            }
        }

        return best is null ? (options.FallbackAlpha, AlphaChoice.Fallback, scores) : (best.Alpha, AlphaChoice.Backtest, scores);
    }

    private sealed record BacktestErrors(IReadOnlyList<BacktestError> Grades, BacktestError Total);

    private static BacktestErrors Backtest(RatioModel model)
    {
        var history = model.Own;
        var grades = Enumerable.Range(0, history.GradeCount).Select(_ => new List<BacktestPoint>()).ToList();
        var total = new List<BacktestPoint>();
        foreach (var year in history.Years)
        {
            if (history.At(year - 1) is not { } before)
            {
                continue;
            }

            var ratios = model.Estimate(year - 1).FromDataOnly();
            var forecast = Step(history.Unit, [.. before.Select(p => (double?)p)], year, ratios);
            var actual = history.At(year)!;
            for (var i = 0; i < forecast.Length; i++)
            {
                if (forecast[i] is { } value && actual[i] > 0)
                {
                    grades[i].Add(new BacktestPoint(year, value, actual[i]));
                }
            }

            if (forecast.All(f => f is not null) && actual.Sum() > 0)
            {
                total.Add(new BacktestPoint(year, forecast.Sum(f => f!.Value), actual.Sum()));
            }
        }

        return new BacktestErrors([.. grades.Select(g => new BacktestError(g))], new BacktestError(total));
    }

    /// <summary>One year ahead: the entry grade from the feeder, every grade above from the grade below a year earlier.</summary>
    private static double?[] Step(ForecastUnit unit, double?[] before, int year, RatioSet ratios)
    {
        var next = new double?[before.Length];
        next[0] = ratios.Entry.Value * unit.Feeder.For(year);
        for (var i = 0; i + 1 < before.Length; i++)
        {
            next[i + 1] = ratios.Progression[i].Value * before[i];
        }

        return next;
    }

    private static (IReadOnlyList<YearOutlook> Years, IReadOnlyList<int> MissingFeeder) Project(UnitHistory own, RatioSet ratios, int baseYear, int horizon)
    {
        var unit = own.Unit;
        var years = new List<YearOutlook>();
        var missing = new List<int>();
        double?[] current = [.. own.At(baseYear)!.Select(p => (double?)p)];
        for (var year = baseYear + 1; year <= baseYear + horizon; year++)
        {
            if (unit.Feeder.For(year) is null)
            {
                missing.Add(year - unit.Feeder.Lag);
            }

            current = Step(unit, current, year, ratios);
            years.Add(Outlook(unit, year, true, current));
        }

        return (years, missing);
    }

    private static YearOutlook Outlook(ForecastUnit unit, int year, bool forecast, double?[] values)
    {
        var grades = values.Select((v, i) => Grade(unit.EntryGrade + i, v, unit.ClassCap)).ToList();
        var entry = grades[0];
        int? total = grades.All(g => g.Pupils is not null) ? grades.Sum(g => g.Pupils!.Value) : null;
        int? totalClasses = grades.All(g => g.Classes is not null) ? grades.Sum(g => g.Classes!.Value) : null;
        int? seatsNeeded = entry.Classes is { } classes ? ClassPlanning.SeatsOf(classes, unit.ClassCap) : null;
        int? seats = forecast ? unit.EntrySeats : null;
        int? shortfall = seats is { } planned && entry.Classes is { } needed ? ClassPlanning.Shortfall(needed, unit.ClassCap, planned) : null;
        return new YearOutlook(year, forecast, grades, entry.Pupils, total, entry.Classes, totalClasses, seatsNeeded, seats, shortfall);
    }

    private static GradeOutlook Grade(int grade, double? value, int cap)
    {
        int? pupils = value is { } v ? (int)Math.Min(Math.Round(v, MidpointRounding.AwayFromZero), int.MaxValue) : null;
        return new GradeOutlook(grade, pupils, pupils is { } p ? ClassPlanning.ClassesNeeded(p, cap) : null);
    }
}
