using EduGov.IntegrationTests.Infrastructure;
using EduGov.IntegrationTests.Training.Licensing;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Credit;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Credit;

/// <summary>异议处理决定书 and 信用修复决定书: the record, the request, the officer's reasons; only once decided; own only.</summary>
public sealed class CreditDecisionDocumentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ObjectionDecisions_UpheldAndRejected_CarryTheReasons_AndAPendingOneIsRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var rejectedRecord = await world.FindAsync(world.A, "display", 1);
        var upheldRecord = await world.FindAsync(world.A, "charges", 2);
        var rejected = await Object(world, rejectedRecord, "证照已在前台公示");
        var upheld = await Object(world, upheldRecord, "收费时间有合同为证");
        var early = await Should.ThrowAsync<ConflictException>(() => Print<PrintObjectionDecision.Handler>(harness, world.Officer, h => h.HandleAsync(rejected)));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<DecideObjection.Handler>(world.Officer, h => h.HandleAsync(new DecideObjection.Command(rejected, false, "现场照片显示未公示资金监管账户")));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<DecideObjection.Handler>(world.Officer, h => h.HandleAsync(new DecideObjection.Command(upheld, true, "核实合同，收费时点符合规定")));
        var authority = await DecisionDocx.AuthorityAsync(harness);

        var rejection = await Print<PrintObjectionDecision.Handler>(harness, world.InstitutionA, h => h.HandleAsync(rejected));
        var acceptance = await Print<PrintObjectionDecision.Handler>(harness, world.Officer, h => h.HandleAsync(upheld));
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => Print<PrintObjectionDecision.Handler>(harness, InstitutionB(world), h => h.HandleAsync(rejected)));

        early.Message.ShouldContain("尚未处理");
        foreign.Message.ShouldContain("不在您的管理范围内");
        var paragraphs = DecisionDocx.Paragraphs(rejection);
        paragraphs.ShouldContain("异议处理决定书");
        paragraphs.ShouldContain($"{DecisionDocuments.DefaultCode(authority)}异〔2026〕1号");
        paragraphs.ShouldContain("甲艺术培训中心（统一社会信用代码：91310115000000011X）：");
        var text = DecisionDocx.Text(rejection);
        text.ShouldContain("证照已在前台公示");
        text.ShouldContain("异议不成立。理由如下：现场照片显示未公示资金监管账户。");
        text.ShouldContain("维持该失信记录");
        text.ShouldContain("六十日内");
        var accepted = DecisionDocx.Text(acceptance);
        DecisionDocx.Paragraphs(acceptance).ShouldContain($"{DecisionDocuments.DefaultCode(authority)}异〔2026〕2号");
        accepted.ShouldContain("异议成立。理由如下：核实合同，收费时点符合规定。");
        accepted.ShouldContain("撤销该失信记录");
        accepted.ShouldNotContain("行政复议");
        (await DecisionDocx.ExportNotesAsync(harness, nameof(Objection))).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RepairDecisions_ApprovedAndRefused_CarryTheDecision_AndAPendingOneIsRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var record = await world.FindAsync(world.A, "display", 1);
        var refused = await Repair(world, record);
        var early = await Should.ThrowAsync<ConflictException>(() => Print<PrintRepairDecision.Handler>(harness, world.InstitutionA, h => h.HandleAsync(refused)));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<DecideRepair.Handler>(world.Officer, h => h.HandleAsync(new DecideRepair.Command(refused, false, "回单金额与应退金额不符")));
        var approved = await Repair(world, record);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<DecideRepair.Handler>(world.Officer, h => h.HandleAsync(new DecideRepair.Command(approved, true, "已全额退费，同意修复")));

        var refusal = DecisionDocx.Text(await Print<PrintRepairDecision.Handler>(harness, world.Officer, h => h.HandleAsync(refused)));
        var approval = await Print<PrintRepairDecision.Handler>(harness, world.InstitutionA, h => h.HandleAsync(approved));
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => Print<PrintRepairDecision.Handler>(harness, InstitutionB(world), h => h.HandleAsync(approved)));

        early.Message.ShouldContain("尚未处理");
        foreign.Message.ShouldContain("不在您的管理范围内");
        refusal.ShouldContain("信用修复决定书");
        refusal.ShouldContain("不予信用修复");
        refusal.ShouldContain("回单金额与应退金额不符");
        refusal.ShouldContain("申请行政复议");
        var authority = await DecisionDocx.AuthorityAsync(harness);
        DecisionDocx.Paragraphs(approval).ShouldContain($"{DecisionDocuments.DefaultCode(authority)}修〔2026〕2号");
        var text = DecisionDocx.Text(approval);
        text.ShouldContain("轻微失信记录");
        text.ShouldContain("已退还两名学员剩余费用");
        text.ShouldContain("准予信用修复");
        text.ShouldContain("已全额退费，同意修复。");
        text.ShouldContain("自2026年11月23日起停止公示");
    }

    private static CurrentUser InstitutionB(CreditWorld world) =>
        world.Harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, world.B, "乙机构"), "乙机构管理员");

    private static Task<Guid> Object(CreditWorld world, Guid record, string reason) =>
        world.Harness.AsAsync<SubmitObjection.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(new SubmitObjection.Command(record, reason)));

    private static Task<Guid> Repair(CreditWorld world, Guid record) =>
        world.Harness.AsAsync<SubmitRepair.Handler, Guid>(world.InstitutionA,
            h => h.HandleAsync(new SubmitRepair.Command(record, SubmitRepair.CommitmentTemplate, "已退还两名学员剩余费用，附银行回单", true)));

    private static Task<DecisionFile> Print<T>(PlatformHarness harness, CurrentUser user, Func<T, Task<DecisionFile>> print)
        where T : notnull => harness.AsAsync(user, print);
}
