namespace EduGov.UnitTests.Lottery;

/// <summary>
/// One worked example, computed independently of the library with Python 3.11's hashlib:
/// <code>
/// sha = lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest()
/// manifest = sha("2026-0001\n2026-0002\n2026-0003\n2026-0010\n")          # also: printf '…' | sha256sum
/// seed = sha("|".join(["edugov-lottery/v1", manifest, PublicDraw] + Dice))
/// number(t) = sha(seed + "|" + t);  school number(t) = sha(seed + "|" + school + "|" + t)
/// </code>
/// </summary>
internal static class LotteryVectors
{
    public const string PublicDraw = "2026053 03 11 17 22 28 31+09";
    public const string ManifestSha256 = "3ed6049b68d74344022117f21e1cb5a24f7ff0bcb1a9136b51a03afd3b87e746";
    public const string Seed = "490e34f3853874ac164cd3a3fc2b834bc3c20023c597620c16dad7c5f202bc6b";
    public const string School = "2131000123";
    public const string OtherSchool = "2131000456";

    public static readonly string[] Tokens = ["2026-0003", "2026-0001", "2026-0010", "2026-0002"];
    public static readonly string[] Dice = ["31415926", "27182818", "16180339"];

    /// <summary>sha(seed + "|" + token).</summary>
    public static readonly Dictionary<string, string> Numbers = new(StringComparer.Ordinal)
    {
        ["2026-0001"] = "7040105ad8caf8c4ea6a77e65831b986b28c301096c172d1783f3336c4725005",
        ["2026-0002"] = "e462911a24e23a63f23748e5bc0b1f1aa1d7d687416bb56e9a35d3fc7747e267",
        ["2026-0003"] = "4747ed66c444bf008b87bc2b3db23bfe4bb16fc98461b3011ee8030a7dbce791",
        ["2026-0010"] = "aa51e44ce0023d27b4e9c412cf0ec4abaab505597e0de84be47047ea7e57c14d",
    };

    /// <summary>sha(seed + "|" + School + "|" + token).</summary>
    public static readonly Dictionary<string, string> SchoolNumbers = new(StringComparer.Ordinal)
    {
        ["2026-0001"] = "c354b40146dd453c86ab1759ba07ae887a3e4a1a201f3c6c93a5149d1cb20cd1",
        ["2026-0002"] = "e96823b104ffd3904762f4d7e0cb5a54c8ec6cafd2538bc20896d44bf5578bec",
        ["2026-0003"] = "e87f71d7d461e150df3a56fde29ca96afd43f45787712b5133e0c40d1e5f04ff",
        ["2026-0010"] = "1fed2cf0d8b0725444939ca0893df9b9b101bc1c0df6fcb4755bfe7bc752639b",
    };
}
