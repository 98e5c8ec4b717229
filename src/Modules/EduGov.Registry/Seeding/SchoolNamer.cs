using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;

namespace EduGov.Registry.Seeding;

/// <summary>A school's official name and its brand (明德, 三林), which an education group led by it is named after.</summary>
internal sealed record SchoolName(string Name, string Brand);

/// <summary>
/// Varied, unique official school names such as 上海市浦东新区明德小学 or 上海市浦东新区第三幼儿园.
/// Templates use {stem} (a name such as 明德), {town} (三林) and {n} (an ordinal counted per resolved prefix).
/// </summary>
internal sealed class SchoolNamer(SeededRandom random)
{
    private const string P = PudongAtlas.AddressPrefix;
    private const int AttemptsBeforeOrdinal = 40;

    private static readonly IReadOnlyList<string> Stems =
    [
        "明德", "育才", "启明", "博文", "致远", "崇文", "求真", "新知", "文华", "英华", "南苑", "东林", "清源", "立信",
        "世纪", "汇智", "晨阳", "海华", "明珠", "东方", "浦江", "南洋", "福山", "竹园", "海桐", "梅园", "菊园", "兰亭",
        "杨园", "昌邑", "峨山", "浦明", "东昌", "进德", "尚德", "弘毅", "思源", "行知", "知行", "澄衷", "新川", "彩虹",
        "蓝天", "阳光", "春晖", "星河", "格致", "培华", "毓秀", "华林", "锦绣", "芳华", "翰林", "书院", "光明", "长岛",
        "临沂", "由由", "御桥", "凌桥", "龙阳", "杨思", "东沟", "孙桥", "黄楼", "六团", "江镇", "施湾", "大团", "泥城",
        "老港", "万祥", "坦直", "盐仓", "致和", "融智", "博雅", "睿思", "笃行", "明远",
    ];

    private static readonly Weighted<string> KindergartenPublic = Templates(
        ("{stem}幼儿园", 5), ("{town}幼儿园", 1), ("第{n}幼儿园", 1.5), ("{stem}实验幼儿园", 1), ("{town}{stem}幼儿园", 1));

    private static readonly Weighted<string> KindergartenPrivate = Templates(("民办{stem}幼儿园", 4), ("民办{stem}双语幼儿园", 1));

    private static readonly Weighted<string> PrimaryPublic = Templates(
        ("{stem}小学", 5), ("{town}中心小学", 1), ("{stem}实验小学", 1.5), ("{stem}外国语小学", 0.5), ("{town}第{n}小学", 0.5));

    private static readonly Weighted<string> PrimaryPrivate = Templates(("民办{stem}小学", 3), ("民办{stem}外国语小学", 1));

    private static readonly Weighted<string> JuniorPublic = Templates(
        ("{stem}中学", 4), ("{stem}初级中学", 2), ("{town}中学", 1), ("{stem}实验中学", 1), ("{town}第{n}中学", 0.5));

    private static readonly Weighted<string> JuniorPrivate = Templates(("民办{stem}中学", 3), ("民办{stem}外国语中学", 1));

    private static readonly Weighted<string> NineYearPublic = Templates(("{stem}学校", 3), ("{stem}实验学校", 2), ("{town}学校", 1));

    private static readonly Weighted<string> NineYearPrivate = Templates(("民办{stem}学校", 2), ("民办{stem}双语学校", 1));

    private static readonly Weighted<string> SeniorPublic = Templates(
        ("@{stem}中学", 2), ("{stem}高级中学", 2), ("@{stem}高级中学", 1), ("{town}高级中学", 1));

    private static readonly Weighted<string> SeniorPrivate = Templates(("民办{stem}高级中学", 1));

    private static readonly Weighted<string> CompleteSecondary = Templates(("{stem}中学", 3), ("@{stem}中学", 1), ("{town}中学", 1));

    private static readonly Weighted<string> Vocational = Templates(
        ("{stem}职业技术学校", 2), ("@{stem}中等专业学校", 1), ("{stem}职业高级中学", 1));

    private static readonly Weighted<string> Special = Templates(("{town}辅读学校", 2), ("{stem}特殊教育学校", 1));

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public SchoolName Next(SchoolType type, Ownership ownership, Town town)
    {
        var templates = TemplatesFor(type, ownership);
        for (var attempt = 0; attempt < AttemptsBeforeOrdinal; attempt++)
        {
            var name = Resolve(random.Pick(templates), town);
            if (_taken.Add(name.Name))
            {
                return name;
            }
        }

        return NextOrdinal(type, town);
    }

    /// <summary>1–999 in Chinese: 3 → 三, 12 → 十二, 40 → 四十, 105 → 一百零五.</summary>
    public static string Numeral(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n >= 100)
        {
            var rest = n % 100;
            var tail = rest switch
            {
                0 => "",
                < 10 => "零" + digits[rest],
                _ => (rest < 20 ? "一" : "") + Numeral(rest),
            };
            return digits[n / 100] + "百" + tail;
        }

        var tens = (n / 10) switch
        {
            0 => "",
            1 => "十",
            _ => digits[n / 10] + "十",
        };
        return tens + (n % 10 == 0 ? "" : digits[n % 10]);
    }

    private static Weighted<string> Templates(params (string Template, double Weight)[] templates) => new(templates);

    private static Weighted<string> TemplatesFor(SchoolType type, Ownership ownership)
    {
        var isPrivate = ownership != Ownership.Public;
        return type switch
        {
            SchoolType.Kindergarten => isPrivate ? KindergartenPrivate : KindergartenPublic,
            SchoolType.Primary => isPrivate ? PrimaryPrivate : PrimaryPublic,
            SchoolType.Junior => isPrivate ? JuniorPrivate : JuniorPublic,
            SchoolType.NineYear or SchoolType.TwelveYear => isPrivate ? NineYearPrivate : NineYearPublic,
            SchoolType.Senior => isPrivate ? SeniorPrivate : SeniorPublic,
            SchoolType.CompleteSecondary => CompleteSecondary,
            SchoolType.Vocational => Vocational,
            _ => Special,
        };
    }

    /// <summary>A leading "@" marks a city-level name (上海市建平中学) instead of the district prefix.</summary>
    private SchoolName Resolve(string template, Town town)
    {
        var stem = random.Pick(Stems);
        var brand = template.Contains("{stem}", StringComparison.Ordinal) ? stem : town.ShortName;
        var text = template.Replace("{stem}", stem, StringComparison.Ordinal).Replace("{town}", town.ShortName, StringComparison.Ordinal);
        text = text.StartsWith('@') ? "上海市" + text[1..] : P + text;
        return new SchoolName(ResolveOrdinal(text), brand);
    }

    private string ResolveOrdinal(string text)
    {
        if (!text.Contains("{n}", StringComparison.Ordinal))
        {
            return text;
        }

        var next = _ordinals.GetValueOrDefault(text) + 1;
        _ordinals[text] = next;
        return text.Replace("{n}", Numeral(next), StringComparison.Ordinal);
    }

    /// <summary>Ordinals never repeat, so this always ends with a free name.</summary>
    private SchoolName NextOrdinal(SchoolType type, Town town)
    {
        var template = $"{town.ShortName}第{{n}}{StageNames.Of(type)}";
        while (true)
        {
            var name = Resolve(template, town);
            if (_taken.Add(name.Name))
            {
                return name;
            }
        }
    }
}
