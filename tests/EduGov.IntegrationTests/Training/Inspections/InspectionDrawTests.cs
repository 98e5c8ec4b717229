using EduGov.Cli;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Supervision.RandomInspection;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Inspections;

public sealed class InspectionDrawTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-inspection-draw-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FreezeThenDraw_SelectsByGradeRatio_WithTeamsOfTwoAndNoConflicts(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);

        var freeze = await world.FreezeAsync();
        var frozen = await world.PlanAsync();
        var editAfterFreeze = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SavePlan.Handler, Guid>(world.Officer,
            h => h.HandleAsync(new SavePlan.Command { Id = world.PlanId, Name = "改", Year = 2026, Batch = 1, CheckItems = "证照", RatioA = 100, TeamSize = 2 })));
        var tooFewDice = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<DrawPlan.Handler, DrawPlan.Result>(world.Officer,
            h => h.HandleAsync(new DrawPlan.Command(world.PlanId, InspectionsWorld.PublicDraw, ["1"]))));
        var draw = await world.DrawAsync();
        var plan = await world.PlanAsync();
        var tasks = await world.TasksAsync();

        freeze.Targets.ShouldBe(30, "申请中的机构不在检查对象名录中");
        freeze.Officers.ShouldBe(8);
        freeze.ManifestSha256.ShouldBe(InspectionCsv.ManifestSha256(frozen.TargetsCsv, frozen.InspectorsCsv));
        frozen.Status.ShouldBe(InspectionPlanStatus.Frozen);
        frozen.Seed.ShouldBeEmpty("冻结时还没有种子");
        editAfterFreeze.Message.ShouldContain("不能再修改");
        tooFewDice.Message.ShouldContain("至少需要 2 组骰子");
        draw.Seed.ShouldBe(LotterySeed.Derive(freeze.ManifestSha256, InspectionsWorld.PublicDraw, InspectionsWorld.Dice));
        plan.Status.ShouldBe(InspectionPlanStatus.Drawn);
        plan.DrawnOn.ShouldBe(new DateOnly(2026, 11, 23));
        plan.PublishDue.ShouldBe(new DateOnly(2026, 12, 22), "20 个工作日，跳过周末和 12 月 1 日的假日");

        // ceil(5 % × 10) = 1, ceil(10 % × 8) = 1, ceil(20 % × 6) = 2, ceil(50 % × 4) = 2, 100 % × 2 = 2.
        Enum.GetValues<CreditGrade>().Select(g => tasks.Count(t => t.Task.Grade == g)).ShouldBe([1, 1, 2, 2, 2]);
        draw.Selected.ShouldBe(8);
        tasks.Select(t => t.Task.LotteryNumber).ShouldBe(tasks.Select(t => t.Task.LotteryNumber).Order(StringComparer.Ordinal), "任务按随机号顺序排列");
        var conflicted = world.Officers[0].Id;
        var eGrade = world.Institutions.Where(i => i.CreditGrade == CreditGrade.E).Select(i => i.Id).ToHashSet();
        foreach (var (task, team) in tasks)
        {
            team.Count.ShouldBe(2);
            team.Select(m => m.OfficerId).Distinct().Count().ShouldBe(2);
            task.Status.ShouldBe(InspectionTaskStatus.Pending);
            if (eGrade.Contains(task.InstitutionId))
            {
                team.ShouldNotContain(m => m.OfficerId == conflicted, "回避的执法人员不能进入检查组");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Draw_RerunFromTheFilesAndSeedThroughTheCli_GivesTheSameSelectionAndTeams(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        await world.FreezeAsync();
        await world.DrawAsync();
        var plan = await world.PlanAsync();
        var targets = Write("targets.csv", plan.TargetsCsv);
        var inspectors = Write("inspectors.csv", plan.InspectorsCsv);
        var output = Path.Combine(_folder.FullName, "draw.csv");
        var log = new StringWriter();

        var exit = TrainingCommands.RunDraw(
            new TrainingCommands.DrawRequest(plan.Seed, targets, inspectors, "A=5,B=10,C=20,D=50,E=100", plan.TeamSize, 0, false, false, output), log);

        exit.ShouldBe(0);
        (await File.ReadAllTextAsync(output)).ShouldBe(plan.DrawCsv);
        log.ToString().ShouldContain($"manifest_sha256: {plan.ManifestSha256}");
        InspectionCsv.ReadTargets(plan.TargetsCsv).Count.ShouldBe(30);
        var tasks = await world.TasksAsync();
        var rerun = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).Where(f => f[4] == "selected").ToDictionary(f => f[0], f => f[5]);
        rerun.Keys.Order(StringComparer.Ordinal).ShouldBe(tasks.Select(t => t.Task.Token).Order(StringComparer.Ordinal));
        foreach (var (task, team) in tasks)
        {
            rerun[task.Token].ShouldBe(string.Join(';', team.Select(m => m.CertificateNumber)));
        }

        PlanDrawInputsCommand(plan).ShouldBe(
            $"edugov training draw --seed {plan.Seed} --targets targets.csv --inspectors inspectors.csv --ratios A=5,B=10,C=20,D=50,E=100 --team-size 2 --out draw.csv");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Draw_WhenConflictsLeaveTooFewOfficers_RefusesAndNamesTheInstitution(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        var e = world.Institutions.First(i => i.CreditGrade == CreditGrade.E);
        foreach (var officer in world.Officers.Skip(2))
        {
            await harness.AsAsync<OfficerConflicts.Handler, Guid>(world.Officer, h => h.AddAsync(new OfficerConflicts.AddCommand(officer.Id, e.Id, "曾在该机构任职")));
        }

        await world.FreezeAsync();
        var error = await Should.ThrowAsync<ConflictException>(world.DrawAsync);

        error.Message.ShouldContain(e.CreditCode);
        error.Message.ShouldContain("只有 1 名");
        (await world.PlanAsync()).Status.ShouldBe(InspectionPlanStatus.Frozen, "抽取失败不留下任何结果");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Plan_RejectsATeamSmallerThanTheRule_AndListsProgress(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        var defaults = await harness.AsAsync<SavePlan.Handler, SavePlan.Command>(world.Officer, h => h.DefaultsAsync());

        var small = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SavePlan.Handler, Guid>(world.Officer, h => h.HandleAsync(defaults with { TeamSize = 1 })));
        var inspectorMayNotPlan = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<FreezePlan.Handler, FreezePlan.Result>(world.Inspector, h => h.HandleAsync(world.PlanId)));
        await world.FreezeAsync();
        await world.DrawAsync();
        var plans = await harness.AsAsync<ListPlans.Handler, PageResult<ListPlans.Row>>(world.Officer, h => h.HandleAsync(new ListPlans.Query(), new PageRequest()));
        var mine = await harness.AsAsync<ListMyTasks.Handler, ListMyTasks.Result>(world.Inspector, h => h.HandleAsync(new ListMyTasks.Query(), new PageRequest()));
        var view = await harness.AsAsync<GetPlan.Handler, GetPlan.View>(world.Officer, h => h.HandleAsync(world.PlanId));

        defaults.RatioE.ShouldBe(100);
        defaults.TeamSize.ShouldBe(2);
        defaults.Batch.ShouldBe(2, "第 1 批已存在");
        small.Message.ShouldContain("每个检查组最少执法人员为 2 人");
        inspectorMayNotPlan.Message.ShouldContain("没有执行此操作的权限");
        var row = plans.Items.ShouldHaveSingleItem();
        (row.Targets, row.Tasks, row.Done, row.PublishDue, row.Overdue).ShouldBe((30, 8, 0, new DateOnly(2026, 12, 22), false));
        mine.OfficerName.ShouldBe("执法员1");
        await using var db = await world.Contexts.CreateDbContextAsync();
        var ownTasks = await db.InspectionTeamMembers.CountAsync(m => m.OfficerId == world.Officers[0].Id);
        mine.Tasks.Total.ShouldBe(ownTasks);
        view.Grades.Single(g => g.Grade == CreditGrade.C).ShouldBe(new GetPlan.GradeRow(CreditGrade.C, 20, 6, 6, 2));
        view.CliCommand.ShouldContain("--team-size 2");
    }

    private static string PlanDrawInputsCommand(InspectionPlan plan) => PlanDrawInputs.CliCommand(plan);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
