using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Shouldly;
using Xunit;
using I = EduGov.Admission.Applications.ImportApplications;

namespace EduGov.IntegrationTests.Admission;

/// <summary>批量录入报名: the portal's rules on every row, the same child twice in the file or already applied, all or nothing.</summary>
public sealed class ApplicationsImportTests
{
    private static readonly DateOnly Born = new(2020, 3, 8);

    private static Dictionary<string, object> Row(string idNumber, string kind = "公办", string choice1 = "", string name = "王小明", string hukou = "是") => new()
    {
        [I.Year] = 2026, [I.StageColumn] = "小学", [I.ChildName] = name, [I.IdNumber] = idNumber,
        [I.GuardianName] = "王大明", [I.GuardianPhone] = "13900001111", [I.LocalHukou] = hukou,
        [I.HukouAddress] = ApplicationsWorld.CatchmentAddress, [I.HukouSince] = "2017-05-20", [I.HukouRelation] = "父亲",
        [I.OwnsProperty] = "否", [I.PropertyAddress] = "", [I.PropertySince] = "", [I.PropertyRelation] = "",
        [I.LivingAddress] = ApplicationsWorld.CatchmentAddress, [I.ResidencePermit] = "否", [I.ResidencePoints] = "",
        [I.Kind] = kind, [I.Choice1] = choice1, [I.Choice2] = "",
    };

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: I.Definition.SheetName);
        stream.Position = 0;
        return stream;
    }

    private static Task<ImportResult> ImportAsync(PlatformHarness harness, CurrentUser user, Stream file) =>
        harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync(I.Definition.Key, file, "纸质报名.xlsx", dryRun: false));

    private static string ErrorsOf(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GoodFile_EntersEveryRowLikeASubmission_InBulk(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(new DateOnly(2020, 1, 15))));
        using var file = Workbook(
        [
            Row(ApplicationsWorld.Id(Born, 11)),
            Row(ApplicationsWorld.Id(Born, 13), kind: "民办", choice1: "２１３１０００００７", name: "王小亮", hukou: "否"),
        ]);

        var result = await ImportAsync(harness, world.Officer, file);

        result.Errors.ShouldBeEmpty();
        result.Written.ShouldBeTrue();
        await using var db = await world.DbAsync();
        var entered = await db.Applications.AsNoTracking().Include(a => a.Choices).Where(a => a.BulkEntered).OrderBy(a => a.Number).ToListAsync();
        entered.Select(a => a.Number).ShouldBe(["2026P00002", "2026P00003"]);
        entered.ShouldAllBe(a => a.ParentId == null && a.Status == ApplicationStatus.Submitted && a.GuardianPhoneMasked == "139****1111");
        (entered[0].Kind, entered[0].CategoryOrder, entered[0].HukouRelation).ShouldBe((ApplicationKind.Public, 2, Relation.Parent));
        (entered[1].Kind, entered[1].LocalHukou, entered[1].Sex).ShouldBe((ApplicationKind.Private, false, EduGov.Standards.Sex.Male));
        entered[1].Choices.ShouldHaveSingleItem().SchoolId.ShouldBe(world.PrivateP);
        (await db.Steps.CountAsync(s => s.ActorName == "李科长")).ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_AnyBadRow_WritesNothing_AndListsEveryProblemByRowAndColumn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var applied = ApplicationsWorld.Id(new DateOnly(2020, 1, 15));
        await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(applied));
        var twin = ApplicationsWorld.Id(Born, 21);
        var badCheck = ApplicationsWorld.Id(Born, 23);
        badCheck = badCheck[..17] + (badCheck[17] == '0' ? '1' : '0');
        var bad = Row(ApplicationsWorld.Id(Born, 25), kind: "民办", choice1: "2131000001");
        bad[I.HukouRelation] = "邻居";
        bad[I.HukouSince] = "去年";
        var otherYear = Row(ApplicationsWorld.Id(Born, 27));
        otherYear[I.Year] = 2025;
        var noPermitPoints = Row(ApplicationsWorld.Id(Born, 29));
        noPermitPoints[I.ResidencePermit] = "是";
        using var file = Workbook(
        [
            Row(ApplicationsWorld.Id(Born, 11)),
            Row(twin),
            Row(twin),
            Row(badCheck),
            Row(applied),
            bad,
            otherYear,
            Row(ApplicationsWorld.Id(new DateOnly(2019, 8, 31)), kind: "国际"),
            noPermitPoints,
            Row(ApplicationsWorld.Id(Born, 31), kind: "民办", choice1: "9999999999"),
        ]);

        var result = await ImportAsync(harness, world.Officer, file);

        result.Written.ShouldBeFalse();
        ErrorsOf(result, 2).ShouldBeEmpty();
        ErrorsOf(result, 3).ShouldBe($"{I.IdNumber}:文件中第 3、4 行是同一儿童");
        ErrorsOf(result, 4).ShouldBe($"{I.IdNumber}:文件中第 3、4 行是同一儿童");
        ErrorsOf(result, 5).ShouldStartWith($"{I.IdNumber}:身份证号校验位错误");
        ErrorsOf(result, 6).ShouldBe($"{I.IdNumber}:该身份证号已在本轮报名（报名号 2026P00001，林**），同一儿童在同一轮次只能报名一次");
        ErrorsOf(result, 7).ShouldContain($"{I.HukouSince}:“去年”不是日期");
        ErrorsOf(result, 7).ShouldContain($"{I.HukouRelation}:“邻居”无法识别");
        ErrorsOf(result, 7).ShouldContain($"{I.Choice1}:第 1 志愿不是本轮招生的民办小学");
        ErrorsOf(result, 8).ShouldBe($"{I.Year}:没有 2025 年小学招生轮次");
        ErrorsOf(result, 9).ShouldContain($"{I.Kind}:“国际”无法识别");
        ErrorsOf(result, 9).ShouldContain($"{I.IdNumber}:出生日期 2019-08-31 不在本轮招生的入学年龄段");
        ErrorsOf(result, 10).ShouldBe($"{I.ResidencePoints}:持居住证请填写居住证积分");
        ErrorsOf(result, 11).ShouldBe($"{I.Choice1}:学校标识码 9999999999 不存在");
        await using var db = await world.DbAsync();
        (await db.Applications.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_NeedsTheManagePermission(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        using var file = Workbook([Row(ApplicationsWorld.Id(Born, 11))]);

        await Should.ThrowAsync<EduGov.Platform.Errors.ForbiddenException>(() => ImportAsync(harness, world.Registry.AdminA, file));
    }
}
