namespace EduGov.Metrics.Forecasting;

/// <summary>The entry ratio and the progression ratios in force at one cut-off year.</summary>
internal sealed record RatioSet(RatioEstimate Entry, IReadOnlyList<RatioEstimate> Progression)
{
    /// <summary>The same ratios with every one not estimated from data (assumed or unavailable) removed, for the back-test.</summary>
    public RatioSet FromDataOnly() => new(DataOnly(Entry), [.. Progression.Select(DataOnly)]);

    private static RatioEstimate DataOnly(RatioEstimate estimate) =>
        estimate.Source is RatioSource.Assumed or RatioSource.Unavailable ? estimate with { Value = null } : estimate;
}

/// <summary>Estimates a unit's ratios from the observations up to a cut-off year, smoothed with α and shrunk towards a reference.</summary>
internal sealed class RatioModel(UnitHistory own, UnitHistory? reference, double alpha, double shrinkageK)
{
    /// <summary>The progression ratio of a grade never observed, without a reference: every pupil moves up.</summary>
    private const double AssumedProgression = 1.0;

    public UnitHistory Own => own;

    /// <summary>The ratios from the observations of school years up to and including <paramref name="cutoff"/>.</summary>
    public RatioSet Estimate(int cutoff)
    {
        var entryReference = own.Unit.EntryRatioComparable ? reference?.EntryObservations : null;
        var entry = Combine(own.EntryObservations, entryReference, cutoff, fallback: null);
        var progression = own.ProgressionObservations
            .Select((observations, i) => Combine(observations, reference?.ProgressionObservations[i], cutoff, AssumedProgression))
            .ToList();
        return new RatioSet(entry, progression);
    }

    private RatioEstimate Combine(IReadOnlyList<Observation> observations, IReadOnlyList<Observation>? referenceObservations, int cutoff, double? fallback)
    {
        var ownSeries = observations.Where(o => o.Year <= cutoff).Select(o => o.Ratio).ToList();
        var smoothed = ExponentialSmoothing.Level(ownSeries, alpha);
        var prior = referenceObservations is null ? null : ExponentialSmoothing.Level(referenceObservations.Where(o => o.Year <= cutoff).Select(o => o.Ratio), alpha);
        var n = ownSeries.Count;
        return (smoothed, prior) switch
        {
            ({ } s, { } p) => Shrink(s, p, n),
            (null, { } p) => new RatioEstimate(p, null, p, 0, 0, RatioSource.Reference),
            ({ } s, null) => new RatioEstimate(s, s, null, n, 1, RatioSource.Observed),
            _ when fallback is { } assumed => new RatioEstimate(assumed, null, null, 0, 0, RatioSource.Assumed),
            _ => new RatioEstimate(null, null, null, 0, 0, RatioSource.Unavailable),
        };
    }

    private RatioEstimate Shrink(double smoothed, double prior, int n)
    {
        var weight = n / (n + shrinkageK);
        return new RatioEstimate(weight * smoothed + (1 - weight) * prior, smoothed, prior, n, weight, RatioSource.Shrunk);
    }
}
