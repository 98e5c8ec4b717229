using EduGov.Inspection.Bulletins;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Inspection;

/// <summary>The calendar and the statistics behind a bulletin.</summary>
public sealed class BulletinsTests
{
    [Theory]
    [InlineData(BulletinPeriod.Month, 2026, 2, "2026-02-01", "2026-02-28", "2026年2月")]
    [InlineData(BulletinPeriod.Month, 2024, 2, "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData(BulletinPeriod.Month, 2026, 12, "2026-12-01", "2026-12-31", "2026年12月")]
    [InlineData(BulletinPeriod.Quarter, 2026, 1, "2026-01-01", "2026-03-31", "2026年第一季度")]
    [InlineData(BulletinPeriod.Quarter, 2026, 3, "2026-07-01", "2026-09-30", "2026年第三季度")]
    [InlineData(BulletinPeriod.Quarter, 2026, 4, "2026-10-01", "2026-12-31", "2026年第四季度")]
    public void PeriodSpan_CoversTheWholeMonthOrQuarter(BulletinPeriod period, int year, int number, string start, string last, string name)
    {
        var span = PeriodSpan.Of(period, year, number);

        span.ShouldBe(new PeriodSpan(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), name));
    }

    [Theory]
    [InlineData(BulletinPeriod.Month, "2026-11-23", 2026, 11)]
    [InlineData(BulletinPeriod.Quarter, "2026-11-23", 2026, 4)]
    [InlineData(BulletinPeriod.Quarter, "2026-03-31", 2026, 1)]
    [InlineData(BulletinPeriod.Quarter, "2026-07-01", 2026, 3)]
    public void PeriodSpan_Containing_FindsTheMonthOrQuarterOfADay(BulletinPeriod period, string day, int year, int number) =>
        PeriodSpan.Containing(period, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe((year, number));

    [Fact]
    public void Median_OfAHistogram_IsTheMiddleValue_OrTheMeanOfTheTwoMiddleValues()
    {
        BulletinCounts.Median([new(40, 1), new(7, 1), new(25, 1), new(10, 1)], 4).ShouldBe(17.5);
        BulletinCounts.Median([new(3, 2), new(9, 1)], 3).ShouldBe(3);
        BulletinCounts.Median([new(5, 10)], 10).ShouldBe(5);
        BulletinCounts.Median([], 0).ShouldBeNull();
    }
}
