namespace EduGov.Standards;

/// <summary>
/// 全国中小学生学籍号: G + 18-digit ID number, J + 18 digits built by the ID rule (no ID),
/// or L + 18 digits for a temporary number that has no check digit.
/// </summary>
public static class NationalStudentNumber
{
    public const int Length = 19;

    public static ValidationResult Validate(string? input)
    {
        var value = DigitNormalizer.Normalize(input);
        if (value.Length == 0)
        {
            return ValidationResult.Fail("请填写全国学籍号");
        }

        if (value.Length != Length)
        {
            return ValidationResult.Fail($"全国学籍号应为19位（1位字母加18位数字），当前为{value.Length}位");
        }

        var body = value.AsSpan(1);
        switch (value[0])
        {
            case 'L':
                return body.ContainsAnyExceptInRange('0', '9')
                    ? ValidationResult.Fail("临时学籍号（L开头）的后18位只能是数字")
                    : ValidationResult.Ok(value);
            case 'G' or 'J':
                if (!Mod11Check.HasShape(body))
                {
                    return ValidationResult.Fail($"{value[0]}开头的学籍号后18位应为17位数字加1位数字或X");
                }

                var expected = Mod11Check.Compute(body[..^1]);
                return expected == body[^1]
                    ? ValidationResult.Ok(value)
                    : ValidationResult.Fail($"全国学籍号校验位错误：按 GB 11643 计算应为 {expected}，实际为 {body[^1]}");
            default:
                return ValidationResult.Fail($"全国学籍号首位应为 G、J 或 L，实际为“{value[0]}”");
        }
    }

    /// <summary>The official number of a student with an ID card: "G" + the 18-digit ID number.</summary>
    /// <exception cref="ArgumentException">The ID number is not 18 characters with a correct check character.</exception>
    public static string FromIdNumber(string id)
    {
        var value = DigitNormalizer.Normalize(id);
        if (!Mod11Check.HasShape(value) || Mod11Check.Compute(value.AsSpan(0, IdNumber.Length - 1)) != value[^1])
        {
            throw new ArgumentException("Not an 18-character ID number with a valid check character.", nameof(id));
        }

        return "G" + value;
    }
}
