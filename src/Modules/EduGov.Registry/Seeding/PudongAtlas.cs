using EduGov.Platform.Demo;

namespace EduGov.Registry.Seeding;

/// <summary>A 街道 or 镇: <see cref="ShortName"/> is what school names use (三林镇 → 三林).</summary>
internal sealed record Town(string Name, string ShortName);

/// <summary>A 学区 of the demo district: its towns, some of their roads and an approximate centre.</summary>
internal sealed record ZoneTemplate(string Name, IReadOnlyList<Town> Towns, IReadOnlyList<string> Roads, double Latitude, double Longitude);

/// <summary>Places in 浦东新区 used for school names, addresses and coordinates, and the hukou regions of its residents.</summary>
internal static class PudongAtlas
{
    public const string RegionCode = "310115";
    public const string AddressPrefix = "上海市浦东新区";
    private const double CoordinateSpread = 0.012;

    public static IReadOnlyList<ZoneTemplate> Zones { get; } =
    [
        new("陆家嘴学区", [new("陆家嘴街道", "陆家嘴"), new("潍坊新村街道", "潍坊")], ["东昌路", "浦东南路", "潍坊路", "崂山路", "福山路", "商城路"], 31.236, 121.509),
        new("洋泾学区", [new("洋泾街道", "洋泾")], ["羽山路", "栖山路", "崮山路", "源深路", "民生路"], 31.244, 121.530),
        new("金杨学区", [new("金杨新村街道", "金杨"), new("金桥镇", "金桥")], ["金杨路", "罗山路", "张杨路", "金高路", "云山路", "博山东路"], 31.259, 121.566),
        new("花木学区", [new("花木街道", "花木")], ["锦绣路", "芳甸路", "梅花路", "樱花路", "丁香路", "白杨路"], 31.213, 121.553),
        new("塘桥学区", [new("塘桥街道", "塘桥"), new("南码头路街道", "南码头")], ["南泉路", "浦建路", "蓝村路", "临沂路", "峨山路"], 31.212, 121.523),
        new("周家渡学区", [new("周家渡街道", "周家渡"), new("上钢新村街道", "上钢")], ["上南路", "成山路", "昌里路", "德州路", "云台路"], 31.182, 121.492),
        new("三林学区", [new("三林镇", "三林")], ["三林路", "东明路", "永泰路", "海阳西路", "灵岩南路"], 31.148, 121.504),
        new("北蔡学区", [new("北蔡镇", "北蔡")], ["沪南路", "莲溪路", "陈春路", "御桥路", "杨高南路"], 31.188, 121.553),
        new("张江学区", [new("张江镇", "张江")], ["张衡路", "祖冲之路", "碧波路", "郭守敬路", "高科中路", "晨晖路"], 31.205, 121.598),
        new("川沙学区", [new("川沙新镇", "川沙")], ["川沙路", "华夏东路", "新川路", "妙境路", "川环南路"], 31.191, 121.702),
        new("高桥学区", [new("高桥镇", "高桥"), new("高行镇", "高行")], ["季景北路", "杨高北路", "东靖路", "东陆路", "张杨北路"], 31.345, 121.570),
        new("周浦学区", [new("周浦镇", "周浦"), new("康桥镇", "康桥")], ["年家浜路", "周康路", "沪南公路", "秀沿路", "康桥路"], 31.117, 121.574),
        new("惠南学区", [new("惠南镇", "惠南"), new("宣桥镇", "宣桥")], ["人民东路", "拱极路", "城西路", "听潮路"], 31.053, 121.760),
        new("唐镇学区", [new("唐镇", "唐镇"), new("合庆镇", "合庆")], ["唐陆路", "创新中路", "唐安路", "齐爱路"], 31.216, 121.655),
        new("航头学区", [new("航头镇", "航头"), new("新场镇", "新场")], ["航都路", "鹤沙路", "航鹤路", "新奉公路"], 31.050, 121.605),
        new("临港学区", [new("南汇新城镇", "临港"), new("书院镇", "书院")], ["环湖西一路", "海港大道", "水芸路", "申港大道"], 30.902, 121.931),
    ];

    private static readonly IReadOnlyList<string> OtherShanghaiDistricts = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113"];

    private static readonly IReadOnlyList<string> MobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    ];

    // County-level GB/T 2260 codes of common places of origin for families in Shanghai.
    private static readonly IReadOnlyList<string> OtherProvinces =
    [
        "320102", "320583", "321202", "330102", "330282", "340102", "350102", "360102",
        "370102", "410102", "420102", "430102", "500101", "510104", "150602", "110101",
    ];

    /// <summary>浦东新区 with probability <paramref name="localShare"/>, another Shanghai district with <paramref name="shanghaiShare"/>, else another province.</summary>
    public static string HukouRegion(SeededRandom random, double localShare, double shanghaiShare)
    {
        var roll = random.NextDouble();
        if (roll < localShare)
        {
            return RegionCode;
        }

        return roll < localShare + shanghaiShare ? random.Pick(OtherShanghaiDistricts) : random.Pick(OtherProvinces);
    }

    /// <summary>"上海市浦东新区三林镇东明路1280弄15号602室".</summary>
    public static string HomeAddress(SeededRandom random, ZoneTemplate zone)
    {
        var town = random.Pick(zone.Towns);
        var road = random.Pick(zone.Roads);
        return $"{AddressPrefix}{town.Name}{road}{random.NextInt(1, 1600)}弄{random.NextInt(1, 60)}号{random.NextInt(1, 19)}{random.NextInt(1, 5):D2}室";
    }

    /// <summary>"上海市浦东新区东明路1350号".</summary>
    public static string StreetAddress(SeededRandom random, string road) => $"{AddressPrefix}{road}{random.NextInt(1, 2000)}号";

    public static (double Latitude, double Longitude) NearCentre(SeededRandom random, ZoneTemplate zone) =>
        (Math.Round(zone.Latitude + Spread(random), 6), Math.Round(zone.Longitude + Spread(random), 6));

    /// <summary>Mainland mobile number on a 13x, 15x or 18x prefix.</summary>
    public static string MobilePhone(SeededRandom random) => random.Pick(MobilePrefixes) + random.NextDigits(8);

    /// <summary>An 8-digit Shanghai landline in 浦东 (5xxx xxxx or 6xxx xxxx).</summary>
    public static string Landline(SeededRandom random) => $"021-{random.PickChar("56")}{random.NextDigits(7)}";

    /// <summary>Triangular distribution on ±<see cref="CoordinateSpread"/>: denser near the centre.</summary>
    private static double Spread(SeededRandom random) => (random.NextDouble() - random.NextDouble()) * CoordinateSpread;
}
