using EduGov.Inspection.Attachments;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Inspectors;
using EduGov.Inspection.Visits;
using EduGov.Inspection.Visits.Templates;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>Monthly visit plans, visit records and their submission, emergencies, and checklist templates with scoring.</summary>
public sealed class VisitsTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GenerateVisitPlan_FollowsTheSettings_IsIdempotent_AndFollowsReassignments(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, _) = await world.AddInspectorAsync("赵督学", "zhao");
        var (qian, _) = await world.AddInspectorAsync("钱督学", "qian");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        await world.AssignAsync(zhao, world.Registry.SchoolB, new DateOnly(2026, 9, 1));
        await harness.AsAsync<SaveSettings.Handler>(world.Officer, h => h.HandleAsync(new(2, 5, 30, 14, 5, 3)));

        var first = await GenerateAsync(world, November);
        var second = await GenerateAsync(world, November);
        await world.AssignAsync(qian, world.Registry.JuniorC, world.Today);
        var third = await GenerateAsync(world, November);
        await world.AssignAsync(qian, world.Registry.SchoolA, world.Today);
        var fourth = await GenerateAsync(world, November);

        first.ShouldBe(new GenerateVisitPlan.Result(4, 0, 2));
        second.ShouldBe(new GenerateVisitPlan.Result(0, 0, 2));
        third.ShouldBe(new GenerateVisitPlan.Result(2, 0, 3));
        fourth.ShouldBe(new GenerateVisitPlan.Result(2, 2, 3));
        var plans = await world.ReadAsync(db => db.PlannedVisits.Where(p => p.Month == November).ToListAsync());
        plans.Count(p => p.Status == PlannedVisitStatus.Cancelled).ShouldBe(2);
        plans.Where(p => p.Status == PlannedVisitStatus.Planned).GroupBy(p => p.InspectorId).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<Guid, int> { [zhao] = 2, [qian] = 4 }, ignoreOrder: true);
        plans.Where(p => p.SchoolId == world.Registry.SchoolA).Select(p => p.Sequence).Order().ShouldBe([1, 2, 3, 4]);
        var plan = await harness.AsAsync<ListVisitPlan.Handler, ListVisitPlan.Result>(world.Officer, h => h.HandleAsync(new(November, ZoneId: world.Registry.ZoneEast)));
        plan.Progress.ShouldBe(new ListVisitPlan.Progress(2, 0, 4, 0));
        var past = await Should.ThrowAsync<InvalidInputException>(() => GenerateAsync(world, new DateOnly(2026, 10, 1)));
        past.Errors["Month"].ShouldHaveSingleItem().ShouldBe("不能为已经过去的月份生成督导计划");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartVisit_AtASchoolNotAssignedToTheInspector_OrFromAnotherInspectorsPlan_IsForbidden(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        var (qian, qianUser) = await world.AddInspectorAsync("钱督学", "qian");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        await world.AssignAsync(qian, world.Registry.SchoolB, new DateOnly(2026, 9, 1));
        await GenerateAsync(world, November);
        var qiansPlan = await world.ReadAsync(db => db.PlannedVisits.Where(p => p.InspectorId == qian).Select(p => p.Id).SingleAsync());

        var notAssigned = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolB))));
        var notTheirs = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(PlannedVisitId: qiansPlan))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<StartVisit.Handler, Guid>(world.Registry.AdminA, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolA))));

        notAssigned.Message.ShouldBe("该学校不在您的管理范围内。");
        notTheirs.Message.ShouldBe("这不是您的督导任务。");
        (await world.ReadAsync(db => db.Visits.CountAsync())).ShouldBe(0);
        var own = await harness.AsAsync<StartVisit.Handler, Guid>(qianUser, h => h.HandleAsync(new(PlannedVisitId: qiansPlan)));
        var reopened = await harness.AsAsync<StartVisit.Handler, Guid>(qianUser, h => h.HandleAsync(new(PlannedVisitId: qiansPlan)));
        reopened.ShouldBe(own);
        var onBehalf = await harness.AsAsync<StartVisit.Handler, Guid>(world.Officer, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolA)));
        (await world.ReadAsync(db => db.Visits.Where(v => v.Id == onBehalf).Select(v => v.InspectorId).SingleAsync())).ShouldBe(zhao);
        var draft = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(own, world.Today) with { Submit = false })));
        draft.Message.ShouldBe("只有记录这次督导的督学或督导室可以修改草稿。");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitVisit_OpensTheFindingsAsIssues_MarksThePlanDone_AndLocksTheRecord(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        await GenerateAsync(world, November);
        var planId = await world.ReadAsync(db => db.PlannedVisits.Select(p => p.Id).SingleAsync());
        var visitId = await harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(PlannedVisitId: planId)));
        await harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with { Submit = false, Summary = "" }));

        await harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with
        {
            Findings =
            [
                new(SupervisionItem.CampusSafety, "东侧围墙有 3 米长裂缝", IssueSeverity.Serious, "《中小学幼儿园安全管理办法》第十六条"),
                new(SupervisionItem.AdmissionAndFees, "收取资料费未公示", IssueSeverity.Minor, "《义务教育法》第二条", new DateOnly(2026, 12, 31)),
            ],
            Files = [new UploadedFile("围墙.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])],
        }));

        var issues = await world.ReadAsync(db => db.Issues.OrderBy(i => i.Number).ToListAsync());
        issues.Select(i => (i.Number, i.SchoolId, i.Item, i.Severity, i.Source, i.VisitId, i.InspectorId, i.Deadline)).ShouldBe(
        [
            ("2026-0001", world.Registry.SchoolA, SupervisionItem.CampusSafety, IssueSeverity.Serious, IssueSource.Visit, (Guid?)visitId, (Guid?)zhao, world.Today.AddDays(14)),
            ("2026-0002", world.Registry.SchoolA, SupervisionItem.AdmissionAndFees, IssueSeverity.Minor, IssueSource.Visit, (Guid?)visitId, (Guid?)zhao, new DateOnly(2026, 12, 31)),
        ]);
        issues.ShouldAllBe(i => i.EscalatedAt == null);
        (await world.ReadAsync(db => db.PlannedVisits.SingleAsync())).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PlannedVisitStatus.Done), p => p.VisitId.ShouldBe(visitId));
        var visit = await harness.AsAsync<GetVisit.Handler, GetVisit.Details>(world.Registry.AdminA, h => h.HandleAsync(visitId));
        visit.Status.ShouldBe(VisitStatus.Submitted);
        visit.SubmittedAt.ShouldNotBeNull();
        visit.CanEdit.ShouldBeFalse();
        visit.Methods.ShouldBe(VisitMethods.ClassObservation | VisitMethods.CampusPatrol);
        visit.Entries.Select(e => (e.Item, e.Checked, e.Note)).ShouldBe([(SupervisionItem.SchoolAffairs, true, "制度上墙"), (SupervisionItem.CampusSafety, true, "围墙裂缝")], ignoreOrder: true);
        visit.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("围墙.jpg");
        (await world.ReadAsync(db => db.Attachments.SingleAsync())).SchoolId.ShouldBe(world.Registry.SchoolA);
        visit.Issues.Count.ShouldBe(2);
        var locked = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SaveVisit.Handler>(world.Officer, h => h.HandleAsync(Routine(visitId, world.Today))));
        locked.Message.ShouldBe("这条督导记录已提交，不能再修改。");
        var progress = await harness.AsAsync<ListVisitPlan.Handler, ListVisitPlan.Result>(zhaoUser, h => h.HandleAsync(new(November)));
        progress.Progress.ShouldBe(new ListVisitPlan.Progress(1, 1, 1, 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitVisit_ThatFailsAnyCheck_ChangesNothing(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        await GenerateAsync(world, November);
        var visitId = await harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolA)));
        var finding = new SaveVisit.FindingInput(SupervisionItem.CampusSafety, "消防通道堆放杂物", IssueSeverity.Serious, "《中小学幼儿园安全管理办法》第二十条");

        var noRule = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with
        {
            Findings = [finding, finding with { Rule = " " }],
        })));
        var nothingChecked = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with
        {
            Entries = [new(SupervisionItem.CampusSafety, Note: "只看了门卫")], Findings = [finding],
        })));
        var badFile = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with
        {
            Findings = [finding], Files = [new UploadedFile("记录.exe", [1])],
        })));

        noRule.Errors.Keys.ShouldBe(["Findings[1].Rule"]);
        noRule.Message.ShouldBe("问题 2：请写明违反的规定（依据）");
        nothingChecked.Message.ShouldBe("提交前请至少勾选一个已检查的督导事项");
        badFile.Message.ShouldContain("记录.exe");
        (await world.ReadAsync(db => db.Issues.CountAsync())).ShouldBe(0);
        (await world.ReadAsync(db => db.VisitEntries.CountAsync())).ShouldBe(0);
        (await world.ReadAsync(db => db.Attachments.CountAsync())).ShouldBe(0);
        (await world.ReadAsync(db => db.PlannedVisits.SingleAsync())).Status.ShouldBe(PlannedVisitStatus.Planned);
        var visit = await world.ReadAsync(db => db.Visits.SingleAsync());
        visit.ShouldSatisfyAllConditions(v => v.Status.ShouldBe(VisitStatus.Draft), v => v.SubmittedAt.ShouldBeNull(), v => v.Summary.ShouldBe(""), v => v.Methods.ShouldBe(VisitMethods.None));

        await harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(visitId, world.Today) with { Findings = [finding] }));
        (await world.ReadAsync(db => db.PlannedVisits.SingleAsync())).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PlannedVisitStatus.Done), p => p.VisitId.ShouldBe(visitId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReportEmergency_SubmitsAnEmergencyVisit_WithAnEscalatedCriticalIssue_ListedFirst(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        var routine = await harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolA)));
        await harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Routine(routine, world.Today)));

        var result = await harness.AsAsync<ReportEmergency.Handler, ReportEmergency.Result>(zhaoUser, h => h.HandleAsync(new ReportEmergency.Command
        {
            SchoolId = world.Registry.SchoolA, WhatHappened = "午餐后 12 名学生腹痛呕吐，已送医", Item = SupervisionItem.CanteenWaterDormitory,
            Files = [new UploadedFile("现场.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2])],
        }));

        var issue = await world.ReadAsync(db => db.Issues.Include(i => i.Events).SingleAsync(i => i.Id == result.IssueId));
        issue.ShouldSatisfyAllConditions(
            i => i.Severity.ShouldBe(IssueSeverity.Critical), i => i.Source.ShouldBe(IssueSource.Emergency), i => i.EscalatedAt.ShouldNotBeNull(),
            i => i.Item.ShouldBe(SupervisionItem.CanteenWaterDormitory), i => i.SchoolId.ShouldBe(world.Registry.SchoolA), i => i.VisitId.ShouldBe(result.VisitId),
            i => i.Deadline.ShouldBe(world.Today.AddDays(5)), i => i.Events.ShouldHaveSingleItem().Kind.ShouldBe(IssueEventKind.Opened));
        var visit = await harness.AsAsync<GetVisit.Handler, GetVisit.Details>(world.Officer, h => h.HandleAsync(result.VisitId));
        visit.ShouldSatisfyAllConditions(v => v.IsEmergency.ShouldBeTrue(), v => v.Status.ShouldBe(VisitStatus.Submitted), v => v.Attachments.Count.ShouldBe(1));
        var list = await harness.AsAsync<ListVisits.Handler, PageResult<ListVisits.Row>>(world.Officer, h => h.HandleAsync(new(November)));
        list.Items.Select(r => (r.Id, r.IsEmergency)).ShouldBe([(result.VisitId, true), (routine, false)]);
        var empty = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<ReportEmergency.Handler, ReportEmergency.Result>(zhaoUser, h => h.HandleAsync(new ReportEmergency.Command { SchoolId = world.Registry.SchoolA })));
        empty.Errors.Keys.ShouldBe(["Description"]);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ReportEmergency.Handler, ReportEmergency.Result>(zhaoUser, h => h.HandleAsync(new ReportEmergency.Command
        {
            SchoolId = world.Registry.SchoolB, WhatHappened = "不在范围",
        })));
        (await world.ReadAsync(db => db.Visits.CountAsync())).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Templates_NeedWeightsSummingTo100_ScoreThematicVisits_AndFreezeOnceUsed(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1));
        var lines = new List<SaveTemplate.LineInput>
        {
            new(SupervisionItem.CanteenWaterDormitory, "食堂持证经营、从业人员健康证齐全", 60m, 10m),
            new(SupervisionItem.CanteenWaterDormitory, "饮用水定期检测", 30m, 5m),
        };
        var template = new SaveTemplate.Command { Name = "食品安全专项督导", Kind = InspectionKind.Thematic, Lines = lines };

        var unbalanced = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveTemplate.Handler, Guid>(world.Officer, h => h.HandleAsync(template)));
        unbalanced.Errors["Lines"].ShouldBe(["各项权重之和必须为 100，当前为 90"]);
        var templateId = await harness.AsAsync<SaveTemplate.Handler, Guid>(world.Officer, h => h.HandleAsync(template with
        {
            Lines = [.. lines, new(SupervisionItem.SchoolAffairs, "食品安全管理制度健全", 10m, 2m)],
        }));
        var details = await harness.AsAsync<GetTemplate.Handler, GetTemplate.Details>(zhaoUser, h => h.HandleAsync(templateId));
        var visitId = await harness.AsAsync<StartVisit.Handler, Guid>(zhaoUser, h => h.HandleAsync(new(SchoolId: world.Registry.SchoolA)));
        SaveVisit.Command Scored(params decimal?[] points) => new()
        {
            VisitId = visitId, VisitedOn = world.Today, Kind = InspectionKind.Thematic, TemplateId = templateId, Summary = "食堂管理总体规范", Submit = true,
            Entries = [.. details.Lines.Zip(points).Select(p => new SaveVisit.EntryInput(p.First.Item, p.First.Id, p.Second is not null, p.Second))],
        };

        var missing = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Scored(8m, null, 2m))));
        missing.Message.ShouldBe("第 2 项还没有评分");
        var tooMany = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Scored(8m, 6m, 2m))));
        tooMany.Message.ShouldBe("第 2 项的得分不能超过满分 5");
        await harness.AsAsync<SaveVisit.Handler>(zhaoUser, h => h.HandleAsync(Scored(8m, 2.5m, 2m)));

        (await world.ReadAsync(db => db.Visits.SingleAsync())).Score.ShouldBe(73m);
        var frozen = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SaveTemplate.Handler, Guid>(world.Officer, h => h.HandleAsync(template with
        {
            Id = templateId, Lines = [.. lines, new(SupervisionItem.SchoolAffairs, "食品安全管理制度健全", 10m, 4m)],
        })));
        frozen.Message.ShouldStartWith("该检查表已用于督导评分");
        await harness.AsAsync<SaveTemplate.Handler, Guid>(world.Officer, h => h.HandleAsync(template with
        {
            Id = templateId, Name = "食品安全专项督导（2026）", Lines = [.. lines, new(SupervisionItem.SchoolAffairs, "食品安全管理制度健全", 10m, 2m)],
        }));
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<DeleteTemplate.Handler>(world.Officer, h => h.HandleAsync(templateId)));
        await harness.AsAsync<SetTemplateActive.Handler>(world.Officer, h => h.HandleAsync(new(templateId, false)));
        (await harness.AsAsync<ListTemplates.Handler, IReadOnlyList<ListTemplates.Row>>(zhaoUser, h => h.HandleAsync(new()))).ShouldBeEmpty();
        var all = await harness.AsAsync<ListTemplates.Handler, IReadOnlyList<ListTemplates.Row>>(world.Officer, h => h.HandleAsync(new(IncludeInactive: true)));
        all.ShouldHaveSingleItem().ShouldBe(new ListTemplates.Row(templateId, "食品安全专项督导（2026）", InspectionKind.Thematic, "", false, 3, 1));
    }

    private static Task<GenerateVisitPlan.Result> GenerateAsync(InspectorWorld world, DateOnly month) =>
        world.Harness.AsAsync<GenerateVisitPlan.Handler, GenerateVisitPlan.Result>(world.Officer, h => h.HandleAsync(new(month)));

    /// <summary>A routine visit checking two items by class observation and campus patrol, submitted.</summary>
    private static SaveVisit.Command Routine(Guid visitId, DateOnly on) => new()
    {
        VisitId = visitId, VisitedOn = on, Methods = VisitMethods.ClassObservation | VisitMethods.CampusPatrol, Summary = "办学总体规范，安全隐患需尽快整改", Submit = true,
        Entries =
        [
            new(SupervisionItem.SchoolAffairs, Checked: true, Note: "制度上墙"),
            new(SupervisionItem.CampusSafety, Checked: true, Note: "围墙裂缝"),
            new(SupervisionItem.SchoolEthos),
        ],
    };
}
