namespace EduGov.Metrics.Forecasting;

/// <summary>A validated unit: pupils by observed school year and grade, and the observed ratios with the year each was observed.</summary>
internal sealed class UnitHistory
{
    private readonly SortedDictionary<int, int[]> _pupils;

    private UnitHistory(ForecastUnit unit, SortedDictionary<int, int[]> pupils)
    {
        Unit = unit;
        _pupils = pupils;
        Years = [.. pupils.Keys];
        EntryObservations = [.. Years.Select(ObserveEntry).OfType<Observation>()];
        ProgressionObservations = [.. Enumerable.Range(0, GradeCount - 1).Select(i => (IReadOnlyList<Observation>)[.. Years.Select(t => ObserveProgression(t, i)).OfType<Observation>()])];
    }

    public ForecastUnit Unit { get; }

    public int GradeCount => Unit.LastGrade - Unit.EntryGrade + 1;

    /// <summary>The observed school years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>R(t) = E_entry(t) / F(t − lag), where both exist and F &gt; 0.</summary>
    public IReadOnlyList<Observation> EntryObservations { get; }

    /// <summary>Per grade index i: GPR(t) = E_{i+1}(t) / E_i(t − 1), where both years are observed and E_i(t − 1) &gt; 0.</summary>
    public IReadOnlyList<IReadOnlyList<Observation>> ProgressionObservations { get; }

    /// <summary>The pupils of every grade in an observed year, or null when the year is missing.</summary>
    public int[]? At(int year) => _pupils.TryGetValue(year, out var grades) ? grades : null;

    /// <exception cref="ArgumentException">The unit's grades, feeder, cap, seats or enrolment rows are invalid.</exception>
    public static UnitHistory Create(ForecastUnit unit, string parameter)
    {
        ArgumentNullException.ThrowIfNull(unit, parameter);
        ArgumentNullException.ThrowIfNull(unit.Feeder, parameter);
        ArgumentNullException.ThrowIfNull(unit.Enrolment, parameter);
        EnsureShape(unit, parameter);
        var size = unit.LastGrade - unit.EntryGrade + 1;
        var pupils = new SortedDictionary<int, int[]>();
        var seen = new HashSet<(int, int)>();
        foreach (var row in unit.Enrolment)
        {
            if (row.Grade < unit.EntryGrade || row.Grade > unit.LastGrade)
            {
                throw new ArgumentException($"在校生：{row.Year} 学年的年级 {row.Grade} 不在本单位的年级 {unit.EntryGrade}–{unit.LastGrade} 内", parameter);
            }

            if (row.Pupils < 0)
            {
                throw new ArgumentException($"在校生：{row.Year} 学年 {row.Grade} 年级的人数 {row.Pupils} 不能为负数", parameter);
            }

            if (!seen.Add((row.Year, row.Grade)))
            {
                throw new ArgumentException($"在校生：{row.Year} 学年 {row.Grade} 年级出现了两次", parameter);
            }

            if (!pupils.TryGetValue(row.Year, out var grades))
            {
                grades = new int[size];
                pupils[row.Year] = grades;
            }

            grades[row.Grade - unit.EntryGrade] = row.Pupils;
        }

        return new UnitHistory(unit, pupils);
    }

    private static void EnsureShape(ForecastUnit unit, string parameter)
    {
        if (unit.EntryGrade < 1 || unit.LastGrade > 9 || unit.EntryGrade > unit.LastGrade)
        {
            throw new ArgumentException($"年级范围 {unit.EntryGrade}–{unit.LastGrade} 无效，须在 1–9 之间且起始年级不大于最高年级", parameter);
        }

        if (unit.Feeder.Kind == EntryFeederKind.Births && unit.EntryGrade != 1)
        {
            throw new ArgumentException($"出生人口只能推算一年级入学，本单位的入学年级是 {unit.EntryGrade} 年级", parameter);
        }

        if (unit.Feeder.Kind == EntryFeederKind.PreviousGrade && unit.EntryGrade == 1)
        {
            throw new ArgumentException("一年级入学须由出生人口推算，不能由上一年级推算", parameter);
        }

        if (unit.ClassCap < 1)
        {
            throw new ArgumentException($"班额 {unit.ClassCap} 无效，必须至少为 1", parameter);
        }

        if (unit.EntrySeats < 0)
        {
            throw new ArgumentException($"入学学位数 {unit.EntrySeats} 不能为负数", parameter);
        }
    }

    private Observation? ObserveEntry(int year) =>
        Unit.Feeder.For(year) is double feeder && feeder > 0 ? new Observation(year, _pupils[year][0] / feeder) : null;

    private Observation? ObserveProgression(int year, int grade) =>
        At(year - 1) is { } before && before[grade] > 0 ? new Observation(year, (double)_pupils[year][grade + 1] / before[grade]) : null;
}

/// <summary>A ratio observed in school year <paramref name="Year"/>.</summary>
internal readonly record struct Observation(int Year, double Ratio);
