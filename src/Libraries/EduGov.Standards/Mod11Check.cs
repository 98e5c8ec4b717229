namespace EduGov.Standards;

/// <summary>ISO 7064:1983 MOD 11-2 as used by GB 11643 (citizen ID) and the 学籍号.</summary>
internal static class Mod11Check
{
    public const int PayloadLength = 17;

    private const string CheckCharacters = "10X98765432";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static char Compute(ReadOnlySpan<char> first17)
    {
        if (first17.Length != PayloadLength)
        {
            throw new ArgumentException($"Expected {PayloadLength} digits, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < PayloadLength; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"Character {i + 1} is not a digit.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>True when <paramref name="value"/> is 17 digits followed by a digit or X.</summary>
    public static bool HasShape(ReadOnlySpan<char> value) =>
        value.Length == PayloadLength + 1
        && !value[..PayloadLength].ContainsAnyExceptInRange('0', '9')
        && (char.IsAsciiDigit(value[^1]) || value[^1] == 'X');
}
