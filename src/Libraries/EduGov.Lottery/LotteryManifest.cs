using System.Text;

namespace EduGov.Lottery;

/// <summary>
/// The frozen list of one lottery pool (school × category): the applicants' tokens (application numbers, never names or
/// ID numbers) in code-point order, each followed by a line feed, as UTF-8 without BOM. Its SHA-256 is published before
/// any entropy exists, and it is part of the seed, so the seed is bound to exactly this list.
/// </summary>
public sealed class LotteryManifest
{
    private LotteryManifest(IReadOnlyList<string> tokens, string text)
    {
        Tokens = tokens;
        Text = text;
        Sha256 = LotteryText.Sha256Hex(text);
    }

    /// <summary>The tokens in code-point order (see <see cref="CodePointOrder"/>).</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The canonical text: every token followed by "\n"; empty for an empty pool.</summary>
    public string Text { get; }

    /// <summary><c>manifest_sha256</c>: lower-case hex SHA-256 of the UTF-8 bytes of <see cref="Text"/>.</summary>
    public string Sha256 { get; }

    /// <summary>Builds the manifest of a pool; the order of <paramref name="tokens"/> does not matter.</summary>
    /// <exception cref="LotteryInputException">A token is empty, repeated, or contains a line feed, "|" or a lone surrogate.</exception>
    public static LotteryManifest Create(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sorted = tokens.ToList();
        foreach (var token in sorted)
        {
            LotteryText.RequirePart(token, "token");
        }

        sorted.Sort(CodePointOrder.Instance);
        RequireDistinct(sorted);
        return new LotteryManifest(sorted.AsReadOnly(), Canonical(sorted));
    }

    private static void RequireDistinct(List<string> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            if (string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal))
            {
                throw new LotteryInputException($"token“{sorted[i]}”重复出现：每个申请在一个摇号池中只能出现一次。");
            }
        }
    }

    private static string Canonical(List<string> sorted)
    {
        var text = new StringBuilder();
        foreach (var token in sorted)
        {
            text.Append(token).Append('\n');
        }

        return text.ToString();
    }
}
