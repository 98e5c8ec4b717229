namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>One indicator of one school against its minimum.</summary>
/// <param name="Indicator">Which indicator.</param>
/// <param name="Value">The school's value (exact, not rounded).</param>
/// <param name="Threshold">The stage's minimum from the policy.</param>
/// <param name="Met">Whether <paramref name="Value"/> ≥ <paramref name="Threshold"/>.</param>
public sealed record IndicatorOutcome(BalancedIndicator Indicator, decimal Value, decimal Threshold, bool Met);

/// <summary>One school (one stage of it) against the standard.</summary>
/// <param name="School">The input record.</param>
/// <param name="Indicators">The seven outcomes, in <see cref="BalancedIndicators.All"/> order.</param>
/// <param name="IndicatorsMet">How many of them are met (0–7).</param>
/// <param name="MeetsStandard">Whether the school meets the standard under the policy's <see cref="SchoolStandardRule"/>.</param>
public sealed record SchoolEvaluation(SchoolResources School, IReadOnlyList<IndicatorOutcome> Indicators, int IndicatorsMet, bool MeetsStandard);

/// <summary>One indicator's difference coefficient across one stage's schools in the district.</summary>
/// <param name="Stage">Primary or junior.</param>
/// <param name="Indicator">Which indicator.</param>
/// <param name="VariationCoefficient">The enrolment-weighted difference coefficient (exact, not rounded).</param>
/// <param name="Maximum">The stage's maximum from the policy.</param>
/// <param name="WithinMaximum">Whether <paramref name="VariationCoefficient"/> ≤ <paramref name="Maximum"/>.</param>
/// <param name="Schools">How many schools (with pupils) the coefficient is computed over.</param>
public sealed record DistrictIndicatorOutcome(SchoolStage Stage, BalancedIndicator Indicator, double VariationCoefficient, decimal Maximum, bool WithinMaximum, int Schools);

/// <summary>The evaluation of a district.</summary>
/// <param name="Policy">The policy the evaluation used.</param>
/// <param name="Schools">Every school with pupils, in input order.</param>
/// <param name="District">For each stage that has a school with pupils (primary first), the seven coefficients in
/// <see cref="BalancedIndicators.All"/> order.</param>
/// <param name="NotEvaluated">Schools with no pupils in the stage, in input order: their indicators are undefined, so
/// they are neither judged nor counted in the coefficients.</param>
public sealed record BalancedDevelopmentResult(
    BalancedDevelopmentPolicy Policy,
    IReadOnlyList<SchoolEvaluation> Schools,
    IReadOnlyList<DistrictIndicatorOutcome> District,
    IReadOnlyList<SchoolResources> NotEvaluated)
{
    /// <summary>
    /// Whether every indicator's coefficient of the stage is within its maximum, or <see langword="null"/> when the
    /// stage has no school with pupils.
    /// </summary>
    public bool? IsBalanced(SchoolStage stage)
    {
        var outcomes = District.Where(d => d.Stage == stage).ToList();
        return outcomes.Count == 0 ? null : outcomes.All(d => d.WithinMaximum);
    }
}

/// <summary>
/// The resource-allocation part of 县域义务教育优质均衡发展督导评估 (教督〔2017〕6号; rules file, part B2): the seven
/// indicators and the standard per school, and the enrolment-weighted difference coefficient of each indicator per stage
/// for the district. Every number comes from the <see cref="BalancedDevelopmentPolicy"/> passed in.
/// </summary>
public static class BalancedDevelopmentEvaluator
{
    /// <summary>The seven indicators of one school against its stage's minimums, and the per-school rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The school has no pupils (indicators undefined) or a negative count.</exception>
    /// <exception cref="ArgumentException">The policy has <see cref="BalancedDevelopmentPolicy.Problems"/>.</exception>
    public static SchoolEvaluation EvaluateSchool(SchoolResources school, BalancedDevelopmentPolicy policy)
    {
        EnsureValid(policy);
        return Judge(school, policy);
    }

    /// <summary>
    /// Evaluates every school and, per stage, the difference coefficient of each indicator with enrolment as weight.
    /// </summary>
    /// <remarks>
    /// A school with 0 pupils is skipped explicitly: it is listed in <see cref="BalancedDevelopmentResult.NotEvaluated"/>,
    /// has no indicator outcomes and carries no weight in the coefficients. A stage with a single school has coefficients
    /// of 0. A stage with no school with pupils has no coefficients.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A school has negative pupils or a negative count.</exception>
    /// <exception cref="ArgumentException">The same school and stage appear twice, or the policy has
    /// <see cref="BalancedDevelopmentPolicy.Problems"/>.</exception>
    public static BalancedDevelopmentResult Evaluate(IEnumerable<SchoolResources> schools, BalancedDevelopmentPolicy policy)
    {
        EnsureValid(policy);
        var seen = new HashSet<(string, SchoolStage)>();
        var evaluations = new List<SchoolEvaluation>();
        var notEvaluated = new List<SchoolResources>();
        foreach (var school in schools)
        {
            if (!seen.Add((school.SchoolId, school.Stage)))
            {
                throw new ArgumentException($"学校 {school.SchoolId} 的{school.Stage.ChineseName()}学段出现了不止一次", nameof(schools));
            }

            if (school.Enrolment == 0)
            {
                notEvaluated.Add(school);
                continue;
            }

            evaluations.Add(Judge(school, policy));
        }

        var district = new List<DistrictIndicatorOutcome>();
        foreach (var stage in SchoolStages.All)
        {
            var members = evaluations.Where(e => e.School.Stage == stage).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var weights = members.Select(e => (double)e.School.Enrolment).ToArray();
            var maximum = policy.For(stage).MaximumVariationCoefficient;
            for (var position = 0; position < BalancedIndicators.All.Count; position++)
            {
                var indicator = BalancedIndicators.All[position];
                var values = members.Select(e => (double)e.Indicators[position].Value).ToArray();
                var coefficient = VariationCoefficient.Weighted(values, weights);
                district.Add(new DistrictIndicatorOutcome(stage, indicator, coefficient, maximum, coefficient <= (double)maximum, members.Count));
            }
        }

        return new BalancedDevelopmentResult(policy, evaluations, district, notEvaluated);
    }

    private static SchoolEvaluation Judge(SchoolResources school, BalancedDevelopmentPolicy policy)
    {
        var values = IndicatorValues.Compute(school);
        var minimums = policy.For(school.Stage).Minimums;
        var outcomes = BalancedIndicators.All
            .Select(indicator => new IndicatorOutcome(indicator, values[indicator], minimums[indicator], values[indicator] >= minimums[indicator]))
            .ToList();
        return new SchoolEvaluation(school, outcomes, SchoolStandardRule.CountMet(outcomes), policy.SchoolRule.IsMetBy(outcomes));
    }

    private static void EnsureValid(BalancedDevelopmentPolicy policy)
    {
        var problems = policy.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("优质均衡政策参数有误：" + string.Join("；", problems), nameof(policy));
        }
    }
}
