using EduGov.Inspection.Balanced;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>办学条件: the form's checks and scope, the list, the export and the all-or-nothing import.</summary>
public sealed class BalancedFacilitiesTests
{
    private static readonly FacilitiesValues Good = new(6_000.5m, 9_000m, 2_400_000m, 30);

    private static Dictionary<string, object> FileRow(string code, object year, object teaching, object sports, object equipment, object classrooms, string name = "") => new()
    {
        [ImportFacilities.Code] = code, [ImportFacilities.Name] = name, [ImportFacilities.Year] = year,
        [ImportFacilities.TeachingSpace] = teaching, [ImportFacilities.SportsSpace] = sports,
        [ImportFacilities.EquipmentValue] = equipment, [ImportFacilities.MultimediaClassrooms] = classrooms,
    };

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: ImportFacilities.Definition.SheetName);
        stream.Position = 0;
        return stream;
    }

    private static Task<ImportResult> ImportAsync(PlatformHarness harness, CurrentUser user, Stream file, bool dryRun = false) =>
        harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync("facilities", file, "办学条件.xlsx", dryRun));

    private static string ErrorsOf(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));

    private static async Task<List<SchoolFacilities>> StoredAsync(PlatformHarness harness)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
        return await db.Facilities.AsNoTracking().ToListAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_RecordsThenReplacesTheYear_AndTheListShowsItInScope(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);

        await world.SaveFacilitiesAsync(world.SchoolA, Good);
        await world.SaveFacilitiesAsync(world.SchoolA, Good with { MultimediaClassrooms = 31 }, world.AdminA);
        await world.SaveFacilitiesAsync(world.SchoolA, Good, year: 2025);
        var districtList = await harness.AsAsync<ListFacilities.Handler, ListFacilities.Result>(world.Leader, h => h.HandleAsync(new ListFacilities.Query(2026) { Page = new PageRequest(1, 2) }));
        var ownList = await harness.AsAsync<ListFacilities.Handler, ListFacilities.Result>(world.AdminA, h => h.HandleAsync(new ListFacilities.Query(2026)));
        var searched = await harness.AsAsync<ListFacilities.Handler, ListFacilities.Result>(world.Leader, h => h.HandleAsync(new ListFacilities.Query(2026, "东昌")));

        var stored = await StoredAsync(harness);
        stored.Count.ShouldBe(2);
        var current = stored.Single(f => f.Year == 2026);
        (current.TeachingSpaceSquareMetres, current.MultimediaClassrooms, current.UpdatedByName).ShouldBe((6_000.5m, 31, "陈校管"));
        (districtList.Schools, districtList.Reported, districtList.Page.Total).ShouldBe((5, 1, 5));
        districtList.Page.Items.Select(r => r.Code).ShouldBe(["2131000001", "2131000002"]);
        districtList.Page.Items[0].Values.ShouldBe(Good with { MultimediaClassrooms = 31 });
        districtList.Page.Items[1].Reported.ShouldBeFalse();
        ownList.Page.Items.ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolA);
        searched.Page.Items.ShouldHaveSingleItem().SchoolId.ShouldBe(world.CompleteE);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_RefusesOtherSchools_ReadersAndSchoolsOutsideTheEvaluation(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);

        (await Should.ThrowAsync<ForbiddenException>(() => world.SaveFacilitiesAsync(world.SchoolB, Good, world.AdminA))).Message.ShouldContain("不在您的管理范围内");
        await Should.ThrowAsync<ForbiddenException>(() => world.SaveFacilitiesAsync(world.SchoolA, Good, world.Leader));
        (await Should.ThrowAsync<InvalidInputException>(() => world.SaveFacilitiesAsync(world.SpecialF, Good))).Message.ShouldContain("特殊教育学校不参加义务教育优质均衡评估");
        await Should.ThrowAsync<NotFoundException>(() => world.SaveFacilitiesAsync(Guid.CreateVersion7(), Good));
        (await StoredAsync(harness)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_ChecksEveryFigure_WithChineseMessages(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);

        var error = await Should.ThrowAsync<InvalidInputException>(() => world.SaveFacilitiesAsync(world.SchoolA, new FacilitiesValues(-1, 600_000, 12.345m, 1_001), year: 1999));

        error.Errors["Year"].ShouldBe(["年度应在 2000 到 2027 之间"]);
        error.Errors[nameof(FacilitiesValues.TeachingSpaceSquareMetres)].ShouldBe(["教学及辅助用房面积不能为负数"]);
        error.Errors[nameof(FacilitiesValues.SportsSpaceSquareMetres)].ShouldBe(["体育运动场馆面积不能超过 500,000 平方米，请核对单位"]);
        error.Errors[nameof(FacilitiesValues.EquipmentValueYuan)].ShouldBe(["教学仪器设备值最多保留两位小数"]);
        error.Errors[nameof(FacilitiesValues.MultimediaClassrooms)].ShouldBe(["网络多媒体教室数不能超过 1,000 间，请核对单位"]);
        (await StoredAsync(harness)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GoodFile_UpsertsEveryRowInOneAuditedWrite(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.SaveFacilitiesAsync(world.SchoolA, Good);
        using var file = Workbook(
        [
            FileRow("2131000001", 2026, 6100, 9100.25, 2_500_000, 31, "浦东新区明德小学"),
            FileRow("2131000002", "2026", "5000.5", "8000", "1,800,000", "25"),
            FileRow("３１３１０００００４", 2025, 9000, 15000, 3_000_000, 40),
        ]);

        var dryRun = await ImportAsync(harness, world.Officer, Workbook([FileRow("2131000002", 2026, 1, 1, 1, 1)]), dryRun: true);
        var result = await ImportAsync(harness, world.Officer, file);

        dryRun.Succeeded.ShouldBeTrue();
        result.Succeeded.ShouldBeTrue(string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}")));
        result.Written.ShouldBeTrue();
        var stored = await StoredAsync(harness);
        stored.Count.ShouldBe(3);
        var a = stored.Single(f => f.SchoolId == world.SchoolA);
        (a.TeachingSpaceSquareMetres, a.SportsSpaceSquareMetres, a.EquipmentValueYuan, a.MultimediaClassrooms, a.UpdatedByName).ShouldBe((6100m, 9100.25m, 2_500_000m, 31, "李科长"));
        stored.Single(f => f.SchoolId == world.SchoolB).EquipmentValueYuan.ShouldBe(1_800_000m);
        stored.Single(f => f.SchoolId == world.NineYearD).Year.ShouldBe(2025);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.Where(e => e.EntityType == "FacilitiesImport").ToListAsync()).ShouldHaveSingleItem().Note.ShouldBe("导入办学条件 3 条：办学条件.xlsx");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_FileWithBadRows_WritesNothing_AndNamesEveryProblem(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        using var file = Workbook(
        [
            FileRow("2131000001", 2026, 6000, 9000, 2_400_000, 30),
            FileRow("2131999999", 2026, 6000, 9000, 2_400_000, 30),
            FileRow("2131000001", 2025, -5, 9000, "两百万", 30.5),
            FileRow("2131000001", 2024, 6000, 9000, 2_400_000, 30, "浦东新区育才小学"),
            FileRow("5131000006", 2026, 6000, 9000, 2_400_000, 30),
            FileRow("2131000001", 2026, 6000, 9000, 2_400_000, 30),
            FileRow("2131000002", 1990, 6000.123, 9000, 2_400_000, 30),
        ]);

        var result = await ImportAsync(harness, world.Officer, file);
        var asSchool = await ImportAsync(harness, world.AdminA, Workbook([FileRow("2131000002", 2026, 6000, 9000, 2_400_000, 30)]));

        result.Written.ShouldBeFalse();
        (await StoredAsync(harness)).ShouldBeEmpty();
        ErrorsOf(result, 2).ShouldContain("学校标识码:文件中第 2、7 行是同一学校同一年度");
        ErrorsOf(result, 3).ShouldBe("学校标识码:学校标识码不存在");
        ErrorsOf(result, 4).ShouldContain("教学及辅助用房面积(平方米):教学及辅助用房面积不能为负数");
        ErrorsOf(result, 4).ShouldContain("教学仪器设备值(元):“两百万”不是数字");
        ErrorsOf(result, 4).ShouldContain("网络多媒体教室(间):“30.5”不是整数");
        ErrorsOf(result, 5).ShouldBe("学校名称:与学校标识码不符：2131000001 登记的是“浦东新区明德小学”");
        ErrorsOf(result, 6).ShouldBe("学校标识码:特殊教育学校不参加义务教育优质均衡评估，无需填报办学条件");
        ErrorsOf(result, 8).ShouldContain("年度:年度应在 2000 到 2027 之间");
        ErrorsOf(result, 8).ShouldContain("教学及辅助用房面积(平方米):教学及辅助用房面积最多保留两位小数");
        asSchool.Written.ShouldBeFalse();
        ErrorsOf(asSchool, 2).ShouldBe("学校标识码:该学校不在您的管理范围内");
        result.ErrorWorkbook.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_ListsEverySchoolInScope_AndImportsBackUnchanged(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();
        await world.SaveFacilitiesAsync(world.CompleteE, Good);
        var before = (await StoredAsync(harness)).Select(f => (f.SchoolId, f.TeachingSpaceSquareMetres, f.SportsSpaceSquareMetres, f.EquipmentValueYuan, f.MultimediaClassrooms)).OrderBy(f => f.SchoolId).ToList();

        var file = await harness.AsAsync<ExportFacilities.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListFacilities.Query(2026)));
        var result = await ImportAsync(harness, world.Officer, new MemoryStream(file.Content));

        result.Succeeded.ShouldBeTrue(string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}")));
        (await StoredAsync(harness)).Select(f => (f.SchoolId, f.TeachingSpaceSquareMetres, f.SportsSpaceSquareMetres, f.EquipmentValueYuan, f.MultimediaClassrooms)).OrderBy(f => f.SchoolId).ToList().ShouldBe(before);
        using var stream = new MemoryStream(file.Content);
        stream.Query(useHeaderRow: true, sheetName: "办学条件").Count().ShouldBe(5);
    }
}
