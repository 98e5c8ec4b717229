using System.Text;

namespace EduGov.Standards;

/// <summary>Cleans up identifiers as typed or pasted by users before they are validated.</summary>
public static class DigitNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>
    /// Removes all whitespace (including the ideographic space), converts full-width ASCII
    /// characters (０-９, Ｘ, ｘ, －, …) to ASCII and upper-cases ASCII letters, so "x" becomes "X".
    /// Returns an empty string for null.
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var ascii = c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c;
            builder.Append(char.IsAsciiLetterLower(ascii) ? char.ToUpperInvariant(ascii) : ascii);
        }

        return builder.ToString();
    }
}
