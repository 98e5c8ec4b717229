using System.Globalization;
using System.Text.RegularExpressions;
using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Demo;

/// <summary>
/// The demo district's catchments: every public school serves the stretch of its own road nearest to it (the road split
/// at the midpoints between schools on it) and one residential estate (小区).
/// </summary>
internal static partial class CatchmentPlan
{
    private const int LastHouseNumber = 2999;

    private static readonly string[] EstateNames =
    [
        "锦绣苑", "东方花园", "世纪家园", "春江苑", "银杏苑", "紫薇苑", "海棠苑", "明珠苑", "翠竹苑", "阳光苑",
        "绿洲苑", "香樟苑", "金桂苑", "梧桐苑", "兰亭苑", "玉兰苑", "枫林苑", "和平苑", "东晖苑", "南苑",
    ];

    public sealed record Street(Guid SchoolId, string Road, int From, int To, string Estate);

    public static IReadOnlyList<Street> For(IReadOnlyList<SchoolRef> publicSchools)
    {
        var located = publicSchools
            .Select(s => (School: s, Place: Locate(s.Address)))
            .Where(x => x.Place is not null)
            .ToList();
        var streets = new List<Street>();
        foreach (var road in located.GroupBy(x => x.Place!.Value.Road).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var onRoad = road.OrderBy(x => x.Place!.Value.Number).ThenBy(x => x.School.Code, StringComparer.Ordinal).ToList();
            for (var i = 0; i < onRoad.Count; i++)
            {
                var from = i == 0 ? 1 : Midpoint(onRoad[i - 1].Place!.Value.Number, onRoad[i].Place!.Value.Number) + 1;
                var to = i == onRoad.Count - 1 ? LastHouseNumber : Midpoint(onRoad[i].Place!.Value.Number, onRoad[i + 1].Place!.Value.Number);
                if (from <= to)
                {
                    streets.Add(new Street(onRoad[i].School.Id, road.Key, from, to, EstateName(streets.Count)));
                }
            }
        }

        return streets;
    }

    public static IEnumerable<CatchmentRule> Rules(IEnumerable<Street> streets) => streets.SelectMany(s => new[]
    {
        new CatchmentRule { SchoolId = s.SchoolId, Street = s.Road, FromNumber = s.From, ToNumber = s.To, Note = "演示数据" },
        new CatchmentRule { SchoolId = s.SchoolId, Estate = s.Estate, Note = "演示数据" },
    });

    /// <summary>"上海市浦东新区东明路1350号" → (东明路, 1350).</summary>
    public static (string Road, int Number)? Locate(string address)
    {
        var match = RoadAndNumber().Match(address);
        return match.Success ? (match.Groups["road"].Value, int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)) : null;
    }

    private static int Midpoint(int a, int b) => (a + b) / 2;

    private static string EstateName(int index)
    {
        var round = index / EstateNames.Length;
        var name = EstateNames[index % EstateNames.Length];
        return round == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}{round + 1}期");
    }

    [GeneratedRegex(@"(?:上海市)?(?:浦东新区)?(?<road>[^\d市区]+?(?:公路|大道|路|街))(?<number>\d+)号")]
    private static partial Regex RoadAndNumber();
}
