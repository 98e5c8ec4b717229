using System.Globalization;
using EduGov.Platform.Errors;

namespace EduGov.Inspection.Balanced;

/// <summary>A school's 办学条件 in one year, as entered: the non-registry inputs of indicators 4–7.</summary>
public sealed record FacilitiesValues(decimal TeachingSpaceSquareMetres, decimal SportsSpaceSquareMetres, decimal EquipmentValueYuan, int MultimediaClassrooms);

/// <summary>
/// Checks 办学条件 figures, on the form and in the import alike: the year, no negative figure, at most two decimals, and
/// maxima far above any real school (a district's largest schools have about 10,000 pupils, i.e. some 60,000 m² of
/// teaching rooms at the junior standard), so that a figure typed in the wrong unit is caught.
/// </summary>
internal static class FacilitiesRules
{
    public const int FirstYear = 2000;
    public const decimal MaxTeachingSpace = 300_000m;
    public const decimal MaxSportsSpace = 500_000m;
    public const decimal MaxEquipmentValue = 1_000_000_000m;
    public const int MaxMultimediaClassrooms = 1_000;

    /// <summary>The last year that may be entered: next year, for figures planned at the end of the current one.</summary>
    public static int LastYear(DateOnly today) => today.Year + 1;

    /// <summary>Every problem, by field name (<see cref="FacilitiesValues"/> members and <c>Year</c>), in Chinese.</summary>
    public static Dictionary<string, string> Problems(int year, FacilitiesValues values, DateOnly today)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (year < FirstYear || year > LastYear(today))
        {
            problems["Year"] = $"年度应在 {FirstYear} 到 {LastYear(today)} 之间";
        }

        Check(problems, nameof(FacilitiesValues.TeachingSpaceSquareMetres), "教学及辅助用房面积", values.TeachingSpaceSquareMetres, MaxTeachingSpace, "平方米");
        Check(problems, nameof(FacilitiesValues.SportsSpaceSquareMetres), "体育运动场馆面积", values.SportsSpaceSquareMetres, MaxSportsSpace, "平方米");
        Check(problems, nameof(FacilitiesValues.EquipmentValueYuan), "教学仪器设备值", values.EquipmentValueYuan, MaxEquipmentValue, "元");
        Check(problems, nameof(FacilitiesValues.MultimediaClassrooms), "网络多媒体教室数", values.MultimediaClassrooms, MaxMultimediaClassrooms, "间");
        return problems;
    }

    public static void Validate(int year, FacilitiesValues values, DateOnly today)
    {
        var problems = Problems(year, values, today);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal));
        }
    }

    private static void Check(Dictionary<string, string> problems, string field, string name, decimal value, decimal maximum, string unit)
    {
        if (value < 0)
        {
            problems[field] = $"{name}不能为负数";
        }
        else if (value > maximum)
        {
            problems[field] = $"{name}不能超过 {maximum.ToString("N0", CultureInfo.InvariantCulture)} {unit}，请核对单位";
        }
        else if (value != decimal.Round(value, 2))
        {
            problems[field] = $"{name}最多保留两位小数";
        }
    }
}
