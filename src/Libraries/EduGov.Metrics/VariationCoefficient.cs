namespace EduGov.Metrics;

/// <summary>
/// 差异系数 (coefficient of variation) of one indicator across schools, weighted by each school's enrolment, as in
/// 《县域义务教育校际均衡指标计算方法》 (the 2012 基本均衡 method, reused by 教督〔2017〕6号; rules file part B2.2):
/// <code>
/// P = Σ Pᵢ
/// X̄ = Σ (Pᵢ · Xᵢ) / P                  (= the county's total resource ÷ its total pupils when Xᵢ is a per-pupil ratio)
/// S = sqrt( Σ (Pᵢ / P) · (Xᵢ − X̄)² )
/// CV = S / X̄
/// </code>
/// Equal weights give the unweighted population CV (σ/μ), which is not the official figure.
/// </summary>
public static class VariationCoefficient
{
    /// <summary>
    /// The weighted coefficient of variation of <paramref name="values"/> with <paramref name="weights"/> (enrolment).
    /// </summary>
    /// <remarks>
    /// Values and weights must be finite and not negative (a CV is only meaningful for ratio-scale data), and the weights
    /// must not all be zero. An observation with weight 0 (a school without pupils) contributes nothing: it is excluded.
    /// One observation, or observations that are all equal (all zero included: every school equally without the resource),
    /// give exactly 0. Scaling every value, or every weight, by the same positive factor leaves the result unchanged,
    /// and so does the order of the observations.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length, are empty, hold a negative or non-finite number,
    /// or the weights sum to 0.</exception>
    public static double Weighted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        if (values.Length != weights.Length)
        {
            throw new ArgumentException($"差异系数：指标值有 {values.Length} 个，权重有 {weights.Length} 个，个数必须相同", nameof(weights));
        }

        if (values.IsEmpty)
        {
            throw new ArgumentException("差异系数：至少需要一所学校的指标值", nameof(values));
        }

        var totalWeight = 0.0;
        var lowest = double.PositiveInfinity;
        var highest = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                throw new ArgumentException($"差异系数：第 {i + 1} 个指标值 {values[i]} 无效，必须是不小于 0 的有限数", nameof(values));
            }

            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException($"差异系数：第 {i + 1} 个权重 {weights[i]} 无效，必须是不小于 0 的有限数", nameof(weights));
            }

            if (weights[i] > 0)
            {
                totalWeight += weights[i];
                lowest = Math.Min(lowest, values[i]);
                highest = Math.Max(highest, values[i]);
            }
        }

        if (totalWeight <= 0)
        {
            throw new ArgumentException("差异系数：权重（在校生数）之和为 0，差异系数无定义", nameof(weights));
        }

        if (lowest == highest)
        {
            return 0.0;
        }

        var weightedSum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            weightedSum += weights[i] * values[i];
        }

        var mean = weightedSum / totalWeight;
        var variance = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var deviation = values[i] - mean;
            variance += weights[i] / totalWeight * deviation * deviation;
        }

        return Math.Sqrt(variance) / mean;
    }
}
