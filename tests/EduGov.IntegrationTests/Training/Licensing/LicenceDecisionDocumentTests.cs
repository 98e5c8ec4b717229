using EduGov.IntegrationTests.Infrastructure;
using EduGov.IntegrationTests.Training.Institutions;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Licensing;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Licensing;

/// <summary>准予 and 不予行政许可决定书: the facts of the decision in the .docx, one yearly 文号 sequence, undecided refused, own only.</summary>
public sealed class LicenceDecisionDocumentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Approval_CarriesThePermit_AndTheInstitutionDownloadsOnlyItsOwn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, otherAccount) = await world.LicensedAsync(2);
        var applicationId = await ApplicationOf(world, id);
        var detail = await harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(world.Officer, h => h.HandleAsync(applicationId));
        var permit = detail.CurrentPermit.ShouldNotBeNull();
        var authority = await DecisionDocx.AuthorityAsync(harness);

        var file = await harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(world.Officer, h => h.HandleAsync(applicationId));
        var own = await harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(account, h => h.HandleAsync(applicationId));
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(otherAccount, h => h.HandleAsync(applicationId)));

        var paragraphs = DecisionDocx.Paragraphs(file);
        paragraphs[0].ShouldBe(authority);
        paragraphs.ShouldContain($"{DecisionDocuments.DefaultCode(authority)}许〔2026〕1号", "the first licensing decision of 2026");
        paragraphs.ShouldContain("准予行政许可决定书");
        paragraphs.ShouldContain($"测试培训机构1（统一社会信用代码：{InstitutionsWorld.Code(1)}）：");
        var text = DecisionDocx.Text(file);
        text.ShouldContain("第三十八条第一款");
        text.ShouldContain("教民0001号");
        text.ShouldContain("少儿美术、书法");
        text.ShouldContain(permit.Address);
        text.ShouldContain("2026年11月23日至2029年11月23日");
        text.ShouldContain("材料齐全，符合条件");
        paragraphs[^1].ShouldBe("2026年11月23日");
        DecisionDocx.Paragraphs(own).ShouldBe(DecisionDocx.Paragraphs(file));
        foreign.Message.ShouldContain("不在您的管理范围内");
        (await DecisionDocx.ExportNotesAsync(harness, nameof(LicenceApplication))).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refusal_GivesReasonsAndRemedies_NumbersFollowTheDecisions_AndAnUndecidedApplicationIsRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (licensed, _) = await world.LicensedAsync(1);
        var (refusedId, refusedAccount, _) = await world.SelfRegisterAsync(2);
        var (pendingId, pendingAccount, _) = await world.SelfRegisterAsync(3);
        var refused = await ApplicationOf(world, refusedId);
        var pending = await ApplicationOf(world, pendingId);
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.RequestAsync(new(refused, [Department.FireSafety])));
        var opinion = (await harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(world.Officer, h => h.HandleAsync(refused))).Opinions.Single();
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.RecordAsync(new(opinion.Id, OpinionResult.Disagree, "疏散通道被占用")));
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.DecideAsync(new ReviewApplication.Decide(refused, false, "消防验收不合格")));
        var authority = await DecisionDocx.AuthorityAsync(harness);

        var file = await harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(refusedAccount, h => h.HandleAsync(refused));
        var first = await harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(world.Officer, async h => await h.HandleAsync(await ApplicationOf(world, licensed)));
        var undecided = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(world.Officer, h => h.HandleAsync(pending)));
        var undecidedOwn = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<PrintLicenceDecision.Handler, DecisionFile>(pendingAccount, h => h.HandleAsync(pending)));

        var paragraphs = DecisionDocx.Paragraphs(file);
        paragraphs.ShouldContain("不予行政许可决定书");
        paragraphs.ShouldContain($"{DecisionDocuments.DefaultCode(authority)}许〔2026〕2号");
        DecisionDocx.Paragraphs(first).ShouldContain($"{DecisionDocuments.DefaultCode(authority)}许〔2026〕1号", "an earlier decision keeps its number");
        var text = DecisionDocx.Text(file);
        text.ShouldContain("测试培训机构2");
        text.ShouldContain("理由如下：消防验收不合格。");
        text.ShouldContain("疏散通道被占用");
        text.ShouldContain("第三十八条第二款");
        text.ShouldContain("六十日内");
        text.ShouldContain("申请行政复议");
        text.ShouldContain("六个月内依法向人民法院提起行政诉讼");
        undecided.Message.ShouldContain("尚未作出许可决定");
        undecidedOwn.Message.ShouldContain("尚未作出许可决定");
    }

    private static async Task<Guid> ApplicationOf(InstitutionsWorld world, Guid institutionId) =>
        (await world.Harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(world.Officer,
            h => h.HandleAsync(new ListApplications.Query(InstitutionId: institutionId)))).Items.Single().Id;
}
