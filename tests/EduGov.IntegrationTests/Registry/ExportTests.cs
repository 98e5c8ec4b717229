using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class ExportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportStudents_HonoursScopeAndFilter_MasksByDefault_AndAuditsEveryExport(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA, classId: world.ClassA3)));
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminB, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolB, "310115201807120032", "王小明")));
        var leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"));

        var masked = Rows(await harness.AsAsync<ExportStudents.Handler, ExcelFile>(world.AdminA, h => h.HandleAsync(new ListStudents.Query(), reveal: false)));
        var clear = Rows(await harness.AsAsync<ExportStudents.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListStudents.Query(Search: "王"), reveal: true)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ExportStudents.Handler, ExcelFile>(leader, h => h.HandleAsync(new ListStudents.Query(), reveal: true)));

        masked.ShouldHaveSingleItem();
        masked[0]["姓名"].ShouldBe("林小雨");
        masked[0]["班级"].ShouldBe("三年级（1）班");
        masked[0]["证件号码"].ShouldBe("310115********0020");
        clear.ShouldHaveSingleItem()["证件号码"].ShouldBe("310115201807120032");
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var exports = await db.AuditEvents.Where(e => e.Action == AuditActions.Export).OrderBy(e => e.Sequence).Select(e => e.Note).ToListAsync();
        exports.Count.ShouldBe(2);
        exports[0].ShouldNotBeNull().ShouldContain("1 条（证件号码脱敏）");
        exports[1].ShouldNotBeNull().ShouldContain("明文");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportSchoolsAndStaff_HonourScope(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<EduGov.Registry.StaffMembers.RegisterStaff.Handler, Guid>(world.AdminA, h => h.HandleAsync(new EduGov.Registry.StaffMembers.RegisterStaff.Command
        {
            Name = "周文华", Sex = EduGov.Standards.Sex.Female, IdNumber = "310115198501010047", BirthDate = new DateOnly(1985, 1, 1),
            Subject = "数学", SchoolId = world.SchoolA, JoinedOn = new DateOnly(2010, 9, 1),
        }));

        var allSchools = Rows(await harness.AsAsync<EduGov.Registry.Schools.ExportSchools.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new EduGov.Registry.Schools.ListSchools.Query())));
        var ownSchool = Rows(await harness.AsAsync<EduGov.Registry.Schools.ExportSchools.Handler, ExcelFile>(world.AdminB, h => h.HandleAsync(new EduGov.Registry.Schools.ListSchools.Query())));
        var staffA = Rows(await harness.AsAsync<EduGov.Registry.StaffMembers.ExportStaff.Handler, ExcelFile>(world.AdminA, h => h.HandleAsync(new EduGov.Registry.StaffMembers.ListStaff.Query(), reveal: false)));
        var staffB = Rows(await harness.AsAsync<EduGov.Registry.StaffMembers.ExportStaff.Handler, ExcelFile>(world.AdminB, h => h.HandleAsync(new EduGov.Registry.StaffMembers.ListStaff.Query(), reveal: false)));

        allSchools.Select(r => r["学校标识码"]).ShouldBe(["2131000001", "2131000002", "3131000003"]);
        ownSchool.ShouldHaveSingleItem()["学校名称"].ShouldBe("浦东新区育才小学");
        staffA.ShouldHaveSingleItem()["证件号码"].ShouldBe("310115********0047");
        staffB.ShouldBeEmpty();
    }

    [Fact]
    public async Task ExportRecordChanges_HonoursScopeAndFilter_AndIsAudited()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        var pupil = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        await harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminA, h => h.HandleAsync(new RequestRecordChange.Command(pupil, RecordChangeKind.Suspension, new DateOnly(2026, 12, 1), "病休")));

        var own = Rows(await harness.AsAsync<ExportRecordChanges.Handler, ExcelFile>(world.AdminA, h => h.HandleAsync(new ListRecordChanges.Query())));
        var otherSchool = Rows(await harness.AsAsync<ExportRecordChanges.Handler, ExcelFile>(world.AdminB, h => h.HandleAsync(new ListRecordChanges.Query())));
        var approvedOnly = Rows(await harness.AsAsync<ExportRecordChanges.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListRecordChanges.Query(ApprovalStatus.Approved))));

        own.ShouldHaveSingleItem()["异动类型"].ShouldBe("休学");
        own[0]["原因"].ShouldBe("病休");
        otherSchool.ShouldBeEmpty();
        approvedOnly.ShouldBeEmpty();
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.Export && e.EntityType == "RecordChange")).ShouldBe(3);
    }

    [Fact]
    public async Task ExportOrganisationAndAuditLog_CarryTheListedRows_AndAreAudited()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        var leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "局领导");

        var organisation = Rows(await harness.AsAsync<EduGov.Registry.Organisation.ExportOrganisation.Handler, ExcelFile>(world.Officer, h => h.HandleAsync()));
        var schoolCreations = Rows(await harness.AsAsync<ListAuditEvents.Handler, ExcelFile>(leader, h => h.ExportAsync(new ListAuditEvents.Query(Action: AuditActions.Create, EntityType: "School"))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ListAuditEvents.Handler, ExcelFile>(world.AdminA, h => h.ExportAsync(new ListAuditEvents.Query())));

        organisation.Select(r => $"{r["类型"]} {r["名称"]} {r["学校数"]}").ShouldBe(["学区 东片学区 2", "学区 西片学区 1"]);
        schoolCreations.Count.ShouldBe(3);
        schoolCreations.ShouldAllBe(r => r["对象类型"].ToString() == "School");
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await db.AuditEvents.Where(e => e.Action == AuditActions.Export).Select(e => e.EntityType).ToListAsync()).ShouldBe(["Organisation", "AuditEvent"], ignoreOrder: true);
    }

    private static List<IDictionary<string, object>> Rows(ExcelFile file)
    {
        file.FileName.ShouldEndWith(".xlsx");
        using var stream = new MemoryStream(file.Content);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }
}
