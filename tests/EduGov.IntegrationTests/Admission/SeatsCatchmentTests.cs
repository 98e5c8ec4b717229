using EduGov.Admission.Domain;
using EduGov.Admission.Seats;
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

namespace EduGov.IntegrationTests.Admission;

/// <summary>对口地段: the form's checks and scope, the address test, the all-or-nothing import and the export round trip.</summary>
public sealed class SeatsCatchmentTests
{
    private static Dictionary<string, object> FileRow(string code, string street = "", object? from = null, object? to = null, string parity = "", string estate = "", string note = "") => new()
    {
        [ImportCatchments.Code] = code, [ImportCatchments.Street] = street, [ImportCatchments.FromNumber] = from ?? "", [ImportCatchments.ToNumber] = to ?? "",
        [ImportCatchments.Parity] = parity, [ImportCatchments.Estate] = estate, [ImportCatchments.Note] = note,
    };

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: ImportCatchments.Definition.SheetName);
        stream.Position = 0;
        return stream;
    }

    private static Task<ImportResult> ImportAsync(PlatformHarness harness, CurrentUser user, Stream file) =>
        harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync("admission-catchments", file, "对口地段.xlsx", false));

    private static string ErrorsOf(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));

    private static async Task<List<CatchmentRule>> StoredAsync(PolicyWorld world)
    {
        await using var db = await world.DbAsync();
        return await db.Catchments.AsNoTracking().ToListAsync();
    }

    private static Task<IReadOnlyList<MatchAddress.Match>> MatchAsync(PolicyWorld world, string address) =>
        world.Harness.AsAsync<MatchAddress.Handler, IReadOnlyList<MatchAddress.Match>>(world.Officer, h => h.HandleAsync(address));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveCatchment_ChecksTheRule_ThePublicSchool_AndTheScope_ThenMatchesAddresses(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);

        var even = await world.AddCatchmentAsync(world.SchoolA, "张杨路", 100, 200, HouseNumberParity.Even);
        await world.AddCatchmentAsync(world.SchoolB, "", estate: "世纪花园");
        var bad = await Should.ThrowAsync<InvalidInputException>(() => world.AddCatchmentAsync(world.SchoolA, "张杨路", 300, 200));
        var empty = await Should.ThrowAsync<InvalidInputException>(() => world.AddCatchmentAsync(world.SchoolA, " "));
        var privateSchool = await Should.ThrowAsync<InvalidInputException>(() => world.AddCatchmentAsync(world.PrivateP, "锦绣路"));
        var duplicate = await Should.ThrowAsync<ConflictException>(() => world.AddCatchmentAsync(world.SchoolA, "张杨路", 100, 200, HouseNumberParity.Even));
        var asSchool = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SaveCatchment.Handler, Guid>(world.AdminA,
            h => h.HandleAsync(new SaveCatchment.Command(null, world.SchoolA, "浦电路", null, null, HouseNumberParity.All, ""))));

        bad.Errors["ToNumber"].ShouldBe(["起始门牌号不能大于截止门牌号"]);
        empty.Errors["Street"].ShouldBe(["请填写道路/街巷或小区名称"]);
        privateSchool.Message.ShouldContain("民办学校不划分对口地段");
        duplicate.Message.ShouldContain("已有相同的地段规则");
        asSchool.Message.ShouldBe("您没有执行此操作的权限。");
        (await MatchAsync(world, "上海市浦东新区张杨路 188 号 3 室")).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.SchoolId.ShouldBe(world.SchoolA), m => m.Rules.ShouldBe(["张杨路 100–200 号双号"]));
        (await MatchAsync(world, "张杨路187号")).ShouldBeEmpty();
        (await MatchAsync(world, "世纪花园12号楼")).ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolB);

        await harness.AsAsync<SaveCatchment.Handler, Guid>(world.Officer, h => h.HandleAsync(new SaveCatchment.Command(even, world.SchoolA, "张杨路", 100, 200, HouseNumberParity.Odd, "", "调整为单号")));
        (await MatchAsync(world, "张杨路187号")).ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolA);
        var list = await harness.AsAsync<ListCatchments.Handler, PageResult<ListCatchments.Row>>(world.AdminA, h => h.HandleAsync(new ListCatchments.Query()));
        list.Items.ShouldHaveSingleItem().Note.ShouldBe("调整为单号");
        await harness.AsAsync<DeleteCatchment.Handler>(world.Officer, h => h.HandleAsync(even));
        (await StoredAsync(world)).ShouldHaveSingleItem().Estate.ShouldBe("世纪花园");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_FileWithBadRows_WritesNothing_AndNamesEveryProblem(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        await world.AddCatchmentAsync(world.SchoolA, "峨山路");
        using var file = Workbook(
        [
            FileRow("2131000001", "张杨路", 1, 99, "单号"),
            FileRow("2131999999", "张杨路"),
            FileRow("2131000008", "锦绣路"),
            FileRow("2131000002", "浦电路", 300, 200),
            FileRow("2131000002", "浦电路", "一号", 0, "奇数"),
            FileRow("2131000002"),
            FileRow("2131000001", "张杨路", 1, 99, "单号"),
        ]);

        var result = await ImportAsync(harness, world.Officer, file);

        result.Written.ShouldBeFalse();
        (await StoredAsync(world)).ShouldHaveSingleItem().Street.ShouldBe("峨山路");
        ErrorsOf(result, 2).ShouldBe("学校标识码:文件中第 2、8 行是同一学校的相同规则");
        ErrorsOf(result, 3).ShouldBe("学校标识码:学校标识码不存在");
        ErrorsOf(result, 4).ShouldBe("学校标识码:浦东新区民办协和双语小学是民办学校，民办学校不划分对口地段");
        ErrorsOf(result, 5).ShouldBe("截止门牌号:起始门牌号不能大于截止门牌号");
        ErrorsOf(result, 6).ShouldContain("起始门牌号:“一号”不是整数");
        ErrorsOf(result, 6).ShouldContain("截止门牌号:门牌号应为 1 到 99999 的整数");
        ErrorsOf(result, 6).ShouldContain("单双号:只能填写全部、单号或双号");
        ErrorsOf(result, 7).ShouldBe("道路/街巷:请填写道路/街巷或小区名称");
        result.ErrorWorkbook.ShouldNotBeNull();
        await Should.ThrowAsync<ForbiddenException>(() => ImportAsync(harness, world.AdminA, Workbook([FileRow("2131000001", "张杨路")])));
        var zoneOfficer = harness.User(Role.Officer, new OrgScope(ScopeKind.Zone, world.Registry.ZoneWest, "西片学区"));
        var outOfScope = await ImportAsync(harness, zoneOfficer, Workbook([FileRow("2131000001", "张杨路")]));
        (outOfScope.Written, ErrorsOf(outOfScope, 2)).ShouldBe((false, "学校标识码:该学校不在您的管理范围内"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GoodFile_ReplacesTheRulesOfTheSchoolsInIt_InOneAuditedWrite_AndTheExportImportsBack(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        await world.AddCatchmentAsync(world.SchoolA, "峨山路");
        await world.AddCatchmentAsync(world.JuniorC, "东方路");
        using var file = Workbook(
        [
            FileRow("2131000001", "张杨路", 1, 99, "单号", note: "2027 年调整"),
            FileRow("2131000001", "", estate: "世纪花园"),
            FileRow("２１３１０００００２", "浦电路", "100", "", "双号"),
        ]);

        var result = await ImportAsync(harness, world.Officer, file);

        result.Succeeded.ShouldBeTrue(string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}")));
        var stored = await StoredAsync(world);
        stored.Select(r => (r.SchoolId, r.Street, r.FromNumber, r.ToNumber, r.Parity, r.Estate)).OrderBy(r => r.Street, StringComparer.Ordinal).ShouldBe(
        [
            (world.SchoolA, "", (int?)null, (int?)null, HouseNumberParity.All, "世纪花园"),
            (world.JuniorC, "东方路", null, null, HouseNumberParity.All, ""),
            (world.SchoolA, "张杨路", 1, 99, HouseNumberParity.Odd, ""),
            (world.SchoolB, "浦电路", 100, null, HouseNumberParity.Even, ""),
        ]);
        await using (var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync())
        {
            (await platform.AuditEvents.Where(e => e.EntityType == "CatchmentImport").ToListAsync()).ShouldHaveSingleItem()
                .Note.ShouldBe("导入对口地段 3 条（2 所学校，替换原有 1 条）：对口地段.xlsx");
        }

        var export = await harness.AsAsync<ExportCatchments.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListCatchments.Query()));
        var again = await ImportAsync(harness, world.Officer, new MemoryStream(export.Content));
        again.Succeeded.ShouldBeTrue(string.Join("；", again.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}")));
        (await StoredAsync(world)).Select(r => (r.SchoolId, r.Street, r.FromNumber, r.ToNumber, r.Parity, r.Estate, r.Note)).OrderBy(r => r.Street, StringComparer.Ordinal)
            .ShouldBe(stored.Select(r => (r.SchoolId, r.Street, r.FromNumber, r.ToNumber, r.Parity, r.Estate, r.Note)).OrderBy(r => r.Street, StringComparer.Ordinal));
    }
}
