using System.Collections.Frozen;

namespace EduGov.Standards;

/// <summary>Administrative division codes, GB/T 2260: 2-digit province + 2-digit prefecture + 2-digit county.</summary>
public static class RegionCode
{
    public const int Length = 6;

    private static readonly FrozenDictionary<string, string> Provinces = new Dictionary<string, string>
    {
        ["11"] = "北京市",
        ["12"] = "天津市",
        ["13"] = "河北省",
        ["14"] = "山西省",
        ["15"] = "内蒙古自治区",
        ["21"] = "辽宁省",
        ["22"] = "吉林省",
        ["23"] = "黑龙江省",
        ["31"] = "上海市",
        ["32"] = "江苏省",
        ["33"] = "浙江省",
        ["34"] = "安徽省",
        ["35"] = "福建省",
        ["36"] = "江西省",
        ["37"] = "山东省",
        ["41"] = "河南省",
        ["42"] = "湖北省",
        ["43"] = "湖南省",
        ["44"] = "广东省",
        ["45"] = "广西壮族自治区",
        ["46"] = "海南省",
        ["50"] = "重庆市",
        ["51"] = "四川省",
        ["52"] = "贵州省",
        ["53"] = "云南省",
        ["54"] = "西藏自治区",
        ["61"] = "陕西省",
        ["62"] = "甘肃省",
        ["63"] = "青海省",
        ["64"] = "宁夏回族自治区",
        ["65"] = "新疆维吾尔自治区",
        ["71"] = "台湾省",
        ["81"] = "香港特别行政区",
        ["82"] = "澳门特别行政区",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Districts = new()
    {
        ["310100"] = "市辖区",
        ["310101"] = "黄浦区",
        ["310104"] = "徐汇区",
        ["310105"] = "长宁区",
        ["310106"] = "静安区",
        ["310107"] = "普陀区",
        ["310109"] = "虹口区",
        ["310110"] = "杨浦区",
        ["310112"] = "闵行区",
        ["310113"] = "宝山区",
        ["310114"] = "嘉定区",
        ["310115"] = "浦东新区",
        ["310116"] = "金山区",
        ["310117"] = "松江区",
        ["310118"] = "青浦区",
        ["310120"] = "奉贤区",
        ["310151"] = "崇明区",
        ["321200"] = "泰州市",
        ["321202"] = "海陵区",
        ["330200"] = "宁波市",
        ["330282"] = "慈溪市",
        ["150600"] = "鄂尔多斯市",
        ["150602"] = "东胜区",
    };

    /// <summary>
    /// A small built-in name table: every province plus the districts the platform ships demo data for.
    /// Not the full 民政部 list, so a missing code is not an invalid code.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KnownNames { get; } = Provinces
        .Select(p => KeyValuePair.Create(p.Key + "0000", p.Value))
        .Concat(Districts)
        .ToFrozenDictionary(StringComparer.Ordinal);

    public static ValidationResult Validate(string? input)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.Length == 0)
        {
            return ValidationResult.Fail("请填写行政区划代码");
        }

        if (value.Length != Length)
        {
            return ValidationResult.Fail($"行政区划代码应为6位数字，当前为{value.Length}位");
        }

        if (value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return ValidationResult.Fail("行政区划代码只能包含数字");
        }

        return IsProvinceCode(value[..2])
            ? ValidationResult.Ok(value)
            : ValidationResult.Fail($"行政区划代码前两位“{value[..2]}”不是有效的省级行政区划代码");
    }

    /// <summary>True for a 2-digit GB/T 2260 province code such as "31".</summary>
    public static bool IsProvinceCode(string twoDigits) => Provinces.ContainsKey(twoDigits);

    /// <summary>Province name for a 2-digit province code or any longer region code ("310115" → "上海市").</summary>
    public static string? ProvinceName(string code) =>
        code is { Length: >= 2 } && Provinces.TryGetValue(code[..2], out var name) ? name : null;

    /// <summary>"310115" → "310000".</summary>
    public static string ProvinceOf(string code) => RequireCode(code)[..2] + "0000";

    /// <summary>"310115" → "310100".</summary>
    public static string PrefectureOf(string code) => RequireCode(code)[..4] + "00";

    /// <summary>Name from <see cref="KnownNames"/>, or null when the code is not in the built-in table.</summary>
    public static string? NameOf(string code) => KnownNames.GetValueOrDefault(code);

    private static string RequireCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != Length || code.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Region code must be 6 digits.", nameof(code));
        }

        return code;
    }
}
