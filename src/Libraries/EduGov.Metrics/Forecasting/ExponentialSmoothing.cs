namespace EduGov.Metrics.Forecasting;

/// <summary>
/// Single exponential smoothing, as NCES projects grade progression ratios (Projections of Education Statistics,
/// Appendix A; rules file §5.1): S₁ = x₁, Sᵢ = α·xᵢ + (1 − α)·Sᵢ₋₁; the level S_n is the projection for every later year.
/// </summary>
public static class ExponentialSmoothing
{
    /// <summary>The smoothed level of <paramref name="series"/> (oldest first), or null when it is empty.</summary>
    /// <exception cref="ArgumentException">α is not in (0, 1], or a value is not finite.</exception>
    public static double? Level(IEnumerable<double> series, double alpha)
    {
        ArgumentNullException.ThrowIfNull(series);
        EnsureAlpha(alpha, nameof(alpha));
        double? level = null;
        foreach (var value in series)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"指数平滑：数值 {value} 不是有限数", nameof(series));
            }

            level = level is { } previous ? alpha * value + (1 - alpha) * previous : value;
        }

        return level;
    }

    /// <exception cref="ArgumentException">α is not in (0, 1].</exception>
    internal static void EnsureAlpha(double alpha, string parameter)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentException($"平滑系数 α = {alpha} 无效，必须大于 0 且不大于 1", parameter);
        }
    }
}
