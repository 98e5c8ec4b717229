using System.Globalization;

namespace EduGov.Standards;

/// <summary>Citizen identity number, GB 11643-1999: 6-digit region + YYYYMMDD + 3-digit sequence + MOD 11-2 check.</summary>
public static class IdNumber
{
    public const int Length = 18;

    private const int LegacyLength = 15;
    private const int RegionLength = 6;
    private const int MaskedDigits = 8;

    public static IdNumberResult Parse(string? input, DateOnly today)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.Length == 0)
        {
            return IdNumberResult.Fail("请填写身份证号");
        }

        if (value.Length == LegacyLength && !value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return ParseLegacy(value);
        }

        if (value.Length != Length)
        {
            return IdNumberResult.Fail($"身份证号应为18位，当前为{value.Length}位");
        }

        var badPosition = FindInvalidCharacter(value);
        if (badPosition >= 0)
        {
            return IdNumberResult.Fail(badPosition < Length - 1
                ? $"身份证号第{badPosition + 1}位“{value[badPosition]}”不是数字"
                : $"身份证号最后一位应为数字或X，实际为“{value[badPosition]}”");
        }

        var dateText = value.Substring(RegionLength, 8);
        if (!TryParseDate(dateText, out var birthDate))
        {
            return IdNumberResult.Fail($"身份证号中的出生日期 {FormatDateText(dateText)} 不是有效日期");
        }

        if (birthDate > today)
        {
            return IdNumberResult.Fail($"身份证号中的出生日期 {FormatDateText(dateText)} 晚于今天");
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        if (expected != value[^1])
        {
            return IdNumberResult.Fail($"身份证号校验位错误：按 GB 11643 计算应为 {expected}，实际为 {value[^1]}");
        }

        var sex = (value[16] - '0') % 2 == 1 ? Standards.Sex.Male : Standards.Sex.Female;
        return new IdNumberResult(true, null, value, birthDate, sex, value[..RegionLength]);
    }

    /// <summary>ISO 7064 MOD 11-2 check character for the first 17 digits.</summary>
    /// <exception cref="ArgumentException">The span is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17) => Mod11Check.Compute(first17);

    /// <summary>"310115********123X" for 18-character IDs; other documents keep only their first and last character.</summary>
    public static string Mask(string idNumber)
    {
        if (string.IsNullOrEmpty(idNumber))
        {
            return string.Empty;
        }

        return idNumber.Length == Length
            ? idNumber[..RegionLength] + new string('*', MaskedDigits) + idNumber[^4..]
            : Masking.KeepEnds(idNumber);
    }

    /// <summary>Builds a valid 18-digit number, e.g. for demo data.</summary>
    public static string Compose(string regionCode, DateOnly birthDate, int sequence)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (regionCode.Length != RegionLength || regionCode.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Region code must be 6 digits.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);

        var first17 = string.Create(CultureInfo.InvariantCulture, $"{regionCode}{birthDate:yyyyMMdd}{sequence:D3}");
        return first17 + ComputeCheckCharacter(first17);
    }

    /// <summary>15-digit numbers (pre-1999) omit the century and the check digit; they are rejected but the converted number is offered.</summary>
    private static IdNumberResult ParseLegacy(string value)
    {
        var dateText = string.Concat("19", value.AsSpan(RegionLength, 6));
        if (!TryParseDate(dateText, out _))
        {
            return IdNumberResult.Fail($"身份证号中的出生日期 {FormatDateText(dateText)} 不是有效日期");
        }

        var first17 = value[..RegionLength] + dateText + value[^3..];
        var converted = first17 + ComputeCheckCharacter(first17);
        return IdNumberResult.Fail($"15位旧身份证号已停止使用，请填写18位号码（换算后为 {converted}）");
    }

    private static int FindInvalidCharacter(string value)
    {
        var index = value.AsSpan(0, Length - 1).IndexOfAnyExceptInRange('0', '9');
        if (index >= 0)
        {
            return index;
        }

        return char.IsAsciiDigit(value[^1]) || value[^1] == 'X' ? -1 : Length - 1;
    }

    private static bool TryParseDate(string yyyyMMdd, out DateOnly date) =>
        DateOnly.TryParseExact(yyyyMMdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string FormatDateText(string yyyyMMdd) => $"{yyyyMMdd[..4]}-{yyyyMMdd[4..6]}-{yyyyMMdd[6..]}";
}
