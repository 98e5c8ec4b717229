using EduGov.Admission.Forecast;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Metrics.Forecasting;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Registry.Contracts;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// The forecast on a small steady world: A and B (primary) 100 pupils a grade, D (nine-year) 50 a grade in grades 1–9,
/// C (junior) 200 a grade, from 2022 to 2026; 250 births a year in the district, 100 in A's catchment; seat plans of two
/// classes for A and three for B (cap 45). Every ratio is 1 for the district, so every forecast is flat.
/// </summary>
public sealed class ForecastQueryTests
{
    private static async Task<ForecastWorld> SteadyWorldAsync(PlatformHarness harness)
    {
        var world = await ForecastWorld.BuildAsync(harness);
        await world.AddEnrolmentAsync(world.SchoolA, 2022, 2026, 1, 6, 100);
        await world.AddEnrolmentAsync(world.SchoolB, 2022, 2026, 1, 6, 100);
        await world.AddEnrolmentAsync(world.NineYearD, 2022, 2026, 1, 9, 50);
        await world.AddEnrolmentAsync(world.JuniorC, 2022, 2026, 7, 9, 200);
        await world.AddBirthsAsync(null, 2014, 2025, 250);
        await world.AddBirthsAsync(world.SchoolA, 2014, 2025, 100);
        await world.AddSeatPlansAsync(2025, (world.SchoolA, 3), (world.SchoolB, 3));
        await world.AddSeatPlansAsync(2026, (world.SchoolA, 2), (world.SchoolB, 3));
        return world;
    }

    private static Task<GetForecast.Result> ForecastAsync(ForecastWorld world, EduGov.Platform.Security.CurrentUser user, Stage stage) =>
        world.Harness.AsAsync<GetForecast.Handler, GetForecast.Result>(user, h => h.HandleAsync(new GetForecast.Query(stage)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Primary_District_IsFlat_AndTheSchoolShortOfSeatsIsListed(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await SteadyWorldAsync(harness);

        var result = await ForecastAsync(world, world.Leader, Stage.Primary);

        var district = result.District.ShouldNotBeNull();
        district.BaseYear.ShouldBe(2026);
        district.Years.Select(y => y.Year).ShouldBe([2027, 2028, 2029, 2030, 2031]);
        district.Years.ShouldAllBe(y => y.EntryPupils == 250 && y.TotalPupils == 1500 && y.EntryClasses == 6 && y.Seats == 225 && y.Shortfall == 45);
        (district.EntryError.Mape, district.EntryError.Points.Count, district.TotalError.Mape).ShouldBe((0.0, 4, 0.0));
        result.Schools.Select(s => (s.Code, s.Feeder, s.NextEntry, s.Seats, s.MaxShortfall)).ShouldBe(new (string, FeederSource, int?, int?, int)[]
        {
            ("2131000001", FeederSource.OwnBirths, 100, 90, 45),
            ("2131000002", FeederSource.DistrictBirthsShare, 100, 135, 0),
            ("3131000004", FeederSource.DistrictBirthsShare, 50, null, 0),
        });
        var shortOfSeats = result.ShortOfSeats.ShouldHaveSingleItem();
        (shortOfSeats.SchoolId, shortOfSeats.FirstShortYear, shortOfSeats.ClassCap, shortOfSeats.EntryMape).ShouldBe((world.SchoolA, 2027, 45, 0.0));
        result.WithoutHistory.ShouldBeEmpty();
        result.Status.DistrictBirthYears.ShouldBe(Enumerable.Range(2014, 12));
        result.Status.SchoolsWithBirths.ShouldBe(1);
        result.Status.EnrolmentYears.Select(y => (y.Year, y.Schools)).ShouldBe([(2022, 4), (2023, 4), (2024, 4), (2025, 4), (2026, 4)]);
        result.Status.SchoolYearRecorded.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Junior_EntryComesFromGradeSix_OfTheNineYearSchoolItself_AndOfTheDistrictForAJuniorSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await SteadyWorldAsync(harness);

        var result = await ForecastAsync(world, world.Officer, Stage.Junior);
        var nineYear = await harness.AsAsync<GetSchoolForecast.Handler, GetSchoolForecast.Result>(world.Officer, h => h.HandleAsync(new GetSchoolForecast.Query(world.NineYearD, Stage.Junior)));

        var district = result.District.ShouldNotBeNull();
        district.Years.ShouldAllBe(y => y.EntryPupils == 250 && y.TotalPupils == 750 && y.EntryClasses == 5 && y.Seats == null && y.Shortfall == null);
        result.Schools.Select(s => (s.Code, s.Feeder, s.NextEntry, s.ClassCap)).ShouldBe(new (string, FeederSource, int?, int)[]
        {
            ("3131000003", FeederSource.DistrictGrade6Share, 200, 50),
            ("3131000004", FeederSource.OwnGrade6, 50, 50),
        });
        result.ShortOfSeats.ShouldBeEmpty();
        nineYear.Stages.ShouldBe([Stage.Primary, Stage.Junior]);
        nineYear.Feeder.ShouldBe(FeederSource.OwnGrade6);
        nineYear.Forecast.ShouldNotBeNull().Years.ShouldAllBe(y => y.TotalPupils == 150);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASchool_SeesOnlyItsOwnForecast(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await SteadyWorldAsync(harness);

        var overview = await ForecastAsync(world, world.AdminA, Stage.Primary);
        var own = await harness.AsAsync<GetSchoolForecast.Handler, GetSchoolForecast.Result>(world.AdminA, h => h.HandleAsync(new GetSchoolForecast.Query(world.SchoolA)));

        (overview.CoversDistrict, overview.District).ShouldBe((false, null));
        overview.Schools.ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolA);
        overview.ShortOfSeats.ShouldHaveSingleItem().MaxShortfall.ShouldBe(45);
        own.Stage.ShouldBe(Stage.Primary);
        own.Forecast.ShouldNotBeNull().Years[0].Shortfall.ShouldBe(45);
        (await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetSchoolForecast.Handler, GetSchoolForecast.Result>(world.AdminA, h => h.HandleAsync(new GetSchoolForecast.Query(world.SchoolB)))))
            .Message.ShouldBe("该学校不在您的管理范围内。");
        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<GetSchoolForecast.Handler, GetSchoolForecast.Result>(world.AdminA, h => h.HandleAsync(new GetSchoolForecast.Query(world.SchoolA, Stage.Junior))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ExportForecast.Handler, ExcelFile>(world.AdminA, h => h.HandleAsync(new ExportForecast.Query(Stage.Primary, world.SchoolB))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WithoutHistory_TheDistrictHasNoForecast_AndMissingBirthsAreListed(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);

        var empty = await ForecastAsync(world, world.Leader, Stage.Primary);
        await world.AddEnrolmentAsync(world.SchoolA, 2024, 2026, 1, 6, 100);
        await world.AddBirthsAsync(null, 2018, 2022, 100);
        var partial = await ForecastAsync(world, world.Leader, Stage.Primary);

        empty.District.ShouldBeNull();
        empty.WithoutHistory.Select(s => s.Code).ShouldBe(["2131000001", "2131000002", "3131000004"]);
        empty.Status.SchoolYearRecorded.ShouldBeFalse();
        var district = partial.District.ShouldNotBeNull();
        district.MissingFeederYears.ShouldBe([2023, 2024, 2025]);
        district.Years.Select(y => y.EntryPupils).ShouldBe(new int?[] { 100, 100, null, null, null });
        district.EntryRatio.Source.ShouldBe(RatioSource.Observed);
        (district.EntryError.Points.Count, district.EntryError.Mape).ShouldBe((2, 0.0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_WritesTheDistrictAndEverySchool_AndIsAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await SteadyWorldAsync(harness);

        var file = await harness.AsAsync<ExportForecast.Handler, ExcelFile>(world.Leader, h => h.HandleAsync(new ExportForecast.Query(Stage.Primary)));
        var school = await harness.AsAsync<ExportForecast.Handler, ExcelFile>(world.AdminA, h => h.HandleAsync(new ExportForecast.Query(Stage.Primary, world.SchoolA)));

        using var stream = new MemoryStream(file.Content);
        stream.GetSheetNames().ShouldBe(["全区预测", "全区回测误差", "各校预测"]);
        var district = stream.Query(useHeaderRow: true, sheetName: "全区预测").Cast<IDictionary<string, object?>>().ToList();
        district.Count.ShouldBe(10);
        Convert.ToInt32(district[^1]["学位缺口"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(45);
        stream.Query(useHeaderRow: true, sheetName: "各校预测").Count().ShouldBe(15);
        using var schoolStream = new MemoryStream(school.Content);
        schoolStream.GetSheetNames().ShouldBe(["学校预测", "回测误差"]);
        var audit = await world.AuditNotesAsync("EnrollmentForecast");
        audit.ShouldBe(["导出小学学龄人口预测（全区及 3 所学校）", "导出浦东新区明德小学小学学龄人口预测"]);
    }
}
