using System.Buffers;

namespace EduGov.Standards;

/// <summary>统一社会信用代码, GB 32100-2015: 17 characters from a 31-character alphabet plus a MOD 31 check character.</summary>
public static class CreditCode
{
    public const int Length = 18;

    // The standard's alphabet leaves out I, O, Z, S and V to avoid confusion with 1, 0, 2, 5 and U.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static ValidationResult Validate(string? input)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.Length == 0)
        {
            return ValidationResult.Fail("请填写统一社会信用代码");
        }

        if (value.Length != Length)
        {
            return ValidationResult.Fail($"统一社会信用代码应为18位，当前为{value.Length}位");
        }

        var badPosition = value.AsSpan().IndexOfAnyExcept(AlphabetValues);
        if (badPosition >= 0)
        {
            return ValidationResult.Fail(
                $"统一社会信用代码第{badPosition + 1}位“{value[badPosition]}”不是允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）");
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        return expected == value[^1]
            ? ValidationResult.Ok(value)
            : ValidationResult.Fail($"统一社会信用代码校验位错误：按 GB 32100 计算应为 {expected}，实际为 {value[^1]}");
    }

    /// <exception cref="ArgumentException">The span is not 17 characters from the GB 32100 alphabet.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Weights.Length)
        {
            throw new ArgumentException($"Expected {Weights.Length} characters, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var code = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (code < 0)
            {
                throw new ArgumentException($"Character {i + 1} is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += code * Weights[i];
        }

        var check = Alphabet.Length - (sum % Alphabet.Length);
        return Alphabet[check == Alphabet.Length ? 0 : check];
    }
}
