using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Training.Domain;
using EduGov.Training.Licensing;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>准入: opinions with due dates, approval issuing the permit, refusal, renewal superseding, closure cancelling.</summary>
public sealed class LicensingWorkflowTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewApplication_NeedsEveryOpinion_ThenApprovalIssuesThePermit(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, _, _) = await world.SelfRegisterAsync(1, TrainingCategory.Sports);
        var applicationId = await ApplicationOf(world, id);

        var detail = await Get(world, applicationId);
        detail.SuggestedDepartments.ShouldBe([Department.MarketRegulation, Department.FireSafety, Department.PublicSecurity, Department.Health, Department.Sports]);
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.RequestAsync(new(applicationId, detail.SuggestedDepartments)));
        detail = await Get(world, applicationId);
        detail.Application.Status.ShouldBe(LicenceStatus.Reviewing);
        detail.Opinions.Count.ShouldBe(5);
        detail.Opinions.ShouldAllBe(o => o.DueOn == new DateOnly(2026, 12, 7));
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.RecordAsync(new(detail.Opinions[0].Id, OpinionResult.Agree, "")));
        var early = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<ReviewApplication.Handler>(world.Officer,
            h => h.DecideAsync(new ReviewApplication.Decide(applicationId, true, "") { PermitNumber = "教民0001号", ValidUntil = new DateOnly(2029, 11, 22) })));
        early.Message.ShouldContain("意见未录入");
        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.RecordAsync(new(detail.Opinions[1].Id, OpinionResult.Amend, " "))));

        await world.ApproveAsync(applicationId, "教民0001号", new DateTime(2029, 11, 22));

        detail = await Get(world, applicationId);
        detail.Application.Status.ShouldBe(LicenceStatus.Approved);
        detail.Institution.Status.ShouldBe(InstitutionStatus.Licensed);
        detail.CurrentPermit.ShouldNotBeNull().Number.ShouldBe("教民0001号");
        detail.CurrentPermit.Scope.ShouldBe("少儿美术、书法");
        detail.CurrentPermit.ApplicationId.ShouldBe(applicationId);
        detail.Steps.Select(s => s.Kind).ShouldBe([
            LicenceStepKind.Submitted, LicenceStepKind.ReviewStarted, LicenceStepKind.OpinionRequested,
            .. Enumerable.Repeat(LicenceStepKind.OpinionRecorded, 5), LicenceStepKind.Approved,
        ]);
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.DecideAsync(new ReviewApplication.Decide(applicationId, false, "再次"))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refusal_NeedsReasons_AndMarksTheNewInstitutionRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, _, _) = await world.SelfRegisterAsync(1);
        var applicationId = await ApplicationOf(world, id);

        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.DecideAsync(new ReviewApplication.Decide(applicationId, false, ""))));
        await harness.AsAsync<ReviewApplication.Handler>(world.Officer, h => h.DecideAsync(new ReviewApplication.Decide(applicationId, false, "消防验收不合格")));

        var detail = await Get(world, applicationId);
        detail.Application.Status.ShouldBe(LicenceStatus.Refused);
        detail.Application.DecisionReason.ShouldBe("消防验收不合格");
        detail.Institution.Status.ShouldBe(InstitutionStatus.Refused);
        detail.CurrentPermit.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Renewal_SupersedesThePermit_AndClosureCancelsIt(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1);

        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SubmitApplication.Handler, Guid>(account, h => h.HandleAsync(new(LicenceKind.Change, "", "", "", ""))));
        var renewal = await harness.AsAsync<SubmitApplication.Handler, Guid>(account, h => h.HandleAsync(new(LicenceKind.Renewal, "", "", "", "许可证即将到期")));
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SubmitApplication.Handler, Guid>(account, h => h.HandleAsync(new(LicenceKind.Renewal, "", "", "", ""))));
        await world.ApproveAsync(renewal, "教民0001号（延续）", new DateTime(2032, 11, 22));

        await using (var db = await RegistrationTests.Db(harness))
        {
            var permits = await db.Permits.Where(p => p.InstitutionId == id).ToListAsync();
            permits.Select(p => p.Status).ShouldBe([PermitStatus.Superseded, PermitStatus.Valid], ignoreOrder: true);
            var renewed = permits.Single(p => p.Status == PermitStatus.Valid);
            renewed.Number.ShouldBe("教民0001号（延续）");
            renewed.ApplicationId.ShouldBe(renewal);
            renewed.Scope.ShouldBe(permits.Single(p => p.Status == PermitStatus.Superseded).Scope);
        }

        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SubmitApplication.Handler, Guid>(account, h => h.HandleAsync(new(LicenceKind.Closure, "", "", "", "") { RemainingPupils = 12 })));
        var closure = await harness.AsAsync<SubmitApplication.Handler, Guid>(account, h => h.HandleAsync(new(LicenceKind.Closure, "", "", "", "经营困难")
        {
            RemainingPupils = 12, UnconsumedFen = 3_456_700, RefundPlan = "按剩余课时全额退费", PlacementPlan = "转入星辰艺术中心继续学习",
        }));
        await world.ApproveAsync(closure, "", DateTime.MinValue);

        await using (var db = await RegistrationTests.Db(harness))
        {
            (await db.Institutions.SingleAsync(i => i.Id == id)).Status.ShouldBe(InstitutionStatus.Closed);
            (await db.Permits.Where(p => p.InstitutionId == id).Select(p => p.Status).ToListAsync()).ShouldBe([PermitStatus.Superseded, PermitStatus.Cancelled], ignoreOrder: true);
            (await db.LicenceApplications.SingleAsync(a => a.Id == closure)).UnconsumedFen.ShouldBe(3_456_700);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnnualReview_OncePerYear_AndAFailureSendsANotice(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (passing, _) = await world.LicensedAsync(1);
        var (failing, account) = await world.LicensedAsync(2);

        await harness.AsAsync<AnnualReviews.Handler, Guid>(world.Officer, h => h.RecordAsync(new(passing, 2026, ReviewResult.Pass, "", null)));
        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<AnnualReviews.Handler, Guid>(world.Officer, h => h.RecordAsync(new(failing, 2026, ReviewResult.Fail, "消防通道堵塞", null))));
        await harness.AsAsync<AnnualReviews.Handler, Guid>(world.Officer, h => h.RecordAsync(new(failing, 2026, ReviewResult.Fail, "消防通道堵塞", new DateOnly(2026, 12, 31))));
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<AnnualReviews.Handler, Guid>(world.Officer, h => h.RecordAsync(new(passing, 2026, ReviewResult.Pass, "", null))));

        var summary = await harness.AsAsync<AnnualReviews.Handler, AnnualReviews.Summary>(world.Officer, h => h.SummarizeAsync(2026));
        summary.ShouldBe(new AnnualReviews.Summary(2, 2, 1, 0, 1));
        var notices = await harness.AsAsync<EduGov.Training.Institutions.Notices.Handler, IReadOnlyList<EduGov.Training.Institutions.Notices.Row>>(account, h => h.ListAsync(null));
        notices.ShouldHaveSingleItem().Title.ShouldBe("2026 年度检查不合格整改通知");
        notices[0].Body.ShouldContain("消防通道堵塞");
    }

    internal static async Task<Guid> ApplicationOf(InstitutionsWorld world, Guid institutionId) =>
        (await world.Harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(world.Officer,
            h => h.HandleAsync(new ListApplications.Query(InstitutionId: institutionId)))).Items.Single().Id;

    private static Task<GetApplication.Detail> Get(InstitutionsWorld world, Guid id) =>
        world.Harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(world.Officer, h => h.HandleAsync(id));
}
