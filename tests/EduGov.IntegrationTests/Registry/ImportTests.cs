using System.Text;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Importing;
using EduGov.Platform.Querying;
using EduGov.Registry.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class ImportTests
{
    private static Dictionary<string, object> Row(string code, string name, string sex, string id, string birth, string grade = "三年级", string classNumber = "1") => new()
    {
        ["学校标识码"] = code, ["姓名"] = name, ["性别"] = sex, ["证件类型"] = "", ["证件号码"] = id, ["出生日期"] = birth, ["户籍地区划代码"] = "310115",
        ["家庭住址"] = "上海市浦东新区张杨路500弄3号101室", ["年级"] = grade, ["班号"] = classNumber, ["入学日期"] = "2024-09-01",
        ["监护人姓名"] = "家长", ["监护人关系"] = "母亲", ["监护人电话"] = "13912345678",
    };

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ValidFile_IsWrittenWhole_AndAuditedAsOneImport(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        using var file = Workbook(
        [
            Row("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12"),
            Row("2131000001", "王小明", "男", "３１０１１５２０１８０７１２００３２", "2018/7/12", grade: "3", classNumber: ""),
        ]);

        var dryRun = await harness.AsAsync<ImportStudents.Handler, ImportStudents.Result>(world.AdminA, h => h.HandleAsync(Workbook([Row("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12")]), "学生.xlsx", dryRun: true));
        var result = await harness.AsAsync<ImportStudents.Handler, ImportStudents.Result>(world.AdminA, h => h.HandleAsync(file, "学生.xlsx", dryRun: false));
        var listed = await harness.AsAsync<ListStudents.Handler, PageResult<ListStudents.Row>>(world.AdminA, h => h.HandleAsync(new ListStudents.Query { Page = new PageRequest(1, 20, "name") }));

        dryRun.Succeeded.ShouldBeTrue();
        dryRun.Written.ShouldBeFalse();
        result.Succeeded.ShouldBeTrue(string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}{e.Message}")));
        result.Written.ShouldBeTrue();
        listed.Items.Select(s => s.IdNumberMasked).ShouldBe(["310115********0032", "310115********0020"], ignoreOrder: true);
        listed.Items.Single(s => s.Name == "林小雨").ClassName.ShouldBe("三年级（1）班");
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var imports = await db.AuditEvents.Where(e => e.EntityType == "StudentImport").ToListAsync();
        imports.ShouldHaveSingleItem().Note.ShouldBe("导入学生 2 条：学生.xlsx");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FileWithErrors_WritesNothing_AndReportsEveryErrorByRowAndColumn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminB, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolB, "310115201703030059", "已登记")));
        using var file = Workbook(
        [
            Row("2131000001", "正确的", "女", "310115201805120020", "2018-05-12"),
            Row("2131000001", "校验错", "女", "310115201805120025", "2018-05-12"),
            Row("2131000002", "别校的", "女", "310115201807120032", "2018-07-12"),
            Row("9999999999", "无此校", "男", "310115201903120016", "2019-03-12"),
            Row("2131000001", "重复甲", "男", "310115201903120016", "2019-03-12"),
            Row("2131000001", "已登记", "男", "310115201703030059", "2017-03-03"),
            Row("2131000001", "日期错", "男", "310115201903120032", "2019-13-45", grade: "初二"),
        ]);

        var result = await harness.AsAsync<ImportStudents.Handler, ImportStudents.Result>(world.AdminA, h => h.HandleAsync(file, "学生.xlsx", dryRun: false));
        var listed = await harness.AsAsync<ListStudents.Handler, PageResult<ListStudents.Row>>(world.AdminA, h => h.HandleAsync(new ListStudents.Query()));

        result.Written.ShouldBeFalse();
        listed.Total.ShouldBe(0);
        string ErrorsOf(int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));
        ErrorsOf(2).ShouldBeEmpty();
        ErrorsOf(3).ShouldContain("证件号码:身份证号校验位错误");
        ErrorsOf(4).ShouldContain("学校标识码:该学校不在您的管理范围内");
        ErrorsOf(5).ShouldContain("学校标识码:学校标识码不存在");
        ErrorsOf(6).ShouldContain("证件号码:文件中第 5、6 行的证件号码重复");
        ErrorsOf(7).ShouldContain("该证件号码已登记：已**，浦东新区育才小学");
        ErrorsOf(8).ShouldContain("出生日期:“2019-13-45”不是有效日期");
        ErrorsOf(8).ShouldContain("年级:浦东新区明德小学没有初二");
        using var report = new MemoryStream(result.ErrorWorkbook!.Content);
        var reportRows = report.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        reportRows.Count.ShouldBe(7);
        reportRows[1][ImportSheet.ErrorColumn].ToString().ShouldNotBeNull().ShouldContain("校验位错误");
    }

    [Fact]
    public async Task MalformedFiles_GetAClearChineseMessage_AndWriteNothing()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);

        async Task<string> MessageFor(Stream file) =>
            (await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<ImportStudents.Handler, ImportStudents.Result>(world.AdminA, h => h.HandleAsync(file, "x.xlsx", dryRun: false)))).Message;

        (await MessageFor(new MemoryStream(Encoding.UTF8.GetBytes("学校标识码,姓名\n2131000001,林小雨")))).ShouldContain("不是 Excel");
        (await MessageFor(new MemoryStream())).ShouldContain("空的");
        (await MessageFor(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]))).ShouldContain("已加密");
        var renamed = Row("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12");
        renamed["身份证"] = renamed["证件号码"];
        renamed.Remove("证件号码");
        (await MessageFor(Workbook([renamed]))).ShouldContain("表头缺少或被改名：证件号码");
        (await MessageFor(new MemoryStream((await ImportStudents.TemplateAsync(CancellationToken.None)).Content))).ShouldContain("没有数据行");
    }
}
