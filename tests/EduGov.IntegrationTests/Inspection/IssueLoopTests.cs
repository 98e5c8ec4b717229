using EduGov.Inspection.Attachments;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Issues;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

public sealed class IssueLoopTests
{
    private static readonly UploadedFile Photo = new("整改后.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);

    private static NewIssue Finding(Guid schoolId, IssueSeverity severity = IssueSeverity.Serious) =>
        new(schoolId, IssueSource.Visit, SupervisionItem.CampusSafety, "校门口无防冲撞设施，上下学时段无人值守", severity, "《中小学幼儿园安全管理办法》第十二条");

    private static async Task<Guid> OpenAsync(InspectionWorld world, NewIssue issue) =>
        (await world.Harness.AsAsync<OpenIssue.Handler, IReadOnlyList<Guid>>(world.Inspector, h => h.HandleAsync([issue])))[0];

    private static Task StepAsync(InspectionWorld world, CurrentUser user, Guid id, IssueAction action, string text = "", IReadOnlyList<UploadedFile>? files = null) =>
        world.Harness.AsAsync<AdvanceIssue.Handler>(user, h => h.HandleAsync(new AdvanceIssue.Command(id, action, text)
        {
            PlanOwner = action == IssueAction.SubmitPlan ? "王副校长" : "",
            PlanDueOn = action == IssueAction.SubmitPlan ? new DateOnly(2026, 12, 10) : null,
            Files = files ?? [],
        }));

    private static Task<GetIssue.Details> GetAsync(InspectionWorld world, CurrentUser user, Guid id) =>
        world.Harness.AsAsync<GetIssue.Handler, GetIssue.Details>(user, h => h.HandleAsync(id));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFinding_TravelsToCloseOut_OnlyThroughTheInspectorsRecheck(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionWorld.BuildAsync(harness);
        var school = world.Registry.AdminA;
        var bureau = world.Registry.Officer;
        var id = await OpenAsync(world, Finding(world.Registry.SchoolA));

        await StepAsync(world, school, id, IssueAction.SubmitPlan, "安装防冲撞隔离桩；上下学时段安排两名保安值守");
        await StepAsync(world, school, id, IssueAction.ReportProgress, "隔离桩已采购，12月5日安装");
        await StepAsync(world, school, id, IssueAction.ReportFixed, "已安装并排班", [Photo]);
        var early = await Should.ThrowAsync<ConflictException>(() => StepAsync(world, bureau, id, IssueAction.CloseOut));
        await StepAsync(world, world.Inspector, id, IssueAction.RecheckFail, "隔离桩间距过大");
        await StepAsync(world, school, id, IssueAction.ReportFixed, "已加密隔离桩", [Photo]);
        await StepAsync(world, world.Inspector, id, IssueAction.RecheckPass);
        await StepAsync(world, bureau, id, IssueAction.SendBack, "请补充值守排班表");
        await StepAsync(world, school, id, IssueAction.ReportFixed, "排班表已上传", [Photo]);
        await StepAsync(world, world.Inspector, id, IssueAction.RecheckPass);
        await StepAsync(world, bureau, id, IssueAction.CloseOut, "同意销号");
        var issue = await GetAsync(world, bureau, id);

        early.Message.ShouldContain("待复查");
        issue.Number.ShouldBe("2026-0001");
        issue.Status.ShouldBe(IssueStatus.ClosedOut);
        issue.ClosedOn.ShouldBe(new DateOnly(2026, 11, 23));
        issue.PlanOwner.ShouldBe("王副校长");
        issue.Actions.ShouldBeEmpty();
        issue.History.Select(s => s.Kind).ShouldBe([
            IssueEventKind.Opened, IssueEventKind.PlanSubmitted, IssueEventKind.ProgressReported, IssueEventKind.ReportedFixed, IssueEventKind.RecheckFailed,
            IssueEventKind.ReportedFixed, IssueEventKind.RecheckPassed, IssueEventKind.SentBack, IssueEventKind.ReportedFixed, IssueEventKind.RecheckPassed,
            IssueEventKind.ClosedOut]);
        issue.History.Where(s => s.Kind == IssueEventKind.ReportedFixed).ShouldAllBe(s => s.Attachments.Count == 1 && s.Attachments[0].IsImage);
        var audited = await CountAuditAsync(harness, "IssueEvent");
        audited.ShouldBe(11);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachSide_SeesAndActsOnlyWithinItsScope_AndARefusedStepLeavesNothing(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionWorld.BuildAsync(harness);
        var id = await OpenAsync(world, Finding(world.Registry.SchoolA));

        await Should.ThrowAsync<ForbiddenException>(() => OpenAsync(world, Finding(world.Registry.SchoolB)));
        await Should.ThrowAsync<ForbiddenException>(() => GetAsync(world, world.Registry.AdminB, id));
        await Should.ThrowAsync<ForbiddenException>(() => StepAsync(world, world.Registry.AdminB, id, IssueAction.SubmitPlan, "越权"));
        await Should.ThrowAsync<ForbiddenException>(() => StepAsync(world, world.Registry.AdminA, id, IssueAction.RecheckPass));
        await StepAsync(world, world.Registry.AdminA, id, IssueAction.SubmitPlan, "整改措施");
        var noEvidence = await Should.ThrowAsync<InvalidInputException>(() => StepAsync(world, world.Registry.AdminA, id, IssueAction.ReportFixed, "已整改"));
        var badFile = await Should.ThrowAsync<InvalidInputException>(() => StepAsync(world, world.Registry.AdminA, id, IssueAction.ReportFixed, "已整改", [new UploadedFile("a.exe", [1])]));
        var schoolList = await harness.AsAsync<ListIssues.Handler, PageResult<ListIssues.Row>>(world.Registry.AdminB, h => h.HandleAsync(new ListIssues.Query()));

        noEvidence.Errors.Keys.ShouldContain("Files");
        badFile.Message.ShouldContain("a.exe");
        schoolList.Total.ShouldBe(0);
        (await world.QueryAsync(db => db.IssueEvents.CountAsync())).ShouldBe(2);
        (await world.QueryAsync(db => db.Attachments.CountAsync())).ShouldBe(0);
        (await GetAsync(world, world.Inspector, id)).Status.ShouldBe(IssueStatus.Rectifying);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OverdueItems_AreEscalatedOnce_AndTheSchoolRemindedAtTheConfiguredInterval(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionWorld.BuildAsync(harness);
        var minor = await OpenAsync(world, Finding(world.Registry.SchoolA, IssueSeverity.Minor));
        var critical = await OpenAsync(world, Finding(world.Registry.SchoolA, IssueSeverity.Critical));
        Task<EscalateOverdueIssues.Outcome> RunAsync() => harness.AsAsync<EscalateOverdueIssues.Handler, EscalateOverdueIssues.Outcome>(harness.System, h => h.HandleAsync());

        (await RunAsync()).ShouldBe(new EscalateOverdueIssues.Outcome(0, 0));
        harness.Clock.Advance(TimeSpan.FromDays(6));
        (await RunAsync()).ShouldBe(new EscalateOverdueIssues.Outcome(1, 1));
        (await RunAsync()).ShouldBe(new EscalateOverdueIssues.Outcome(0, 0));
        harness.Clock.Advance(TimeSpan.FromDays(3));
        (await RunAsync()).ShouldBe(new EscalateOverdueIssues.Outcome(0, 1));
        await StepAsync(world, world.Registry.AdminA, critical, IssueAction.SubmitPlan, "措施");
        await StepAsync(world, world.Registry.AdminA, critical, IssueAction.ReportFixed, "已整改", [Photo]);
        harness.Clock.Advance(TimeSpan.FromDays(25));
        (await RunAsync()).ShouldBe(new EscalateOverdueIssues.Outcome(1, 1));
        var overdue = await harness.AsAsync<ListIssues.Handler, PageResult<ListIssues.Row>>(world.Registry.Officer, h => h.HandleAsync(new ListIssues.Query(OverdueOnly: true)));
        var summary = await harness.AsAsync<ListIssues.Handler, ListIssues.Summary>(world.Registry.Officer, h => h.SummarizeAsync());
        var criticalHistory = await GetAsync(world, world.Registry.Officer, critical);

        overdue.Items.ShouldHaveSingleItem().Id.ShouldBe(minor);
        overdue.Items[0].DaysOverdue.ShouldBe(4);
        summary.Overdue.ShouldBe(1);
        summary.Escalated.ShouldBe(2);
        criticalHistory.History.Count(s => s.Kind == IssueEventKind.Escalated).ShouldBe(1);
        criticalHistory.Status.ShouldBe(IssueStatus.AwaitingRecheck);
    }

    private static async Task<int> CountAuditAsync(PlatformHarness harness, string entityType)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.CountAsync(e => e.EntityType == entityType);
    }
}
