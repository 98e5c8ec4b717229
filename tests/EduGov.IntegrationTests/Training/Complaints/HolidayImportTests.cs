using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Training.Rules;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>A year's holiday notice from Excel: every row checked first, nothing written on any error, then all written at once.</summary>
public sealed class HolidayImportTests
{
    private static Dictionary<string, object> Row(object date, string type, string name) =>
        new() { [ImportHolidays.Date] = date, [ImportHolidays.Type] = type, [ImportHolidays.Name] = name };

    private static Task<ImportResult> ImportAsync(ComplaintsWorld world, CurrentUser user, IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: ImportHolidays.Definition.SheetName);
        stream.Position = 0;
        return world.Harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync(ImportHolidays.Definition.Key, stream, "2027年节假日安排.xlsx", false));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ListsEveryProblem_WritesNothing_ThenWritesTheWholeYear(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        await harness.AsAsync<HolidayCalendar.Handler, Guid>(world.Officer, h => h.AddAsync(new(new DateOnly(2027, 1, 1), false, "元旦")));

        var bad = await ImportAsync(world, world.Officer,
        [
            Row("2027-01-01", "放假", "元旦"),
            Row("2027-10-01", "调休上班", "国庆节"),
            Row("不是日期", "放假", "春节"),
            Row("2027-02-10", "休息", "春节"),
            Row("2027-02-11", "放假", "春节"),
            Row("2027-02-11", "放假", "春节"),
            Row("2028-01-01", "放假", "元旦"),
        ]);
        var good = await ImportAsync(world, world.Officer,
        [
            Row(new DateTime(2027, 10, 1), "放假", "国庆节"),
            Row("2027-10-04", "放假", "国庆节"),
            Row("2027/9/26", "调休上班", "国庆节调休上班"),
        ]);

        bad.Errors.Select(e => (e.RowNumber, e.Column)).ShouldBe(
            [(2, "日期"), (3, "类型"), (4, "日期"), (5, "类型"), (6, "日期"), (7, "日期"), (8, "日期")], ignoreOrder: true);
        bad.Written.ShouldBeFalse();
        good.Succeeded.ShouldBeTrue();
        await using var db = await world.DbAsync();
        (await db.CalendarDays.OrderBy(d => d.Date).Select(d => new { d.Date, d.IsWorkingDay }).ToListAsync())
            .Select(d => (d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.IsWorkingDay))
            .ShouldBe([("01-01", false), ("09-26", true), ("10-01", false), ("10-04", false)]);
    }
}
