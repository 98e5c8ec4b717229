using System.Text.RegularExpressions;

namespace EduGov.Standards;

/// <summary>Mainland mobile numbers (1[3-9] + 9 digits) and landlines with an area code (021-58881234).</summary>
public static partial class PhoneNumber
{
    private const string CountryPrefix = "+86";
    private const int MobileLength = 11;
    private const int MinLengthForStandardMask = 8;

    public static ValidationResult Validate(string? input)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.StartsWith(CountryPrefix, StringComparison.Ordinal))
        {
            value = value[CountryPrefix.Length..];
        }

        if (value.Length == 0)
        {
            return ValidationResult.Fail("请填写联系电话");
        }

        if (value[0] == '1')
        {
            return ValidateMobile(value.Replace("-", string.Empty, StringComparison.Ordinal));
        }

        return LandlinePattern().IsMatch(value)
            ? ValidationResult.Ok(value)
            : ValidationResult.Fail("电话号码格式不正确：手机号应为11位数字，固定电话需带区号，如 021-58881234");
    }

    /// <summary>"13812341234" → "138****1234"; values shorter than 8 characters keep only their first and last character.</summary>
    public static string Mask(string phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return string.Empty;
        }

        return phone.Length >= MinLengthForStandardMask
            ? phone[..3] + "****" + phone[^4..]
            : Masking.KeepEnds(phone);
    }

    private static ValidationResult ValidateMobile(string digits)
    {
        if (digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return ValidationResult.Fail("手机号只能包含数字");
        }

        if (digits.Length != MobileLength)
        {
            return ValidationResult.Fail($"手机号应为11位，当前为{digits.Length}位");
        }

        return MobilePattern().IsMatch(digits)
            ? ValidationResult.Ok(digits)
            : ValidationResult.Fail("手机号第二位应为3至9之间的数字");
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    // Area codes are 0 + 2 or 3 digits; local numbers are 7 or 8 digits.
    [GeneratedRegex(@"^0\d{2,3}-?[1-9]\d{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();
}
