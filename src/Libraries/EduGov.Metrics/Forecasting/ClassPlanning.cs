namespace EduGov.Metrics.Forecasting;

/// <summary>Classes from pupils and the class cap (班额), and the entry-grade seat shortfall.</summary>
public static class ClassPlanning
{
    /// <summary>⌈pupils / cap⌉: the classes <paramref name="pupils"/> need at <paramref name="classCap"/> per class (0 for no pupils).</summary>
    /// <exception cref="ArgumentException">Negative pupils, or a cap below 1.</exception>
    public static int ClassesNeeded(int pupils, int classCap)
    {
        EnsureCap(classCap);
        if (pupils < 0)
        {
            throw new ArgumentException($"人数 {pupils} 不能为负数", nameof(pupils));
        }

        return (int)(((long)pupils + classCap - 1) / classCap);
    }

    /// <summary>The seats <paramref name="classes"/> full classes hold: classes × cap.</summary>
    public static int SeatsOf(int classes, int classCap)
    {
        EnsureCap(classCap);
        return (int)Math.Min((long)classes * classCap, int.MaxValue);
    }

    /// <summary>max(0, classes × cap − seats): the seats missing when the needed classes are opened at full size.</summary>
    public static int Shortfall(int classesNeeded, int classCap, int seats) => Math.Max(0, SeatsOf(classesNeeded, classCap) - seats);

    internal static void EnsureCap(int classCap)
    {
        if (classCap < 1)
        {
            throw new ArgumentException($"班额 {classCap} 无效，必须至少为 1", nameof(classCap));
        }
    }
}
