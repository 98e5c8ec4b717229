using System.Collections.Frozen;
using System.Globalization;

namespace EduGov.Standards;

/// <summary>学校(机构)标识码: 2-digit category + 2-digit province (GB/T 2260) + 6-digit serial.</summary>
/// <remarks>The category is fixed at assignment and never updated, so it does not prove the school's current type.</remarks>
public static class SchoolCode
{
    public const int Length = 10;

    private static readonly FrozenDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["11"] = "幼儿园",
        ["21"] = "普通小学",
        ["22"] = "成人小学",
        ["31"] = "普通初中",
        ["32"] = "职业初中",
        ["33"] = "成人初中",
        ["34"] = "普通高中",
        ["35"] = "成人高中",
        ["36"] = "中等职业学校",
        ["37"] = "工读学校",
        ["41"] = "普通高等学校",
        ["42"] = "成人高等学校",
        ["51"] = "特殊教育",
        ["91"] = "培养研究生的科研机构",
        ["92"] = "民办的其他高等教育机构",
        ["93"] = "中等职业培训机构",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ValidationResult Validate(string? input)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.Length == 0)
        {
            return ValidationResult.Fail("请填写学校标识码");
        }

        if (value.Length != Length)
        {
            return ValidationResult.Fail($"学校标识码应为10位数字，当前为{value.Length}位");
        }

        if (value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return ValidationResult.Fail("学校标识码只能包含数字");
        }

        if (!Categories.ContainsKey(value[..2]))
        {
            return ValidationResult.Fail($"学校标识码前两位“{value[..2]}”不是有效的学校类别码");
        }

        return RegionCode.IsProvinceCode(value[2..4])
            ? ValidationResult.Ok(value)
            : ValidationResult.Fail($"学校标识码第3-4位“{value[2..4]}”不是有效的省级行政区划代码");
    }

    /// <summary>Category name for a 2-digit category code or a full 10-digit school code ("11" → "幼儿园").</summary>
    public static string? CategoryName(string code) =>
        code is { Length: 2 or SchoolCode.Length } && Categories.TryGetValue(code[..2], out var name) ? name : null;

    /// <summary>Builds a code from a category code ("21"), a 2-digit province code ("31") and a serial (0–999999).</summary>
    public static string Compose(string categoryCode, string provinceCode, int serial)
    {
        if (categoryCode is null || !Categories.ContainsKey(categoryCode))
        {
            throw new ArgumentException("Unknown school category code.", nameof(categoryCode));
        }

        if (provinceCode is null || !RegionCode.IsProvinceCode(provinceCode))
        {
            throw new ArgumentException("Province code must be a 2-digit GB/T 2260 province code.", nameof(provinceCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);

        return string.Create(CultureInfo.InvariantCulture, $"{categoryCode}{provinceCode}{serial:D6}");
    }
}
