namespace EduGov.Lottery;

/// <summary>
/// Orders strings by Unicode code point, which is the order of their UTF-8 bytes and Python's string order.
/// <see cref="string.CompareOrdinal(string, string)"/> compares UTF-16 code units instead and would put characters above
/// U+FFFF before U+E000–U+FFFF; for the lottery every implementation must agree, so the portable order is used.
/// For ASCII tokens (application numbers) both orders are the same.
/// </summary>
public sealed class CodePointOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static readonly CodePointOrder Instance = new();

    private CodePointOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Weight(x[i]).CompareTo(Weight(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Moves surrogates (which encode code points above U+FFFF) after U+E000–U+FFFF, keeping every other order.</summary>
    private static int Weight(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
