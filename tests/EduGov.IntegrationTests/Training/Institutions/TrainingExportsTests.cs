using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Credit;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>The inspection plan's task list and the white and black lists as Excel: the page's rows, audited, readers only.</summary>
public sealed class TrainingExportsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PlanTasks_ExportEveryTaskInLotteryOrder_WithTeamResultAndFindings(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var planId = await SeedPlanAsync(harness);

        var file = await harness.AsAsync<ExportPlanTasks.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(planId));

        file.FileName.ShouldBe($"抽查任务_2026年第4批_{planId.ToString()[..8]}.xlsx");
        var rows = Rows(file);
        string[] columns = ["序号", "机构名称", "统一社会信用代码", "信用等级", "随机号", "检查组", "状态", "检查日期", "结果", "发现的问题"];
        rows.Select(r => string.Join("|", columns.Select(c => r[c]?.ToString() ?? ""))).ShouldBe(
        [
            $"1|甲艺术培训|{InstitutionsWorld.Code(1)}|B|0a1b|张执法（执01）、李执法（执02）|已检查|2026-11-20|发现问题|T-03 未公示收费标准 ×2：大厅无价目表；T-07 超前收费 ×1",
            $"2|乙体育培训|{InstitutionsWorld.Code(2)}|A|7f00|李执法（执02）、张执法（执01）|已检查|2026-11-21|合格|",
            $"3|丙科技培训|{InstitutionsWorld.Code(3)}|C|9c9c|张执法（执01）|待检查|||",
        ]);
        (await ExportNotes(harness)).ShouldBe(["导出抽查计划“2026年第四批双随机抽查”的检查任务 3 项"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_ExportWithThePagesFilters_CurrentOrHistory(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        await SeedListsAsync(harness);

        var current = Rows(await Export(world, world.Officer, new ListCreditLists.Query(ListStatus.Black)));
        var history = Rows(await Export(world, world.Officer, new ListCreditLists.Query(ListStatus.Black, CurrentOnly: false)));
        var searched = Rows(await Export(world, world.Officer, new ListCreditLists.Query(ListStatus.Black, false, "张江")));
        var white = Rows(await Export(world, world.Officer, new ListCreditLists.Query(ListStatus.White)));

        current.Select(r => $"{r["名称"]}|{r["统一社会信用代码"]}|{r["类型"]}|{r["状态"]}").ShouldBe(
            ["无证小饭桌||无证经营者|在列", $"丁培训|{InstitutionsWorld.Code(4)}|培训机构|在列"]);
        history.Select(r => $"{r["名称"]}|{r["状态"]}|{r["移出日期"]}|{r["移出理由"]}").ShouldBe(
            ["无证小饭桌|在列||", "丁培训|在列||", "戊培训|已移出|2026-10-01|红牌撤销"]);
        searched.Select(r => r["名称"]?.ToString()).ShouldBe(["无证小饭桌"]);
        white.Select(r => $"{r["名单"]}|{r["名称"]}|{r["列入日期"]}|{r["列入理由"]}").ShouldBe(["白名单|己培训|2026-09-01|信用等级A"]);
        (await ExportNotes(harness)).ShouldBe(["导出黑名单（当前在列）2 条", "导出黑名单（含历史）3 条", "导出黑名单（含历史）1 条", "导出白名单（当前在列）1 条"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NonReaders_AreRefused_AndNothingIsAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var planId = await SeedPlanAsync(harness);
        var inspector = harness.User(Role.Inspector, OrgScope.Bureau("测试区教育局"), "督学");
        var (_, institution, _) = await world.SelfRegisterAsync(9);
        var leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "局领导");

        foreach (var user in new[] { inspector, institution, CurrentUser.Anonymous })
        {
            await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ExportPlanTasks.Handler, ExcelFile>(user, h => h.HandleAsync(planId)));
            await Should.ThrowAsync<ForbiddenException>(() => Export(world, user, new ListCreditLists.Query()));
        }

        (await ExportNotes(harness)).ShouldBeEmpty();
        await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<ExportPlanTasks.Handler, ExcelFile>(leader, h => h.HandleAsync(Guid.CreateVersion7())));
        Rows(await harness.AsAsync<ExportPlanTasks.Handler, ExcelFile>(leader, h => h.HandleAsync(planId))).Count.ShouldBe(3);
    }

    private static Task<ExcelFile> Export(InstitutionsWorld world, CurrentUser user, ListCreditLists.Query query) =>
        world.Harness.AsAsync<ExportCreditLists.Handler, ExcelFile>(user, h => h.HandleAsync(query));

    /// <summary>A drawn plan of three tasks: one with two findings, one clean, one still to inspect.</summary>
    private static async Task<Guid> SeedPlanAsync(PlatformHarness harness)
    {
        await using var db = await RegistrationTests.Db(harness);
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var plan = new InspectionPlan
        {
            Name = "2026年第四批双随机抽查", Year = 2026, Batch = 4, Status = InspectionPlanStatus.Drawn, TeamSize = 2, CreatedAt = now, UpdatedAt = now,
        };
        db.InspectionPlans.Add(plan);
        var first = NewTask(plan, 1, "甲艺术培训", CreditGrade.B, "0a1b", InspectionTaskStatus.Inspected, new DateOnly(2026, 11, 20), true);
        var second = NewTask(plan, 2, "乙体育培训", CreditGrade.A, "7f00", InspectionTaskStatus.Inspected, new DateOnly(2026, 11, 21), false);
        var third = NewTask(plan, 3, "丙科技培训", CreditGrade.C, "9c9c", InspectionTaskStatus.Pending, null, false);
        db.InspectionTasks.AddRange(third, first, second);
        db.InspectionTeamMembers.AddRange(
            Member(first, "张执法", "执01", 1), Member(first, "李执法", "执02", 2), Member(second, "李执法", "执02", 1), Member(second, "张执法", "执01", 2),
            Member(third, "张执法", "执01", 1));
        db.InspectionFindings.AddRange(
            new InspectionFinding { TaskId = first.Id, InstitutionId = first.InstitutionId, ItemCode = "T-07", ItemName = "超前收费", Instances = 1 },
            new InspectionFinding { TaskId = first.Id, InstitutionId = first.InstitutionId, ItemCode = "T-03", ItemName = "未公示收费标准", Instances = 2, Description = "大厅无价目表" });
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private static InspectionTask NewTask(InspectionPlan plan, int order, string name, CreditGrade grade, string number, InspectionTaskStatus status, DateOnly? on, bool findings) => new()
    {
        PlanId = plan.Id, InstitutionId = Guid.CreateVersion7(), InstitutionName = name, Token = InstitutionsWorld.Code(order), Grade = grade,
        LotteryNumber = number, Order = order, Status = status, InspectedOn = on, HasFindings = findings,
    };

    private static InspectionTeamMember Member(InspectionTask task, string name, string certificate, int position) =>
        new() { TaskId = task.Id, OfficerId = Guid.CreateVersion7(), OfficerName = name, CertificateNumber = certificate, Position = position };

    /// <summary>Black: an unlicensed operator and an institution in the list now, one that left; white: one institution.</summary>
    private static async Task SeedListsAsync(PlatformHarness harness)
    {
        await using var db = await RegistrationTests.Db(harness);
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var listed = new TrainingInstitution { Name = "丁培训", CreditCode = InstitutionsWorld.Code(4), CreatedAt = now, UpdatedAt = now };
        db.Institutions.Add(listed);
        db.ListEntries.AddRange(
            Entry(null, ListStatus.Black, "无证小饭桌", "张江路1号", new DateOnly(2026, 11, 2), now.AddDays(-1)),
            Entry(listed.Id, ListStatus.Black, "丁培训", "世纪大道4号", new DateOnly(2026, 10, 15), now.AddDays(-30)),
            Entry(Guid.CreateVersion7(), ListStatus.Black, "戊培训", "张扬路5号", new DateOnly(2026, 8, 1), now.AddDays(-100)),
            Entry(Guid.CreateVersion7(), ListStatus.White, "己培训", "世纪大道6号", new DateOnly(2026, 9, 1), now.AddDays(-80)));
        var entries = db.ChangeTracker.Entries<ListEntry>().Select(e => e.Entity).ToList();
        var left = entries.Single(e => e.Name == "戊培训");
        left.LeftOn = new DateOnly(2026, 10, 1);
        left.LeftReason = "红牌撤销";
        entries.Single(e => e.List == ListStatus.White).Reason = "信用等级A";
        await db.SaveChangesAsync();
    }

    private static ListEntry Entry(Guid? institutionId, ListStatus list, string name, string address, DateOnly on, DateTime at) => new()
    {
        InstitutionId = institutionId, List = list, Name = name, Address = address, Reason = "严重失信", EnteredOn = on, EnteredAt = at, EnteredBy = "李科长",
    };

    private static async Task<List<string?>> ExportNotes(PlatformHarness harness)
    {
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        return await platform.AuditEvents.Where(e => e.Action == AuditActions.Export).OrderBy(e => e.Sequence).Select(e => e.Note).ToListAsync();
    }

    private static List<IDictionary<string, object>> Rows(ExcelFile file)
    {
        file.FileName.ShouldEndWith(".xlsx");
        using var stream = new MemoryStream(file.Content);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }
}
