using EduGov.Platform.Exporting;

namespace EduGov.Inspection.Bulletins;

/// <summary>月报 or 季报.</summary>
public enum BulletinPeriod
{
    Month = 1,
    Quarter = 2,
}

/// <summary>全区, one 学区, or one 学校.</summary>
public enum BulletinScope
{
    Bureau = 1,
    Zone = 2,
    School = 3,
}

/// <summary>The calendar span of a month or quarter and its name in a bulletin (2026年11月, 2026年第三季度).</summary>
internal sealed record PeriodSpan(DateOnly Start, DateOnly Last, string Name)
{
    public static PeriodSpan Of(BulletinPeriod period, int year, int number)
    {
        var start = period == BulletinPeriod.Month ? new DateOnly(year, number, 1) : new DateOnly(year, ((number - 1) * 3) + 1, 1);
        var last = start.AddMonths(period == BulletinPeriod.Month ? 1 : 3).AddDays(-1);
        var name = period == BulletinPeriod.Month ? $"{year}年{number}月" : $"{year}年第{OfficialDocument.ChineseNumeral(number)}季度";
        return new PeriodSpan(start, last, name);
    }

    /// <summary>The month or quarter that contains <paramref name="day"/>, as (year, number).</summary>
    public static (int Year, int Number) Containing(BulletinPeriod period, DateOnly day) =>
        (day.Year, period == BulletinPeriod.Month ? day.Month : ((day.Month - 1) / 3) + 1);

    public static int MaxNumber(BulletinPeriod period) => period == BulletinPeriod.Month ? 12 : 4;
}
