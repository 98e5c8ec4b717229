using System.Diagnostics;

namespace EduGov.Bench;

/// <summary>Timing and memory helpers shared by the benchmarks.</summary>
internal static class Measure
{
    public static double PeakMemoryMiB()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static double Percentile(IReadOnlyList<double> sortedMilliseconds, double percentile)
    {
        if (sortedMilliseconds.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sortedMilliseconds.Count) - 1;
        return sortedMilliseconds[Math.Clamp(rank, 0, sortedMilliseconds.Count - 1)];
    }

    public static void Report(string name, params (string Label, string Value)[] figures)
    {
        Console.WriteLine($"== {name}");
        foreach (var (label, value) in figures)
        {
            Console.WriteLine($"{label,-28} {value}");
        }
    }
}
