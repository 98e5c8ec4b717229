using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Organisation;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;
using I = EduGov.Training.Institutions.ImportInstitutions;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>培训机构批量导入: every row checked like the registration form, all rows or none, a file imported twice refused row by row.</summary>
public sealed class ImportInstitutionsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GoodFile_ImportsEveryRow_WithItsPermit_InOneAuditedSave(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);

        var result = await ImportAsync(world, world.Officer,
        [
            Row(1),
            Row(2, kind: "学科类", category: "学科类", zone: "西片学区") with { PermitNumber = "教民0002号", IssuedOn = "2020/9/1", ValidUntil = "2023-08-31" },
            Row(3, zone: "") with { PermitNumber = "", PermitScope = "", IssuedOn = "", ValidUntil = "" },
            Row(4, category: "体育", mode: "线上", profit: "营利性") with { CreditCode = $" {InstitutionsWorld.Code(4).ToLowerInvariant()} " },
        ]);

        result.Succeeded.ShouldBeTrue(Describe(result));
        result.Written.ShouldBeTrue();
        await using var db = await RegistrationTests.Db(harness);
        var institutions = await db.Institutions.OrderBy(i => i.Name).ToListAsync();
        institutions.Select(i => (i.Name, i.CreditCode, i.Status, i.ZoneName, i.Kind, i.Category, i.Mode, i.ForProfit)).ShouldBe(
        [
            ("导入机构1", InstitutionsWorld.Code(1), InstitutionStatus.Licensed, "东片学区", TrainingKind.NonAcademic, TrainingCategory.ArtsCulture, TrainingMode.Offline, false),
            ("导入机构2", InstitutionsWorld.Code(2), InstitutionStatus.Applying, "西片学区", TrainingKind.Academic, TrainingCategory.AcademicSubject, TrainingMode.Offline, false),
            ("导入机构3", InstitutionsWorld.Code(3), InstitutionStatus.Applying, "", TrainingKind.NonAcademic, TrainingCategory.ArtsCulture, TrainingMode.Offline, false),
            ("导入机构4", InstitutionsWorld.Code(4), InstitutionStatus.Licensed, "东片学区", TrainingKind.NonAcademic, TrainingCategory.Sports, TrainingMode.Online, true),
        ]);
        institutions.ShouldAllBe(i => i.CreditScore == 1000 && i.LegalPerson == "王法人" && i.ContactPhone == "021-50001234");
        var permits = await db.Permits.OrderBy(p => p.Number).ToListAsync();
        permits.Select(p => (p.Number, p.Status, p.IssuedOn, p.ValidUntil)).ShouldBe(
        [
            ("教民0001号", PermitStatus.Valid, new DateOnly(2024, 9, 1), new DateOnly(2027, 8, 31)),
            ("教民0002号", PermitStatus.Expired, new DateOnly(2020, 9, 1), new DateOnly(2023, 8, 31)),
            ("教民0004号", PermitStatus.Valid, new DateOnly(2024, 9, 1), new DateOnly(2027, 8, 31)),
        ]);
        permits[0].Address.ShouldBe("世纪大道1号");
        permits[0].Scope.ShouldBe("少儿美术、书法");
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.Where(e => e.EntityType == "TrainingInstitutionImport").Select(e => e.Note).ToListAsync())
            .ShouldBe(["导入校外培训机构 4 家（同时登记办学许可证 3 张）：机构.xlsx"]);
        (await platform.AuditEvents.CountAsync(e => e.EntityType == nameof(TrainingInstitution))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneBadRow_WritesNothing_AndTheReportNamesEveryRowAndColumn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var badCheckDigit = InstitutionsWorld.Code(3)[..17] + (InstitutionsWorld.Code(3)[17] == '0' ? "1" : "0");

        var single = await ImportAsync(world, world.Officer, [Row(1), Row(2), Row(3) with { CreditCode = badCheckDigit }]);
        var many = await ImportAsync(world, world.Officer,
        [
            Row(1, zone: "南片学区"),
            Row(2) with { IssuedOn = "2027-09-01", ValidUntil = "2030-08-31" },
            Row(3) with { ValidUntil = "2024-08-01" },
            Row(4) with { IssuedOn = "2024-13-45" },
            Row(5) with { PermitScope = "" },
            Row(6, kind: "学科", category: "体育"),
            Row(7, kind: "学科类", category: "体育"),
            Row(8, mode: "面授", profit: "营利") with { Name = "" },
        ]);

        single.Written.ShouldBeFalse();
        single.Errors.Select(e => (e.RowNumber, e.Column)).ShouldBe([(4, I.CreditCode)]);
        single.Errors.Single().Message.ShouldContain("校验位错误");
        var report = Rows(single.ErrorWorkbook!, "错误报告");
        report.Count.ShouldBe(3);
        report[2]["行号"].ToString().ShouldBe("4");
        report[2][ImportSheet.ErrorColumn].ToString()!.ShouldStartWith("统一社会信用代码：统一社会信用代码校验位错误");
        report[0][ImportSheet.ErrorColumn]?.ToString().ShouldBeNullOrEmpty();
        many.Errors.Select(e => (e.RowNumber, e.Column)).ShouldBe(
        [
            (2, I.Zone), (3, I.IssuedOn), (4, I.ValidUntil), (5, I.IssuedOn), (6, I.PermitScope), (7, I.Kind), (8, I.Category), (9, I.Name), (9, I.Mode), (9, I.Profit),
        ], ignoreOrder: true);
        Message(many, 2, I.Zone).ShouldBe("学区“南片学区”不存在，应为：东片学区、西片学区");
        Message(many, 3, I.IssuedOn).ShouldBe("发证日期不能晚于今天");
        Message(many, 4, I.ValidUntil).ShouldBe("许可证有效期截止日应晚于发证日期");
        Message(many, 5, I.IssuedOn).ShouldContain("不是有效日期");
        Message(many, 6, I.PermitScope).ShouldContain("都必须填写");
        Message(many, 7, I.Kind).ShouldBe("“学科”不是可选的值，只能填写：学科类 / 非学科类");
        Message(many, 8, I.Category).ShouldBe("学科类培训机构的类别只能是“学科类”");
        Message(many, 9, I.Name).ShouldBe("请填写机构名称");
        Message(many, 9, I.Profit).ShouldContain("只能填写：营利性、非营利性");
        await using var db = await RegistrationTests.Db(harness);
        (await db.Institutions.CountAsync()).ShouldBe(0);
        (await db.Permits.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuplicateCodes_InTheFile_AndInTheDatabase_AreRefused_SoAFileImportedTwiceWritesNothingNew(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        await world.SelfRegisterAsync(1);
        var file = new[] { Row(2), Row(3), Row(4) };

        var duplicates = await ImportAsync(world, world.Officer,
        [
            Row(1) with { Name = "重名机构" },
            Row(5),
            Row(6) with { CreditCode = "  " + InstitutionsWorld.Code(5) },
            Row(7) with { PermitNumber = "教民0005号" },
        ]);
        var first = await ImportAsync(world, world.Officer, file);
        var again = await ImportAsync(world, world.Officer, file);

        duplicates.Errors.Select(e => (e.RowNumber, e.Column, e.Message)).ShouldBe(
        [
            (2, I.CreditCode, $"统一社会信用代码 {InstitutionsWorld.Code(1)} 已被“测试培训机构1”登记，同一代码不能重复登记。"),
            (3, I.CreditCode, "文件中第 3、4 行的统一社会信用代码相同"),
            (4, I.CreditCode, "文件中第 3、4 行的统一社会信用代码相同"),
            (3, I.PermitNumber, "文件中第 3、5 行的办学许可证编号相同"),
            (5, I.PermitNumber, "文件中第 3、5 行的办学许可证编号相同"),
        ], ignoreOrder: true);
        first.Succeeded.ShouldBeTrue(Describe(first));
        again.Written.ShouldBeFalse();
        again.Errors.Where(e => e.Column == I.CreditCode).Select(e => e.RowNumber).ShouldBe([2, 3, 4]);
        again.Errors.Where(e => e.Column == I.PermitNumber).Select(e => e.Message).ShouldContain("办学许可证编号 教民0002号 已登记在“导入机构2”名下，不能重复登记。");
        await using var db = await RegistrationTests.Db(harness);
        (await db.Institutions.CountAsync()).ShouldBe(4);
        (await db.Permits.CountAsync()).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Template_HasTheHeadersAndAnExampleRow_ThatImportsAsItIs(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        await harness.AsAsync<SaveOrganisationUnit.Handler, Guid>(world.Registry.Officer, h => h.HandleAsync(new(SaveOrganisationUnit.Kind.Zone, "陆家嘴学区")));
        var template = await I.Definition.TemplateAsync(CancellationToken.None);

        using var stream = new MemoryStream(template.Content);
        stream.GetSheetNames().ShouldBe([I.Definition.SheetName, ExcelFile.ExampleSheet, "填写说明"]);
        var headers = stream.Query(useHeaderRow: false, sheetName: I.Definition.SheetName).Cast<IDictionary<string, object>>().ToList();
        headers.ShouldHaveSingleItem().Values.Select(v => v?.ToString() ?? "").ToList().ShouldBe(I.Definition.Headers);
        var example = Rows(template, ExcelFile.ExampleSheet).ShouldHaveSingleItem();
        var untouched = await Should.ThrowAsync<InvalidInputException>(() => RunAsync(world, world.Officer, new MemoryStream(template.Content)));
        var filled = new MemoryStream();
        filled.SaveAs(new[] { example.ToDictionary(c => c.Key, c => c.Value) }, sheetName: I.Definition.SheetName);
        filled.Position = 0;
        var result = await RunAsync(world, world.Officer, filled);

        untouched.Message.ShouldContain("没有数据行");
        result.Succeeded.ShouldBeTrue(Describe(result));
        await using var db = await RegistrationTests.Db(harness);
        var institution = await db.Institutions.SingleAsync();
        var permit = await db.Permits.SingleAsync();
        (institution.Name, institution.CreditCode, institution.ZoneName, institution.Status).ShouldBe((example[I.Name].ToString()!, example[I.CreditCode].ToString()!, "陆家嘴学区", InstitutionStatus.Licensed));
        (permit.Number, permit.Scope, permit.ValidUntil).ShouldBe((example[I.PermitNumber].ToString()!, example[I.PermitScope].ToString()!, new DateOnly(2027, 8, 31)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheRegistrationForm_AppliesTheSamePermitRules(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        (await ImportAsync(world, world.Officer, [Row(1)])).Succeeded.ShouldBeTrue();

        Task<Guid> Register(int n, RegisterInstitution.ExistingPermit permit) =>
            harness.AsAsync<RegisterInstitution.Handler, Guid>(world.Officer, h => h.HandleAsync(new RegisterInstitution.Command(world.Facts(n), permit)));
        var future = await Should.ThrowAsync<InvalidInputException>(() => Register(2, new("教民0002号", "舞蹈", new DateOnly(2026, 11, 24), new DateOnly(2029, 11, 23))));
        var taken = await Should.ThrowAsync<ConflictException>(() => Register(3, new("教民0001号", "舞蹈", new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1))));
        var id = await Register(4, new("教民0004号", "舞蹈", new DateOnly(2026, 11, 23), new DateOnly(2029, 11, 22)));

        future.Message.ShouldContain("发证日期不能晚于今天");
        taken.Message.ShouldBe("办学许可证编号 教民0001号 已登记在“导入机构1”名下，不能重复登记。");
        await using var db = await RegistrationTests.Db(harness);
        (await db.Institutions.SingleAsync(i => i.Id == id)).Status.ShouldBe(InstitutionStatus.Licensed);
        (await db.Institutions.CountAsync()).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OnlyOfficersWhoManageInstitutions_MayImport(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "局领导");
        var (_, account, _) = await world.SelfRegisterAsync(9);

        I.Definition.Allows(world.Officer).ShouldBeTrue();
        I.Definition.Allows(leader).ShouldBeFalse();
        await Should.ThrowAsync<ForbiddenException>(() => ImportAsync(world, leader, [Row(1)]));
        await Should.ThrowAsync<ForbiddenException>(() => ImportAsync(world, account, [Row(1)]));
        await using var db = await RegistrationTests.Db(harness);
        (await db.Institutions.CountAsync()).ShouldBe(1);
    }

    private sealed record Line(
        string Name, string CreditCode, string Address, string Zone, string Kind, string Category, string Mode, string Profit,
        string PermitNumber, string PermitScope, string IssuedOn, string ValidUntil)
    {
        public Dictionary<string, object> Cells => new()
        {
            [I.Name] = Name, [I.CreditCode] = CreditCode, [I.LegalPerson] = "王法人", [I.ContactPerson] = "张联系", [I.ContactPhone] = "021-50001234",
            [I.Address] = Address, [I.Zone] = Zone, [I.Kind] = Kind, [I.Category] = Category, [I.Mode] = Mode, [I.Profit] = Profit,
            [I.PermitNumber] = PermitNumber, [I.PermitScope] = PermitScope, [I.IssuedOn] = IssuedOn, [I.ValidUntil] = ValidUntil,
        };
    }

    private static Line Row(int n, string kind = "非学科类", string category = "文化艺术", string mode = "线下", string profit = "非营利性", string zone = "东片学区") =>
        new($"导入机构{n}", InstitutionsWorld.Code(n), $"世纪大道{n}号", zone, kind, category, mode, profit, $"教民{n:D4}号", "少儿美术、书法", "2024-09-01", "2027-08-31");

    private static Task<ImportResult> ImportAsync(InstitutionsWorld world, CurrentUser user, IEnumerable<Line> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => r.Cells), sheetName: I.Definition.SheetName);
        stream.Position = 0;
        return RunAsync(world, user, stream);
    }

    private static Task<ImportResult> RunAsync(InstitutionsWorld world, CurrentUser user, Stream file) =>
        world.Harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync(I.Definition.Key, file, "机构.xlsx", false));

    private static string Message(ImportResult result, int row, string column) =>
        result.Errors.Single(e => e.RowNumber == row && e.Column == column).Message;

    private static string Describe(ImportResult result) =>
        string.Join("；", result.Errors.Select(e => $"{e.RowNumber} {e.Column} {e.Message}"));

    private static List<IDictionary<string, object>> Rows(ExcelFile file, string sheet)
    {
        using var stream = new MemoryStream(file.Content);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()];
    }
}
