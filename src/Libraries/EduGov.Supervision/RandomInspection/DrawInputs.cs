using System.Globalization;

namespace EduGov.Supervision.RandomInspection;

/// <summary>
/// An institution in the target pool (检查对象名录库): its public token (the 统一社会信用代码), its stratum (the credit
/// grade A–E), its area (学区/片区, may be empty) and whether it was inspected recently (then it may be left out).
/// </summary>
public sealed record DrawTarget(string Token, string Grade, string Area, bool RecentlyInspected);

/// <summary>
/// An enforcement officer in the pool (执法检查人员名录库): token = 执法证号, the areas they cover, and the targets they must
/// not inspect (回避: tokens of institutions with a conflict of interest).
/// </summary>
public sealed record DrawInspector(string Token, string Name, IReadOnlyList<string> Areas, IReadOnlyList<string> Conflicts);

/// <summary>
/// How the draw samples: a ratio in percent per grade, a minimum per grade (applied only to grades whose ratio is above 0 %:
/// a 0 % grade is deliberately not sampled), whether recently inspected targets are left out, the team size, and whether
/// officers covering the target's area are taken first.
/// </summary>
public sealed record DrawSettings(IReadOnlyDictionary<string, decimal> Ratios, int MinPerGrade, bool ExcludeRecent, int TeamSize, bool PreferArea)
{
    /// <summary>Parses <c>A=5,B=10,C=20,D=50,E=100</c> (percent, 0–100, at most two decimals).</summary>
    public static IReadOnlyDictionary<string, decimal> ParseRatios(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ratios = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0
                || !decimal.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ratio))
            {
                throw new RandomInspectionException($"抽查比例“{part}”的格式应为 等级=百分比，如 A=5。");
            }

            if (!ratios.TryAdd(pair[0], ratio))
            {
                throw new RandomInspectionException($"等级 {pair[0]} 的抽查比例重复给出。");
            }
        }

        if (ratios.Count == 0)
        {
            throw new RandomInspectionException("请给出各等级的抽查比例，如 A=5,B=10,C=20,D=50,E=100。");
        }

        return ratios;
    }

    /// <summary>The ratios written back as <c>A=5,B=10,…</c>, grades in code-point order.</summary>
    public static string FormatRatios(IReadOnlyDictionary<string, decimal> ratios) =>
        string.Join(",", ratios.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => $"{r.Key}={r.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));

    internal void Check()
    {
        foreach (var (grade, ratio) in Ratios)
        {
            if (ratio is < 0 or > 100 || decimal.Round(ratio, 2) != ratio)
            {
                throw new RandomInspectionException($"等级 {grade} 的抽查比例 {ratio.ToString(CultureInfo.InvariantCulture)}% 无效：应在 0–100 之间，最多两位小数。");
            }
        }

        if (MinPerGrade < 0)
        {
            throw new RandomInspectionException("每个等级的最少抽查数不能为负数。");
        }

        if (TeamSize < 1)
        {
            throw new RandomInspectionException("每个检查组至少要有 1 名执法人员。");
        }
    }
}
