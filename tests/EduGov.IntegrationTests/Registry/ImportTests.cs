using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Schools;
using EduGov.Registry.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class ImportTests
{
    internal static Dictionary<string, object> Pupil(string code, string name, string sex, object id, string birth, string grade = "三年级", string classNumber = "1") => new()
    {
        ["学校标识码"] = code, ["姓名"] = name, ["性别"] = sex, ["证件类型"] = "", ["证件号码"] = id, ["出生日期"] = birth, ["户籍地区划代码"] = "310115",
        ["家庭住址"] = "上海市浦东新区张杨路500弄3号101室", ["年级"] = grade, ["班号"] = classNumber, ["入学日期"] = "2024-09-01",
        ["监护人姓名"] = "家长", ["监护人关系"] = "母亲", ["监护人电话"] = "13912345678",
    };

    internal static MemoryStream Workbook(IEnumerable<Dictionary<string, object>> rows, string sheet = "Sheet1")
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: sheet);
        stream.Position = 0;
        return stream;
    }

    private static Task<ImportResult> ImportAsync(PlatformHarness harness, CurrentUser user, string kind, Stream file, bool dryRun = false, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync(kind, file, "导入.xlsx", dryRun, progress, ct));

    private static string Describe(ImportResult result) => string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}"));

    private static string ErrorsOf(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));

    private static async Task<int> CountAsync<T>(PlatformHarness harness, Func<RegistryDbContext, IQueryable<T>> set)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await set(db).CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ValidPupils_AreWrittenWhole_AndAuditedAsOneImport(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        using var file = Workbook(
        [
            Pupil("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12"),
            Pupil("2131000001", "王小明", "男", "３１０１１５２０１８０７１２００３２", "2018年7月12日", grade: "3", classNumber: ""),
        ]);

        var dryRun = await ImportAsync(harness, world.AdminA, "students", Workbook([Pupil("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12")]), dryRun: true);
        var result = await ImportAsync(harness, world.AdminA, "students", file);
        var listed = await harness.AsAsync<ListStudents.Handler, PageResult<ListStudents.Row>>(world.AdminA, h => h.HandleAsync(new ListStudents.Query { Page = new PageRequest(1, 20, "name") }));

        dryRun.Succeeded.ShouldBeTrue(Describe(dryRun));
        dryRun.Written.ShouldBeFalse();
        result.Succeeded.ShouldBeTrue(Describe(result));
        result.Written.ShouldBeTrue();
        listed.Items.Select(s => s.IdNumberMasked).ShouldBe(["310115********0032", "310115********0020"], ignoreOrder: true);
        listed.Items.Single(s => s.Name == "林小雨").ClassName.ShouldBe("三年级（1）班");
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var imports = await db.AuditEvents.Where(e => e.EntityType == "StudentImport").ToListAsync();
        imports.ShouldHaveSingleItem().Note.ShouldBe("导入学生 2 条：导入.xlsx");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PupilFileWithErrors_WritesNothing_AndReportsEveryErrorByRowAndColumn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminB, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolB, "310115201703030059", "已登记")));
        using var file = Workbook(
        [
            Pupil("2131000001", "正确的", "女", "310115201805120020", "2018-05-12"),
            Pupil("2131000001", "校验错", "女", "310115201805120025", "2018-05-12"),
            Pupil("2131000002", "别校的", "女", "310115201807120032", "2018-07-12"),
            Pupil("9999999999", "无此校", "男", "310115201903120016", "2019-03-12"),
            Pupil("2131000001", "重复甲", "男", "310115201903120016", "2019-03-12"),
            Pupil("2131000001", "已登记", "男", "310115201703030059", "2017-03-03"),
            Pupil("2131000001", "日期错", "男", "310115201903120032", "2019-13-45", grade: "初二"),
            Pupil("2131000001", "数字号", "女", 310115201805120020d, "2018-05-12"),
        ]);

        var result = await ImportAsync(harness, world.AdminA, "students", file);

        result.Written.ShouldBeFalse();
        (await CountAsync(harness, db => db.Students.Where(s => s.SchoolId == world.SchoolA))).ShouldBe(0);
        ErrorsOf(result, 2).ShouldBeEmpty();
        ErrorsOf(result, 3).ShouldContain("证件号码:身份证号校验位错误");
        ErrorsOf(result, 4).ShouldContain("学校标识码:该学校不在您的管理范围内");
        ErrorsOf(result, 5).ShouldContain("学校标识码:学校标识码不存在");
        ErrorsOf(result, 6).ShouldContain("证件号码:文件中第 5、6 行的证件号码重复");
        ErrorsOf(result, 7).ShouldContain("该证件号码已登记：已**，浦东新区育才小学");
        ErrorsOf(result, 8).ShouldContain("出生日期:“2019-13-45”不是有效日期");
        ErrorsOf(result, 8).ShouldContain("年级:浦东新区明德小学没有初二");
        ErrorsOf(result, 9).ShouldContain("证件号码:该单元格被 Excel 存成了数字，超过 15 位的部分已经丢失");
        using var report = new MemoryStream(result.ErrorWorkbook!.Content);
        var reportRows = report.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        reportRows.Count.ShouldBe(8);
        reportRows[1][ImportSheet.ErrorColumn].ToString().ShouldNotBeNull().ShouldContain("校验位错误");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CancelledWhileWriting_LeavesNothingWritten(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var pupils = ManyPupils(2_500);
        using var cancel = new CancellationTokenSource();
        var progress = new ImmediateProgress(p =>
        {
            if (p.Phase == ImportPhases.Writing && p.Done > 0)
            {
                cancel.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(() => ImportAsync(harness, world.AdminA, "students", Workbook(pupils), progress: progress, ct: cancel.Token));

        (await CountAsync(harness, db => db.Students)).ShouldBe(0);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.CountAsync(e => e.EntityType == "StudentImport")).ShouldBe(0);
    }

    [Fact]
    public async Task ImportWrittenInManyBatches_IsOneAuditEvent()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);

        var result = await ImportAsync(harness, world.AdminA, "students", Workbook(ManyPupils(4_500)));

        result.Succeeded.ShouldBeTrue(Describe(result));
        (await CountAsync(harness, db => db.Students)).ShouldBe(4_500);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.Where(e => e.EntityType == "StudentImport").Select(e => e.Note).ToListAsync()).ShouldBe(["导入学生 4500 条：导入.xlsx"]);
        (await platform.AuditEvents.CountAsync(e => e.EntityType == "Student" || e.EntityType == "Guardian")).ShouldBe(0);
    }

    private static List<Dictionary<string, object>> ManyPupils(int count) =>
        [.. Enumerable.Range(0, count).Select(n =>
        {
            var birth = new DateOnly(2018, 1, 1).AddDays(n % 700);
            var id = EduGov.Standards.IdNumber.Compose("310115", birth, (2 * (n / 700)) + (n % 2));
            return Pupil("2131000001", $"学生{n}", n % 2 == 1 ? "男" : "女", id, birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), classNumber: "");
        })];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportedSchools_ImportIntoAnotherDistrict_AsTheSameRecords(string provider)
    {
        await using var source = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(source);
        var export = await source.AsAsync<ExportSchools.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListSchools.Query()));
        await using var target = await PlatformHarness.StartAsync(provider);
        var empty = await RegistryWorld.BuildAsync(target, schools: false);

        var result = await ImportAsync(target, empty.Officer, "schools", new MemoryStream(export.Content));

        result.Succeeded.ShouldBeTrue(Describe(result));
        (await SchoolRecordsAsync(target)).ShouldBe(await SchoolRecordsAsync(source));
    }

    private static async Task<List<string>> SchoolRecordsAsync(PlatformHarness harness)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var schools = await db.Schools.OrderBy(s => s.Code)
            .Select(s => new
            {
                s.Code, s.Name, s.Type, s.Ownership, s.RegionCode, s.Principal, s.Phone, s.FoundedOn,
                Zone = db.Zones.Where(z => z.Id == s.ZoneId).Select(z => z.Name).FirstOrDefault(),
                Campus = db.Campuses.Where(c => c.SchoolId == s.Id && c.IsMain).Select(c => c.Address).FirstOrDefault(),
            }).ToListAsync();
        return [.. schools.Select(s => s.ToString()!)];
    }

    [Fact]
    public async Task SchoolImport_ChecksCodesZonesAndDuplicates_AndIsForBureauOnly()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        Dictionary<string, object> School(string code, string name, string zone = "东片学区") => new()
        {
            ["学校标识码"] = code, ["学校名称"] = name, ["学校类型"] = "小学", ["办学性质"] = "公办", ["行政区划代码"] = "310115", ["学区"] = zone,
            ["教育集团"] = "", ["校长"] = "李校长", ["联系电话"] = "021-58881234", ["建校日期"] = "2001-09-01", ["主校区地址"] = "上海市浦东新区锦绣路1号",
        };

        var result = await ImportAsync(harness, world.Officer, "schools", Workbook(
        [
            School("2131000101", "浦东新区新建小学"),
            School("2131000001", "重复已有"),
            School("2131000102", "无此学区", zone: "北片学区"),
            School("2131000103", "文件内重复甲"),
            School("2131000103", "文件内重复乙"),
            School("213100010", "位数不对"),
        ]));
        var bySchoolAdmin = await Should.ThrowAsync<ForbiddenException>(() => ImportAsync(harness, world.AdminA, "schools", Workbook([School("2131000104", "校管新增")])));
        var valid = await ImportAsync(harness, world.Officer, "schools", Workbook([School("2131000101", "浦东新区新建小学")]));

        result.Written.ShouldBeFalse();
        ErrorsOf(result, 2).ShouldBeEmpty();
        ErrorsOf(result, 3).ShouldContain("学校标识码:该学校标识码已登记为“浦东新区明德小学”");
        ErrorsOf(result, 4).ShouldContain("学区:没有名为“北片学区”的学区");
        ErrorsOf(result, 5).ShouldContain("文件中第 5、6 行的学校标识码重复");
        ErrorsOf(result, 7).ShouldContain("学校标识码:");
        bySchoolAdmin.Message.ShouldContain("只有教育局可以批量导入学校");
        valid.Succeeded.ShouldBeTrue(Describe(valid));
        (await CountAsync(harness, db => db.Campuses.Where(c => c.IsMain))).ShouldBe(4);
    }

    [Fact]
    public async Task CampusAndClassImports_CheckScopeGradesCampusesAndExistingClasses()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);

        var campuses = await ImportAsync(harness, world.AdminA, "campuses", Workbook(
        [
            new() { ["学校标识码"] = "2131000001", ["校区名称"] = "东校区", ["地址"] = "上海市浦东新区东方路2号", ["纬度"] = "31.23", ["经度"] = "121.52" },
        ]));
        var classes = await ImportAsync(harness, world.AdminA, "classes", Workbook(
        [
            new() { ["学校标识码"] = "2131000001", ["年级"] = "一年级", ["班号"] = "1", ["入学年份"] = "2026", ["班额"] = "45", ["班主任"] = "", ["校区名称"] = "东校区" },
            new() { ["学校标识码"] = "2131000001", ["年级"] = "三年级", ["班号"] = "1", ["入学年份"] = "2024", ["班额"] = "45", ["班主任"] = "", ["校区名称"] = "" },
            new() { ["学校标识码"] = "2131000001", ["年级"] = "初一", ["班号"] = "1", ["入学年份"] = "2026", ["班额"] = "45", ["班主任"] = "", ["校区名称"] = "" },
            new() { ["学校标识码"] = "2131000001", ["年级"] = "二年级", ["班号"] = "1", ["入学年份"] = "2025", ["班额"] = "80", ["班主任"] = "", ["校区名称"] = "西校区" },
            new() { ["学校标识码"] = "2131000002", ["年级"] = "二年级", ["班号"] = "2", ["入学年份"] = "2025", ["班额"] = "40", ["班主任"] = "", ["校区名称"] = "" },
        ]));

        campuses.Succeeded.ShouldBeTrue(Describe(campuses));
        classes.Written.ShouldBeFalse();
        ErrorsOf(classes, 2).ShouldBeEmpty();
        ErrorsOf(classes, 3).ShouldContain("班号:浦东新区明德小学三年级（1）班已存在");
        ErrorsOf(classes, 4).ShouldContain("年级:浦东新区明德小学（小学）没有初一");
        ErrorsOf(classes, 5).ShouldContain("班额:应为 1 到 60 之间的整数");
        ErrorsOf(classes, 5).ShouldContain("校区名称:浦东新区明德小学没有名为“西校区”的校区");
        ErrorsOf(classes, 6).ShouldContain("学校标识码:该学校不在您的管理范围内");
        var valid = await ImportAsync(harness, world.AdminA, "classes", Workbook(
        [
            new() { ["学校标识码"] = "2131000001", ["年级"] = "一年级", ["班号"] = "1", ["入学年份"] = "2026", ["班额"] = "45", ["班主任"] = "刘老师", ["校区名称"] = "东校区" },
        ]));
        valid.Succeeded.ShouldBeTrue(Describe(valid));
        (await CountAsync(harness, db => db.Classes.Where(c => c.CampusId != null))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GuardianAndStaffImports_FindPupilsByIdNumber_AndRefuseDuplicates(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var pupil = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        Dictionary<string, object> Guardian(string id, string name, string phone) => new() { ["学生证件号码"] = id, ["监护人姓名"] = name, ["监护人关系"] = "祖父", ["监护人电话"] = phone };
        Dictionary<string, object> Teacher(string code, string id, string birth, string sex) => new()
        {
            ["学校标识码"] = code, ["姓名"] = "赵老师", ["性别"] = sex, ["证件类型"] = "", ["证件号码"] = id, ["出生日期"] = birth, ["手机号码"] = "13700001111",
            ["最高学历"] = "本科", ["教师资格"] = "小学语文教师资格", ["职称"] = "一级", ["骨干教师"] = "区级骨干", ["任教学科"] = "语文", ["入职日期"] = "2010-09-01",
        };

        var teacherId = EduGov.Standards.IdNumber.Compose("310115", new DateOnly(1985, 6, 1), 2);
        var guardians = await ImportAsync(harness, world.AdminA, "guardians", Workbook(
        [
            Guardian(RegistryWorld.ValidIdNumber, "林爷爷", "13500001111"),
            Guardian(RegistryWorld.ValidIdNumber, "林父亲", "13812345678"),
            Guardian("310115201807120032", "无此生", "13500002222"),
        ]));
        var oneGuardian = await ImportAsync(harness, world.AdminA, "guardians", Workbook([Guardian(RegistryWorld.ValidIdNumber, "林爷爷", "13500001111")]));
        var staff = await ImportAsync(harness, world.AdminA, "staff", Workbook(
        [
            Teacher("2131000001", teacherId, "1985-06-01", "女"),
            Teacher("2131000001", teacherId, "1985-06-01", "女"),
            Teacher("2131000001", EduGov.Standards.IdNumber.Compose("310115", new DateOnly(1985, 6, 1), 3), "1985-06-01", "女"),
        ]));
        var oneTeacher = await ImportAsync(harness, world.AdminA, "staff", Workbook([Teacher("2131000001", teacherId, "1985-06-01", "女")]));

        ErrorsOf(guardians, 2).ShouldBeEmpty();
        ErrorsOf(guardians, 3).ShouldContain("监护人电话:该学生已登记过这个监护人电话");
        ErrorsOf(guardians, 4).ShouldContain("学生证件号码:未找到该证件号码的学生");
        oneGuardian.Succeeded.ShouldBeTrue(Describe(oneGuardian));
        (await CountAsync(harness, db => db.Guardians.Where(g => g.StudentId == pupil))).ShouldBe(2);
        ErrorsOf(staff, 2).ShouldContain("文件中第 2、3 行的证件号码重复");
        ErrorsOf(staff, 4).ShouldContain("性别:性别与身份证号不一致");
        oneTeacher.Succeeded.ShouldBeTrue(Describe(oneTeacher));
        (await CountAsync(harness, db => db.StaffEvents)).ShouldBe(1);
    }

    [Fact]
    public async Task MalformedFiles_GetAClearChineseMessage_AndWriteNothing()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        var valid = Pupil("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12");

        async Task<string> MessageFor(Stream file) =>
            (await Should.ThrowAsync<InvalidInputException>(() => ImportAsync(harness, world.AdminA, "students", file))).Message;

        (await MessageFor(new MemoryStream(Encoding.UTF8.GetBytes("学校标识码,姓名\n2131000001,林小雨")))).ShouldContain("不是 Excel");
        (await MessageFor(new MemoryStream())).ShouldContain("空的");
        (await MessageFor(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]))).ShouldContain("已加密");
        (await MessageFor(new MemoryStream([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0]))).ShouldContain("无法读取");
        var renamed = new Dictionary<string, object>(valid) { ["身份证"] = valid["证件号码"] };
        renamed.Remove("证件号码");
        (await MessageFor(Workbook([renamed]))).ShouldContain("表头缺少或被改名：证件号码");
        (await MessageFor(new MemoryStream((await ImportStudents.Definition.TemplateAsync(CancellationToken.None)).Content))).ShouldContain("没有数据行");
        (await MessageFor(WithFormula(Workbook([valid, valid]), "B3"))).ShouldContain("中有公式（B3）");
        (await MessageFor(WithMerge(Workbook([valid, valid]), "A2:A3"))).ShouldContain("中有合并单元格（A2:A3）");
        (await MessageFor(TwoSheets(new Dictionary<string, object> { ["说明"] = "请看第二页" }, valid))).ShouldContain("工作表“说明页”的表头缺少或被改名");
        (await CountAsync(harness, db => db.Students)).ShouldBe(0);
    }

    [Fact]
    public async Task DataOnTheTemplatesSheet_IsFound_EvenWhenItIsNotTheFirst()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        var file = new MemoryStream();
        file.SaveAs(new Dictionary<string, object> { ["说明页"] = new[] { new Dictionary<string, object> { ["说明"] = "数据在第二页" } }, ["学生学籍"] = new[] { Pupil("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12") } });
        file.Position = 0;

        var result = await ImportAsync(harness, world.AdminA, "students", file, dryRun: true);

        result.Succeeded.ShouldBeTrue(Describe(result));
    }

    [Fact]
    public async Task AMillionRowFile_IsRefusedWithTheLimit_BeforeAnythingIsChecked()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        var file = RewriteFirstSheet(Workbook([Pupil("2131000001", "林小雨", "女", "310115201805120020", "2018-05-12")]), xml =>
        {
            var rows = new StringBuilder(xml.Length + (60 * 1_000_000));
            rows.Append(xml.AsSpan(0, xml.IndexOf("</x:sheetData>", StringComparison.Ordinal)));
            for (var n = 3; n <= 1_000_001; n++)
            {
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"<x:row r=\"{n}\"><x:c r=\"A{n}\" t=\"str\"><x:v>2131000001</x:v></x:c></x:row>");
            }

            return rows.Append(xml.AsSpan(xml.IndexOf("</x:sheetData>", StringComparison.Ordinal))).ToString();
        });

        var error = await Should.ThrowAsync<InvalidInputException>(() => ImportAsync(harness, world.AdminA, "students", file));

        error.Message.ShouldContain($"文件超过 {ImportStudents.Definition.MaxRows:N0} 行的上限");
        (await CountAsync(harness, db => db.Students)).ShouldBe(0);
    }

    private static MemoryStream TwoSheets(Dictionary<string, object> first, Dictionary<string, object> second)
    {
        var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["说明页"] = new[] { first }, ["数据"] = new[] { second } });
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream WithFormula(MemoryStream workbook, string cell) =>
        RewriteFirstSheet(workbook, xml => Regex.Replace(xml, $"(<x:c r=\"{cell}\"[^>]*>)", "$1<x:f>\"林\"&amp;\"小雨\"</x:f>"));

    private static MemoryStream WithMerge(MemoryStream workbook, string range) =>
        RewriteFirstSheet(workbook, xml => xml.Replace("</x:sheetData>", $"</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"{range}\"/></x:mergeCells>", StringComparison.Ordinal));

    private static MemoryStream RewriteFirstSheet(MemoryStream workbook, Func<string, string> rewrite)
    {
        var output = new MemoryStream();
        workbook.CopyTo(output);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var rewritten = rewrite(xml);
            rewritten.ShouldNotBe(xml);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(rewritten);
        }

        output.Position = 0;
        return output;
    }
}
