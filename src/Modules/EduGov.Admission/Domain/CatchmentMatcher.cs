using System.Globalization;
using System.Text;

namespace EduGov.Admission.Domain;

/// <summary>
/// Which catchment rules an address falls under. Pure: an address matches a rule when it names the rule's 小区, or names
/// its street followed by a house number inside the rule's range and parity (a rule without a range covers the street).
/// </summary>
public static class CatchmentMatcher
{
    public static IReadOnlyList<CatchmentRule> Match(string address, IEnumerable<CatchmentRule> rules)
    {
        var text = Normalize(address);
        if (text.Length == 0)
        {
            return [];
        }

        return [.. rules.Where(rule => Matches(text, rule))];
    }

    public static bool Matches(string normalizedAddress, CatchmentRule rule)
    {
        var estate = Normalize(rule.Estate);
        if (estate.Length > 0 && normalizedAddress.Contains(estate, StringComparison.Ordinal))
        {
            return true;
        }

        var street = Normalize(rule.Street);
        if (street.Length == 0)
        {
            return false;
        }

        var at = normalizedAddress.IndexOf(street, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        if (rule.FromNumber is null && rule.ToNumber is null && rule.Parity == HouseNumberParity.All)
        {
            return true;
        }

        var number = HouseNumberAfter(normalizedAddress, at + street.Length);
        return number is { } n && InRange(n, rule);
    }

    /// <summary>Trims, removes spaces and turns full-width digits and letters into ASCII.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The house number right after the street name: "张杨路1088弄3号" → 1088.</summary>
    public static int? HouseNumberAfter(string address, int start)
    {
        var end = start;
        while (end < address.Length && char.IsAsciiDigit(address[end]))
        {
            end++;
        }

        return end > start && int.TryParse(address.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static bool InRange(int number, CatchmentRule rule) =>
        (rule.FromNumber is not { } from || number >= from)
        && (rule.ToNumber is not { } to || number <= to)
        && rule.Parity switch
        {
            HouseNumberParity.Odd => number % 2 == 1,
            HouseNumberParity.Even => number % 2 == 0,
            _ => true,
        };
}
