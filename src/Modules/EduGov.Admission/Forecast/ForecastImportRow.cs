using System.Globalization;
using EduGov.Platform.Importing;
using EduGov.Registry.Contracts;
using EduGov.Standards;

namespace EduGov.Admission.Forecast;

/// <summary>Reads one import row's cells as typed values and collects at most one Chinese problem per column.</summary>
internal sealed class ForecastImportRow(ImportRow row)
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    public int RowNumber => row.RowNumber;

    public string this[string column] => row[column];

    public void Fail(string column, string message)
    {
        if (!_errors.Any(e => e.Column == column))
        {
            _errors.Add(new ImportError(row.RowNumber, column, message));
        }
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; null (with the problem recorded) otherwise.</summary>
    public int? Integer(string column, int min, int max, string rangeMessage)
    {
        var text = DigitNormalizer.Normalize(row[column]);
        if (text.Length == 0)
        {
            Fail(column, "必填");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Fail(column, $"“{row[column]}”不是整数");
            return null;
        }

        if (number < min || number > max)
        {
            Fail(column, rangeMessage);
            return null;
        }

        return number;
    }

    /// <summary>
    /// The school named by its 学校标识码 when it exists, is in scope and passes <paramref name="admits"/> (null with the reason
    /// recorded otherwise).
    /// </summary>
    public SchoolRef? School(string column, IReadOnlyDictionary<string, SchoolRef> all, IReadOnlySet<Guid>? scope, Func<SchoolRef, string?> admits)
    {
        var code = DigitNormalizer.Normalize(row[column]);
        if (!all.TryGetValue(code, out var school))
        {
            Fail(column, code.Length == 0 ? "必填" : "学校标识码不存在");
            return null;
        }

        if (scope is not null && !scope.Contains(school.Id))
        {
            Fail(column, "该学校不在您的管理范围内");
            return null;
        }

        if (admits(school) is { } problem)
        {
            Fail(column, problem);
            return null;
        }

        return school;
    }
}
