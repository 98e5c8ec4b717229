namespace EduGov.Platform.Demo;

/// <summary>A fixed set of choices with relative weights, sampled by binary search over the cumulative weights.</summary>
public sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> choices)
    {
        var list = choices.ToArray();
        if (list.Length == 0 || list.Any(c => c.Weight < 0) || list.Sum(c => c.Weight) <= 0)
        {
            throw new ArgumentException("At least one choice with a positive weight, and no negative weights, are required.", nameof(choices));
        }

        _items = [.. list.Select(c => c.Item)];
        _cumulative = new double[list.Length];
        var total = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    /// <summary>The choice at <paramref name="unit"/> ∈ [0, 1) of the cumulative weight.</summary>
    public T Sample(double unit)
    {
        var index = Array.BinarySearch(_cumulative, unit * _cumulative[^1]);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
