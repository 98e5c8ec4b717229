using EduGov.Cli;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Inspections;

/// <summary>
/// Submitting inspections hands findings to the credit part (<see cref="ICreditFindings"/>), so these run with the credit
/// part's implementation registered: submit with a finding → task done, finding in credit, rectification with the
/// working-day deadline, all in one transaction; then publish and re-run the published files through the CLI.
/// </summary>
public sealed class InspectionSubmitTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-inspection-submit-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_WithAFinding_CompletesTheTask_RecordsCredit_AndOpensARectificationDueInWorkingDays(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        await world.FreezeAsync();
        await world.DrawAsync();
        var (task, team) = (await world.TasksAsync()).First();
        var plan = await world.PlanAsync();
        var items = await harness.AsAsync<ListFindingItems.Handler, IReadOnlyList<CreditItemRef>>(world.Officer, h => h.HandleAsync());
        var item = items.First(i => i.PointsPerInstance > 0);
        var outsider = harness.User(Role.Inspector, OrgScope.Bureau("全区"), "非本组督学");
        var member = await LinkAsync(world, team[0].OfficerId);
        var command = Command(task.Id, plan) with { Findings = [new SubmitInspection.FindingInput(item.Id, 2, "收费标准未在前台公示")], Photos = [new UploadedFile("现场.jpg", Jpeg)] };

        var forbidden = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(outsider, h => h.HandleAsync(command)));
        var notAPhoto = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(member,
            h => h.HandleAsync(command with { Photos = [new UploadedFile("现场.jpg", "text"u8.ToArray())] })));
        var result = await harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(member, h => h.HandleAsync(command));
        var twice = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(member, h => h.HandleAsync(command)));
        var view = await harness.AsAsync<GetTask.Handler, GetTask.View>(world.Officer, h => h.HandleAsync(task.Id));

        forbidden.Message.ShouldContain("只有本检查组的执法人员");
        notAPhoto.Message.ShouldContain("不是 JPG 或 PNG 图片");
        twice.Message.ShouldContain("不能重复提交");
        result.Findings.ShouldBe(1);
        result.RectifyBy.ShouldBe(new DateOnly(2026, 12, 15), "15 个工作日，跳过周末和 12 月 1 日的假日");
        view.Task.Status.ShouldBe(InspectionTaskStatus.Inspected);
        view.Task.HasFindings.ShouldBeTrue();
        view.Checks.Count.ShouldBe(plan.CheckItemList.Count);
        view.Findings.ShouldHaveSingleItem().ItemName.ShouldBe(item.Name);
        view.Photos.ShouldHaveSingleItem().ContentType.ShouldBe("image/jpeg");
        view.Rectifications.ShouldHaveSingleItem().Deadline.ShouldBe(new DateOnly(2026, 12, 15));
        await using var db = await world.Contexts.CreateDbContextAsync();
        var institution = await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == task.InstitutionId);
        institution.CreditScore.ShouldBeLessThan(1000, "信用部分在同一事务中扣分并重算");
        var institutionUser = world.InstitutionUser(institution);
        var own = await harness.AsAsync<ListRectifications.Handler, PageResult<ListRectifications.Row>>(institutionUser, h => h.HandleAsync(new(), new PageRequest()));
        own.Items.ShouldHaveSingleItem().Problem.ShouldContain("收费标准未在前台公示");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publish_AfterEveryTaskIsInspected_ShowsResults_AndThePublishedFilesReRunIdentically(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        await world.FreezeAsync();
        await world.DrawAsync();
        var plan = await world.PlanAsync();
        var tasks = await world.TasksAsync();
        var items = await harness.AsAsync<ListFindingItems.Handler, IReadOnlyList<CreditItemRef>>(world.Officer, h => h.HandleAsync());
        await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<GetInspectionPublication.Handler, GetInspectionPublication.View>(CurrentUser.Anonymous, h => h.HandleAsync(world.PlanId)));
        var early = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<PublishPlan.Handler>(world.Officer, h => h.HandleAsync(world.PlanId)));
        foreach (var (task, _) in tasks)
        {
            var findings = task.Order == 1 ? [new SubmitInspection.FindingInput(items[0].Id, 1, "未公示退费办法")] : Array.Empty<SubmitInspection.FindingInput>();
            await harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(world.Officer, h => h.HandleAsync(Command(task.Id, plan) with { Findings = findings }));
        }

        await harness.AsAsync<PublishPlan.Handler>(world.Officer, h => h.HandleAsync(world.PlanId));
        var publication = await harness.AsAsync<GetInspectionPublication.Handler, GetInspectionPublication.View>(CurrentUser.Anonymous, h => h.HandleAsync(world.PlanId));
        var files = new Dictionary<string, string>();
        foreach (var name in new[] { "targets.csv", "inspectors.csv", "draw.csv" })
        {
            files[name] = await harness.AsAsync<GetInspectionPublication.Handler, string>(CurrentUser.Anonymous, h => h.FileAsync(world.PlanId, name));
            await File.WriteAllTextAsync(Path.Combine(_folder.FullName, name), files[name]);
        }

        var rerun = Path.Combine(_folder.FullName, "rerun.csv");
        var exit = TrainingCommands.RunDraw(new TrainingCommands.DrawRequest(
            publication.Plan.Seed, Path.Combine(_folder.FullName, "targets.csv"), Path.Combine(_folder.FullName, "inspectors.csv"),
            "A=5,B=10,C=20,D=50,E=100", 2, 0, false, false, rerun), TextWriter.Null);

        early.Message.ShouldContain("还有 8 项检查任务未完成检查");
        publication.Plan.Status.ShouldBe(InspectionPlanStatus.Published);
        publication.Targets.Count.ShouldBe(30);
        publication.Results.Count.ShouldBe(8);
        publication.Results.Count(r => r.HasFindings).ShouldBe(1);
        publication.Results.ShouldAllBe(r => r.Team.Count == 2);
        publication.Results.Single(r => r.HasFindings).Findings.ShouldBe([items[0].Name]);
        exit.ShouldBe(0);
        (await File.ReadAllTextAsync(rerun)).ShouldBe(files["draw.csv"]);
        (await world.TasksAsync()).ShouldAllBe(t => t.Task.Status == InspectionTaskStatus.Published);
    }

    private static SubmitInspection.Command Command(Guid taskId, InspectionPlan plan) => new()
    {
        TaskId = taskId,
        InspectedOn = new DateOnly(2026, 11, 23),
        Checks = [.. plan.CheckItemList.Select(i => new SubmitInspection.CheckInput(i, CheckOutcome.Compliant, ""))],
        Notes = "现场检查",
    };

    private static async Task<CurrentUser> LinkAsync(InspectionsWorld world, Guid officerId)
    {
        var user = world.Harness.User(Role.Inspector, OrgScope.Bureau("全区"), "本组督学");
        await using var db = await world.Contexts.CreateDbContextAsync();
        var officer = await db.EnforcementOfficers.SingleAsync(o => o.Id == officerId);
        officer.UserId = user.Id;
        await db.SaveChangesAsync();
        return user;
    }
}
