using EduGov.Standards;

namespace EduGov.Platform.Demo;

/// <summary>Chinese personal names: surnames weighted by the 2020 census, given names in the style of the birth year.</summary>
public static class ChineseNames
{
    // 2020 census holders in units of 10,000, top 100 plus two compound surnames.
    private static readonly Weighted<string> Surnames = new(
    [
        ("王", 10149), ("李", 10093), ("张", 9540), ("刘", 7219), ("陈", 6111), ("杨", 4695), ("黄", 3370), ("赵", 2862),
        ("吴", 2736), ("周", 2634), ("徐", 2026), ("孙", 1961), ("马", 1731), ("朱", 1673), ("胡", 1490), ("郭", 1462),
        ("何", 1366), ("林", 1315), ("高", 1292), ("罗", 1256), ("郑", 1190), ("梁", 1180), ("谢", 980), ("宋", 900),
        ("唐", 890), ("许", 860), ("韩", 830), ("冯", 800), ("邓", 790), ("曹", 770), ("彭", 740), ("曾", 720),
        ("肖", 700), ("田", 650), ("董", 620), ("潘", 600), ("袁", 590), ("蔡", 580), ("蒋", 570), ("余", 560),
        ("于", 550), ("杜", 540), ("叶", 530), ("程", 520), ("魏", 500), ("苏", 490), ("吕", 480), ("丁", 470),
        ("任", 460), ("卢", 450), ("姚", 440), ("沈", 430), ("钟", 420), ("姜", 410), ("崔", 400), ("谭", 390),
        ("陆", 380), ("范", 370), ("汪", 360), ("廖", 350), ("石", 340), ("金", 330), ("韦", 320), ("贾", 310),
        ("夏", 300), ("付", 290), ("方", 280), ("邹", 270), ("熊", 260), ("白", 250), ("孟", 240), ("秦", 230),
        ("邱", 220), ("侯", 210), ("江", 200), ("尹", 190), ("薛", 180), ("闫", 170), ("段", 160), ("雷", 150),
        ("龙", 140), ("黎", 130), ("史", 120), ("陶", 110), ("贺", 100), ("毛", 100), ("郝", 90), ("顾", 90),
        ("龚", 80), ("邵", 80), ("万", 80), ("钱", 70), ("武", 70), ("戴", 70), ("严", 70), ("孔", 60),
        ("欧阳", 30), ("司马", 5),
    ]);

    private const string ModernMale = "浩宇轩子博文杰俊涛明辰睿泽梓一鑫磊晨昊天航然铭诚嘉瑞凯峰豪楠洋皓霖奕钧晟彦逸烨琦煜翔哲朗祺恒安远";
    private const string ModernFemale = "欣怡梓涵子萱雨诗琪婷佳悦思彤静可馨语妍若晨一嘉雅梦瑶璐慧颖晓雪蕾菲舒洁艺沁宁心安语桐芮依";
    private const string ClassicMale = "伟强军勇斌华建国明峰磊涛刚平辉东林波志海鹏飞新春文杰荣宏良忠";
    private const string ClassicFemale = "丽芳敏静燕红霞娟玲萍英华艳梅琴洁莉慧秀玉凤兰桂珍美云雪晓";
    private const int ClassicUntilYear = 1990;
    private const int ClassicFadeYears = 15;

    public static string Surname(SeededRandom random) => random.Pick(Surnames);

    public static string FullName(SeededRandom random, Sex sex, int birthYear) => Surname(random) + GivenName(random, sex, birthYear);

    /// <summary>Mostly two characters; one-character names are commoner among people born before the mid-1980s.</summary>
    public static string GivenName(SeededRandom random, Sex sex, int birthYear)
    {
        var pool = CharacterPool(random, sex, birthYear);
        var singleShare = birthYear < 1985 ? 0.3 : 0.1;
        return random.Chance(singleShare)
            ? new string(random.PickChar(pool), 1)
            : string.Concat(new string(random.PickChar(pool), 1), new string(random.PickChar(pool), 1));
    }

    /// <summary>Classic characters (伟, 芳) fade out for people born between 1975 and 1990.</summary>
    private static string CharacterPool(SeededRandom random, Sex sex, int birthYear)
    {
        var classicShare = Math.Clamp((ClassicUntilYear - birthYear) / (double)ClassicFadeYears, 0, 1);
        var classic = random.Chance(classicShare);
        return (sex, classic) switch
        {
            (Sex.Male, true) => ClassicMale,
            (Sex.Male, false) => ModernMale,
            (_, true) => ClassicFemale,
            _ => ModernFemale,
        };
    }
}
