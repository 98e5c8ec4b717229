using EduGov.IntegrationTests.Infrastructure;
using EduGov.IntegrationTests.Training.Licensing;
using EduGov.Platform.Errors;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Shouldly;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EduGov.IntegrationTests.Training.Inspections;

/// <summary>责令整改通知书: institution, date, team, each finding with its credit item and points, the deadline; only once ordered; own only.</summary>
public sealed class RectificationNoticeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notice_ListsFindingsPointsAndDeadline_OnlyForAnInspectionWithFindings_AndOnlyToItsInstitution(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        await world.FreezeAsync();
        await world.DrawAsync();
        var plan = await world.PlanAsync();
        var tasks = await world.TasksAsync();
        var (task, team) = tasks[0];
        var (clean, _) = tasks[1];
        var items = await harness.AsAsync<ListFindingItems.Handler, IReadOnlyList<CreditItemRef>>(world.Officer, h => h.HandleAsync());
        var display = items.Single(i => i.Code == "display");
        var charges = items.Single(i => i.Code == "charges");
        var institution = world.InstitutionUser(world.Institutions.Single(i => i.Id == task.InstitutionId));
        var stranger = world.InstitutionUser(world.Institutions.First(i => i.Id != task.InstitutionId));

        var early = await Should.ThrowAsync<ConflictException>(() => Print(harness, world.Officer, task.Id));
        await Submit(harness, world, task.Id, plan,
            [new SubmitInspection.FindingInput(display.Id, 1, "未公示资金监管账户"), new SubmitInspection.FindingInput(charges.Id, 3, "超过三个月一次性收费")]);
        await Submit(harness, world, clean.Id, plan, []);
        var file = await Print(harness, world.Inspector, task.Id);
        var own = await Print(harness, institution, task.Id);
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => Print(harness, stranger, task.Id));
        var nothingFound = await Should.ThrowAsync<ConflictException>(() => Print(harness, world.Officer, clean.Id));

        early.Message.ShouldContain("尚未提交");
        nothingFound.Message.ShouldContain("未发现问题");
        foreign.Message.ShouldContain("不在您的管理范围内");
        DecisionDocx.Paragraphs(own).ShouldBe(DecisionDocx.Paragraphs(file));
        var authority = await DecisionDocx.AuthorityAsync(harness);
        var paragraphs = DecisionDocx.Paragraphs(file);
        paragraphs.ShouldContain("责令整改通知书");
        paragraphs.ShouldContain($"{DecisionDocuments.DefaultCode(authority)}改〔2026〕1号");
        paragraphs.ShouldContain($"{task.InstitutionName}（统一社会信用代码：{task.Token}）：");
        var text = DecisionDocx.Text(file);
        text.ShouldContain("2026年11月23日，我局执法人员");
        team.ShouldAllBe(m => text.Contains($"{m.OfficerName}（执法证号：{m.CertificateNumber}）"));
        text.ShouldContain(plan.Name);
        text.ShouldContain("共扣50分");
        text.ShouldContain("于2026年12月15日前整改完毕", Case.Sensitive, "15 个工作日，跳过周末和 12 月 1 日的假日");
        var rows = Rows(file);
        rows[1].ShouldBe(["1", display.Name, "未公示资金监管账户", "1", "20分"]);
        rows[2].ShouldBe(["2", charges.Name, "超过三个月一次性收费", "3", "30分"]);
        (await DecisionDocx.ExportNotesAsync(harness, nameof(InspectionTask))).Count.ShouldBe(2);
    }

    private static Task<DecisionFile> Print(PlatformHarness harness, EduGov.Platform.Security.CurrentUser user, Guid taskId) =>
        harness.AsAsync<PrintRectificationNotice.Handler, DecisionFile>(user, h => h.HandleAsync(taskId));

    private static Task Submit(PlatformHarness harness, InspectionsWorld world, Guid taskId, InspectionPlan plan, IReadOnlyList<SubmitInspection.FindingInput> findings) =>
        harness.AsAsync<SubmitInspection.Handler, SubmitInspection.Result>(world.Officer, h => h.HandleAsync(new SubmitInspection.Command
        {
            TaskId = taskId,
            InspectedOn = new DateOnly(2026, 11, 23),
            Checks = [.. plan.CheckItemList.Select(i => new SubmitInspection.CheckInput(i, findings.Count > 0 ? CheckOutcome.NonCompliant : CheckOutcome.Compliant, findings.Count > 0 ? "见问题" : ""))],
            Notes = "现场检查",
            Findings = findings,
        }));

    /// <summary>The findings table, one list of cell texts per row (the header first).</summary>
    private static List<List<string>> Rows(DecisionFile file)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single();
        return [.. table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList())];
    }
}
