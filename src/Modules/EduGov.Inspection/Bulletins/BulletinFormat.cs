using System.Globalization;

namespace EduGov.Inspection.Bulletins;

/// <summary>How a bulletin writes its numbers and dates, the same on the page, in Word and in Excel.</summary>
internal static class BulletinFormat
{
    public const string None = "—";

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>A rate as a number of percent with one decimal, for Excel cells; null when there is no base.</summary>
    public static double? PercentValue(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : None;

    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
