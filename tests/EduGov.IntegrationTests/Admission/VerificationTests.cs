using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Applications;
using EduGov.Admission.Verification;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

public sealed class VerificationTests
{
    private static Task<ApplicationStatus> DecideAsync(CeremonyWorld world, Guid id, DecideVerification.Decision decision, string reason = "", EduGov.Platform.Security.CurrentUser? user = null) =>
        world.Harness.AsAsync<DecideVerification.Handler, ApplicationStatus>(user ?? world.Officer, h => h.HandleAsync(new DecideVerification.Command(id, decision, reason)));

    private static Task<GetVerification.Details> GetAsync(CeremonyWorld world, Guid id, EduGov.Platform.Security.CurrentUser? user = null) =>
        world.Harness.AsAsync<GetVerification.Handler, GetVerification.Details>(user ?? world.Officer, h => h.HandleAsync(id));

    private static Task<PageResult<ListVerificationQueue.Row>> QueueAsync(CeremonyWorld world, EduGov.Platform.Security.CurrentUser user, ListVerificationQueue.Query query) =>
        world.Harness.AsAsync<ListVerificationQueue.Handler, PageResult<ListVerificationQueue.Row>>(user, h => h.HandleAsync(query));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_ComputesTheCategoryFromTheFacts_ShowsItsReason_AndFixesItWithAStep(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var owner = await world.AddHomeOwnerAsync();
        var permit = await world.AddPermitHolderAsync();

        var before = await GetAsync(world, owner);
        await DecideAsync(world, owner, DecideVerification.Decision.Verify);
        await DecideAsync(world, permit, DecideVerification.Decision.Verify, "居住证和社保记录已核");
        var applications = await world.ApplicationsAsync();
        var verified = applications.Single(a => a.Id == owner);

        before.CanDecide.ShouldBeTrue();
        before.Computed.CatchmentSchoolId.ShouldBe(world.SchoolA);
        before.Computed.Order.ShouldBe(1);
        before.Computed.Reason.ShouldContain("人户一致");
        before.Facts.IdNumberMasked.ShouldContain("*");
        before.RegistryPupil.ShouldBeNull();
        verified.Status.ShouldBe(ApplicationStatus.Verified);
        verified.CategoryOrder.ShouldBe(1);
        verified.CatchmentSchoolId.ShouldBe(world.SchoolA);
        verified.AssignedOfficerId.ShouldBe(world.Officer.Id);
        applications.Single(a => a.Id == permit).CategoryOrder.ShouldBe(4);
        var steps = await world.StepsAsync(permit);
        steps.Single().Action.ShouldBe(ApplicationAction.Verified);
        steps.Single().Text.ShouldContain("居住证和社保记录已核");
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.CountAsync(e => e.Module == AdmissionDbContext.Module && e.EntityType == nameof(Application) && e.EntityId == owner.ToString())).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReturnAndReject_NeedAReason_WhichTheFamilySees(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var returned = await world.AddHukouOnlyAsync();
        var rejected = await world.AddHukouOnlyAsync(houseNumber: 201);

        var missing = await Should.ThrowAsync<InvalidInputException>(() => DecideAsync(world, returned, DecideVerification.Decision.Return, "  "));
        await DecideAsync(world, returned, DecideVerification.Decision.Return, "户口簿照片不清晰，请重新上传户主页");
        await DecideAsync(world, rejected, DecideVerification.Decision.Reject, "儿童不在本轮入学年龄段");
        var applications = await world.ApplicationsAsync();

        missing.Errors.Keys.ShouldContain(nameof(DecideVerification.Command.Reason));
        applications.Single(a => a.Id == returned).Status.ShouldBe(ApplicationStatus.Returned);
        applications.Single(a => a.Id == returned).ReturnReason.ShouldBe("户口簿照片不清晰，请重新上传户主页");
        applications.Single(a => a.Id == rejected).Status.ShouldBe(ApplicationStatus.Rejected);
        (await world.StepsAsync(returned)).Single().Action.ShouldBe(ApplicationAction.Returned);
        (await world.StepsAsync(rejected)).Single().Text.ShouldContain("不在本轮入学年龄段");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Decisions_AreRefused_OutsideTheOpenRound_OnAnotherStatus_OrAnotherSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var atA = await world.AddHukouOnlyAsync();
        var other = await world.AddHukouOnlyAsync(houseNumber: 250);

        var wrongSchool = await Should.ThrowAsync<ForbiddenException>(() => DecideAsync(world, atA, DecideVerification.Decision.Verify, user: world.Registry.AdminB));
        await DecideAsync(world, atA, DecideVerification.Decision.Verify, user: world.Registry.AdminA);
        var twice = await Should.ThrowAsync<ConflictException>(() => DecideAsync(world, atA, DecideVerification.Decision.Reject, "重复"));
        await using (var db = await world.Contexts.CreateDbContextAsync())
        {
            await db.Rounds.Where(r => r.Id == world.RoundId).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RoundStatus.Frozen));
        }

        var frozen = await Should.ThrowAsync<ConflictException>(() => DecideAsync(world, other, DecideVerification.Decision.Verify));
        var applications = await world.ApplicationsAsync();

        wrongSchool.Message.ShouldContain("管理范围");
        twice.Message.ShouldContain("审核通过");
        frozen.Message.ShouldContain("不在报名审核阶段");
        applications.Single(a => a.Id == atA).Status.ShouldBe(ApplicationStatus.Verified);
        applications.Single(a => a.Id == other).Status.ShouldBe(ApplicationStatus.Submitted);
        (await world.StepsAsync(other)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheQueue_FiltersBySchoolOfficerFlagAndSearch_AndASchoolSeesOnlyApplicationsNamingIt(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var atA = await world.AddHukouOnlyAsync();
        var atB = await world.AddHukouOnlyAsync(CeremonyWorld.EshanRoad, 8);
        var privateApplicant = await world.AddPrivateAsync(world.PrivateP, world.SchoolA);
        await using (var db = await world.Contexts.CreateDbContextAsync())
        {
            await db.Applications.Where(a => a.Id == atA).ExecuteUpdateAsync(a => a.SetProperty(x => x.RegistryFlag, "同一证件号码在本轮重复报名"));
        }

        await world.Harness.AsAsync<ClaimApplication.Handler>(world.Officer, h => h.HandleAsync(privateApplicant));
        var all = await QueueAsync(world, world.Officer, new ListVerificationQueue.Query(world.RoundId));
        var mine = await QueueAsync(world, world.Officer, new ListVerificationQueue.Query(world.RoundId, AssignedToMe: true));
        var flagged = await QueueAsync(world, world.Officer, new ListVerificationQueue.Query(world.RoundId, FlaggedOnly: true));
        var firstChoiceP = await QueueAsync(world, world.Officer, new ListVerificationQueue.Query(world.RoundId, SchoolId: world.PrivateP));
        var search = await QueueAsync(world, world.Officer, new ListVerificationQueue.Query(world.RoundId, Search: all.Items[1].Number));
        var schoolA = await QueueAsync(world, world.Registry.AdminA, new ListVerificationQueue.Query(world.RoundId));
        var schoolB = await QueueAsync(world, world.Registry.AdminB, new ListVerificationQueue.Query(world.RoundId));
        var taken = await Should.ThrowAsync<ConflictException>(() => world.Harness.AsAsync<ClaimApplication.Handler>(world.Registry.AdminA, h => h.HandleAsync(privateApplicant)));

        all.Total.ShouldBe(3);
        mine.Items.Single().Id.ShouldBe(privateApplicant);
        flagged.Items.Single().Id.ShouldBe(atA);
        firstChoiceP.Items.Single().Id.ShouldBe(privateApplicant);
        search.Items.Single().Number.ShouldBe(all.Items[1].Number);
        schoolA.Items.Select(r => r.Id).ShouldBe([atA, privateApplicant], ignoreOrder: true);
        schoolB.Items.Single().Id.ShouldBe(atB);
        taken.Message.ShouldContain("其他审核员");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reveal_ShowsTheClearValue_AndIsAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var id = await world.AddHukouOnlyAsync();

        var phone = await world.Harness.AsAsync<RevealApplicationData.Handler, string>(world.Officer, h => h.HandleAsync(new(id, RevealApplicationData.Field.GuardianPhone)));
        var address = await world.Harness.AsAsync<RevealApplicationData.Handler, string>(world.Officer, h => h.HandleAsync(new(id, RevealApplicationData.Field.HukouAddress)));

        phone.ShouldBe("13812345678");
        address.ShouldBe("上海市浦东新区张杨路200号");
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.CountAsync(e => e.Action == "reveal" && e.EntityId == id.ToString())).ShouldBe(2);
    }
}
