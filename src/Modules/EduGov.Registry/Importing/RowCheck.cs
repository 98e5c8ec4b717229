using System.Globalization;
using EduGov.Platform.Importing;
using EduGov.Registry.Contracts;
using EduGov.Standards;

namespace EduGov.Registry.Importing;

/// <summary>
/// The checks of one import row: reads typed values out of its text cells, and collects every problem by column in Chinese,
/// so that one pass reports all of a row's errors at once.
/// </summary>
internal sealed class RowCheck(ImportRow row)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private readonly List<ImportError> _errors = [];

    public ImportRow Row => row;
    public IReadOnlyList<ImportError> Errors => _errors;
    public bool Passed => _errors.Count == 0;

    public string this[string column] => row[column];

    public void Fail(string column, string message)
    {
        if (!_errors.Any(e => e.Column == column))
        {
            _errors.Add(new ImportError(row.RowNumber, column, message));
        }
    }

    public string Text(string column, int maxLength, bool required = true)
    {
        var text = row[column];
        if (required && text.Length == 0)
        {
            Fail(column, "必填");
        }
        else if (text.Length > maxLength)
        {
            Fail(column, $"不能超过 {maxLength} 个字");
        }

        return text;
    }

    public DateOnly? Date(string column, bool required = true)
    {
        var text = DigitNormalizer.Normalize(row[column]);
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(column, "必填");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(column, $"“{row[column]}”不是有效日期，请按 2019-03-12 的格式填写");
        return null;
    }

    public int? Integer(string column, int min, int max, bool required = true)
    {
        var text = DigitNormalizer.Normalize(row[column]);
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(column, "必填");
            }

            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Fail(column, $"应为 {min} 到 {max} 之间的整数");
        return null;
    }

    public double? Decimal(string column)
    {
        var text = DigitNormalizer.Normalize(row[column]);
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Fail(column, $"“{row[column]}”不是数字");
        return null;
    }

    /// <summary>One of an enum's values by its Chinese name; an empty cell gives <paramref name="whenEmpty"/> (or "必填" without one).</summary>
    public T? Choice<T>(string column, Func<T, string> nameOf, T? whenEmpty = null)
        where T : struct, Enum
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (whenEmpty is null)
            {
                Fail(column, "必填");
            }

            return whenEmpty;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (nameOf(value) == text)
            {
                return value;
            }
        }

        Fail(column, $"只能填写：{string.Join("、", Enum.GetValues<T>().Select(nameOf))}");
        return null;
    }

    public Sex? Sex(string column)
    {
        var sex = row[column] switch { "男" => Standards.Sex.Male, "女" => Standards.Sex.Female, _ => (Sex?)null };
        if (sex is null)
        {
            Fail(column, "请填写“男”或“女”");
        }

        return sex;
    }

    public int? Grade(string column)
    {
        var normalized = DigitNormalizer.Normalize(row[column]);
        if (int.TryParse(normalized, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
        {
            return number;
        }

        var grade = Enumerable.Range(-2, 15).Select(g => (int?)g).FirstOrDefault(g => StageNames.GradeName(g!.Value) == normalized);
        if (grade is null)
        {
            Fail(column, "年级应填写如“一年级”“初一”“高三”“小班”，或 1–12 的数字");
        }

        return grade;
    }

    /// <summary>
    /// Adds a form validator's failures under the column each property comes from; a property without a column fails the
    /// whole row, so that no rule the form enforces can be passed by an import.
    /// </summary>
    public void AddValidation(FluentValidation.Results.ValidationResult validation, IReadOnlyDictionary<string, string> columnOf)
    {
        foreach (var failure in validation.Errors)
        {
            Fail(columnOf.GetValueOrDefault(failure.PropertyName, ""), failure.ErrorMessage);
        }
    }

    public const string GradeRule = "小班 / 中班 / 大班 / 一年级 … 六年级 / 初一 … 初三 / 高一 … 高三，或 1–12";
}
