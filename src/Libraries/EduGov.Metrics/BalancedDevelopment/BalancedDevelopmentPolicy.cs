namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>The standard of one stage: the minimum of each indicator and the largest difference coefficient allowed.</summary>
/// <param name="Minimums">Each indicator's minimum (a school meets the indicator when its value is at least this).</param>
/// <param name="MaximumVariationCoefficient">The district passes an indicator when its enrolment-weighted difference
/// coefficient across the stage's schools is at most this.</param>
public sealed record StageStandard(IndicatorValues Minimums, decimal MaximumVariationCoefficient);

/// <summary>
/// The per-school rule: a school meets the standard when at least <paramref name="MinimumIndicatorsMet"/> indicators
/// reach their minimum and every indicator that does not still reaches <paramref name="ShortfallFloor"/> × its minimum.
/// With seven indicators, 6 and 0.85 this is the 2017 rule "at least six of seven, and the seventh at least 85 %".
/// </summary>
/// <param name="MinimumIndicatorsMet">How many indicators must reach their minimum (0–7).</param>
/// <param name="ShortfallFloor">The share of its minimum that an unmet indicator must still reach (0–1).</param>
public sealed record SchoolStandardRule(int MinimumIndicatorsMet, decimal ShortfallFloor)
{
    /// <summary>How many of <paramref name="outcomes"/> are met.</summary>
    public static int CountMet(IEnumerable<IndicatorOutcome> outcomes) => outcomes.Count(o => o.Met);

    /// <summary>Whether a school with these indicator outcomes meets the standard.</summary>
    public bool IsMetBy(IReadOnlyCollection<IndicatorOutcome> outcomes) =>
        CountMet(outcomes) >= MinimumIndicatorsMet && outcomes.All(o => o.Met || o.Value >= ShortfallFloor * o.Threshold);
}

/// <summary>
/// The thresholds of the balanced-development (优质均衡) evaluation as data: per-stage minimums, per-stage maximum
/// difference coefficients and the per-school rule, with the document they come from. Callers pass a policy in;
/// a province, city or district that sets stricter numbers replaces it (the rules file: "store every threshold as
/// configuration"). <see cref="National2017"/> holds the national numbers.
/// </summary>
/// <param name="Source">The document the numbers come from (文号).</param>
/// <param name="Level">国家, 省, 市 or 区.</param>
/// <param name="EffectiveFrom">First day the numbers apply.</param>
/// <param name="EffectiveTo">Last day they apply, or <see langword="null"/> while in force.</param>
/// <param name="Primary">The primary-school standard.</param>
/// <param name="Junior">The junior-school standard.</param>
/// <param name="SchoolRule">The per-school rule.</param>
public sealed record BalancedDevelopmentPolicy(
    string Source,
    string Level,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    StageStandard Primary,
    StageStandard Junior,
    SchoolStandardRule SchoolRule)
{
    /// <summary>
    /// The national standard: 《县域义务教育优质均衡发展督导评估办法》, 教育部 教督〔2017〕6号, published 2017-05-23
    /// (rules file, part B2.1; thresholds and the ≤ 0.50 / ≤ 0.45 difference coefficients confirmed in several copies,
    /// among them the Hebei implementing rules that reproduce the national text).
    /// <list type="table">
    /// <listheader><term>indicator</term><description>primary / junior</description></listheader>
    /// <item><term>每百名学生拥有高于规定学历教师数</term><description>4.2 / 5.3</description></item>
    /// <item><term>每百名学生拥有县级以上骨干教师数</term><description>1 / 1</description></item>
    /// <item><term>每百名学生拥有体育、艺术专任教师数</term><description>0.9 / 0.9</description></item>
    /// <item><term>生均教学及辅助用房面积 (m²)</term><description>4.5 / 5.8</description></item>
    /// <item><term>生均体育运动场馆面积 (m²)</term><description>7.5 / 10.2</description></item>
    /// <item><term>生均教学仪器设备值 (元)</term><description>2000 / 2500</description></item>
    /// <item><term>每百名学生拥有网络多媒体教室数</term><description>2.3 / 2.4</description></item>
    /// <item><term>difference coefficient of each indicator</term><description>≤ 0.50 / ≤ 0.45</description></item>
    /// </list>
    /// Per school: at least 6 of the 7 indicators met and the remaining one at least 85 % of its standard (the "6 项"
    /// part is confirmed; "余项不低于 85%" is marked ◐ in the rules file, B2.1, and listed as open item 1 to check
    /// against the original on moe.gov.cn).
    /// </summary>
    public static BalancedDevelopmentPolicy National2017 { get; } = new(
        Source: "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）",
        Level: "国家",
        EffectiveFrom: new DateOnly(2017, 5, 23),
        EffectiveTo: null,
        Primary: new StageStandard(new IndicatorValues(4.2m, 1m, 0.9m, 4.5m, 7.5m, 2000m, 2.3m), 0.50m),
        Junior: new StageStandard(new IndicatorValues(5.3m, 1m, 0.9m, 5.8m, 10.2m, 2500m, 2.4m), 0.45m),
        SchoolRule: new SchoolStandardRule(MinimumIndicatorsMet: 6, ShortfallFloor: 0.85m));

    /// <summary>The standard of one stage.</summary>
    public StageStandard For(SchoolStage stage) => stage switch
    {
        SchoolStage.Primary => Primary,
        SchoolStage.Junior => Junior,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "未知学段"),
    };

    /// <summary>A copy with one stage's standard replaced.</summary>
    public BalancedDevelopmentPolicy With(SchoolStage stage, StageStandard standard) => stage switch
    {
        SchoolStage.Primary => this with { Primary = standard },
        SchoolStage.Junior => this with { Junior = standard },
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "未知学段"),
    };

    /// <summary>
    /// What is wrong with this policy, in Chinese, or nothing: minimums and maximum coefficients not negative,
    /// 0 ≤ indicators to meet ≤ 7, 0 ≤ shortfall floor ≤ 1, a source named, dates in order.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Source))
        {
            problems.Add("政策未注明依据文件");
        }

        if (EffectiveTo is { } end && end < EffectiveFrom)
        {
            problems.Add($"政策失效日期 {end:yyyy-MM-dd} 早于生效日期 {EffectiveFrom:yyyy-MM-dd}");
        }

        foreach (var stage in SchoolStages.All)
        {
            var standard = For(stage);
            foreach (var indicator in BalancedIndicators.All)
            {
                if (standard.Minimums[indicator] < 0)
                {
                    problems.Add($"{stage.ChineseName()}“{indicator.ChineseName()}”的标准值 {standard.Minimums[indicator]} 不能为负数");
                }
            }

            if (standard.MaximumVariationCoefficient < 0)
            {
                problems.Add($"{stage.ChineseName()}差异系数上限 {standard.MaximumVariationCoefficient} 不能为负数");
            }
        }

        if (SchoolRule.MinimumIndicatorsMet < 0 || SchoolRule.MinimumIndicatorsMet > BalancedIndicators.All.Count)
        {
            problems.Add($"学校达标所需指标数 {SchoolRule.MinimumIndicatorsMet} 应在 0 到 {BalancedIndicators.All.Count} 之间");
        }

        if (SchoolRule.ShortfallFloor < 0 || SchoolRule.ShortfallFloor > 1)
        {
            problems.Add($"未达标指标的最低比例 {SchoolRule.ShortfallFloor} 应在 0 到 1 之间");
        }

        return problems;
    }
}
