using System.Globalization;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Seats;

/// <summary>The checks of a catchment rule, shared by the form and the import, and its description in words.</summary>
internal static class CatchmentRules
{
    public const int MaxHouseNumber = 99_999;

    /// <summary>The values of one rule as entered; <see cref="Problems"/> names every problem by field.</summary>
    public sealed record Values(string Street, int? FromNumber, int? ToNumber, HouseNumberParity Parity, string Estate, string Note);

    public static Dictionary<string, string> Problems(Values values)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var street = values.Street.Trim();
        if (street.Length == 0 && values.Estate.Trim().Length == 0)
        {
            problems[nameof(Values.Street)] = "请填写道路/街巷或小区名称";
        }

        if (street.Length == 0 && (values.FromNumber is not null || values.ToNumber is not null || values.Parity != HouseNumberParity.All))
        {
            problems[nameof(Values.Street)] = "门牌号范围和单双号须与道路/街巷一起填写";
        }

        CheckNumber(problems, nameof(Values.FromNumber), values.FromNumber);
        CheckNumber(problems, nameof(Values.ToNumber), values.ToNumber);
        if (values.FromNumber is { } from && values.ToNumber is { } to && from > to && !problems.ContainsKey(nameof(Values.ToNumber)))
        {
            problems[nameof(Values.ToNumber)] = "起始门牌号不能大于截止门牌号";
        }

        if (!Enum.IsDefined(values.Parity))
        {
            problems[nameof(Values.Parity)] = "单双号只能是全部、单号或双号";
        }

        CheckLength(problems, nameof(Values.Street), values.Street, 100, "道路/街巷");
        CheckLength(problems, nameof(Values.Estate), values.Estate, 100, "小区名称");
        CheckLength(problems, nameof(Values.Note), values.Note, 200, "备注");
        return problems;
    }

    public static void Validate(Values values)
    {
        var problems = Problems(values);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal));
        }
    }

    /// <summary>Why a school cannot have catchment rules, or null when it can: a public primary or junior school.</summary>
    public static string? Refusal(SchoolRef school) =>
        school.Ownership != Ownership.Public ? $"{school.Name}是民办学校，民办学校不划分对口地段"
        : !StageNames.StagesOf(school.Type).Any(s => s is Stage.Primary or Stage.Junior) ? $"{school.Name}（{StageNames.Of(school.Type)}）不招收小学或初中新生，不划分对口地段"
        : null;

    public static bool HasCatchment(SchoolRef school) => Refusal(school) is null;

    /// <summary>Public primary and junior schools in the user's scope, by code: the schools that can have catchment rules.</summary>
    public static async Task<IReadOnlyList<SchoolRef>> SchoolsAsync(IRegistryDirectory registry, AdmissionScope scope, CurrentUser user, CancellationToken ct)
    {
        var inScope = await scope.SchoolIdsAsync(user, ct);
        return [.. (await registry.AllSchoolsAsync(ct)).Where(s => HasCatchment(s) && (inScope is null || inScope.Contains(s.Id)))];
    }

    public static string ParityName(HouseNumberParity parity) => parity switch
    {
        HouseNumberParity.Odd => "单号",
        HouseNumberParity.Even => "双号",
        _ => "全部",
    };

    public static HouseNumberParity? ParseParity(string text) => text.Trim() switch
    {
        "" or "全部" or "单双号" => HouseNumberParity.All,
        "单号" or "单" => HouseNumberParity.Odd,
        "双号" or "双" => HouseNumberParity.Even,
        _ => null,
    };

    /// <summary>"张杨路 100–200 号双号", "张杨路（全段）", "世纪花园（小区）", in Chinese as on the bureau's published lists.</summary>
    public static string Describe(CatchmentRule rule)
    {
        var parts = new List<string>();
        if (rule.Street.Length > 0)
        {
            parts.Add(rule.Street + StreetRange(rule));
        }

        if (rule.Estate.Length > 0)
        {
            parts.Add($"{rule.Estate}（小区）");
        }

        return string.Join("；", parts);
    }

    private static string StreetRange(CatchmentRule rule)
    {
        var parity = rule.Parity == HouseNumberParity.All ? "" : ParityName(rule.Parity);
        return (rule.FromNumber, rule.ToNumber) switch
        {
            (null, null) => parity.Length > 0 ? $" {parity}" : "（全段）",
            ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $" {from} 号起{parity}"),
            (null, { } to) => string.Create(CultureInfo.InvariantCulture, $" {to} 号止{parity}"),
            ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $" {from}–{to} 号{parity}"),
        };
    }

    private static void CheckNumber(Dictionary<string, string> problems, string field, int? number)
    {
        if (number is { } n && (n < 1 || n > MaxHouseNumber))
        {
            problems[field] = $"门牌号应为 1 到 {MaxHouseNumber} 的整数";
        }
    }

    private static void CheckLength(Dictionary<string, string> problems, string field, string value, int max, string name)
    {
        if (value.Trim().Length > max && !problems.ContainsKey(field))
        {
            problems[field] = $"{name}不能超过 {max} 个字";
        }
    }
}
