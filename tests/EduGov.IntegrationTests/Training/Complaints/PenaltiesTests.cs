using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>Penalties change the institution: stop-enrolling suspends (and lifting restores), revoking revokes the permit too.</summary>
public sealed class PenaltiesTests
{
    private static Task<Guid> RecordAsync(ComplaintsWorld world, Guid institution, PenaltyType type, long amountFen = 0) =>
        world.Harness.AsAsync<Penalties.Handler, Guid>(world.Officer, h => h.RecordAsync(new Penalties.RecordCommand(
            institution, type, amountFen, "《校外培训行政处罚暂行办法》第十八条", $"教罚〔2026〕{type}号", world.Today, "超范围培训", true)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StopEnrolling_SuspendsTheInstitution_AndLiftingWithAReasonLicensesItAgain(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        var order = await RecordAsync(world, world.Art.Id, PenaltyType.StopEnrolling);
        InstitutionStatus suspended;
        await using (var db = await world.DbAsync())
        {
            suspended = (await db.Institutions.SingleAsync(i => i.Id == world.Art.Id)).Status;
        }

        var noReason = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<Penalties.Handler>(world.Officer, h => h.LiftAsync(new(order, " "))));
        await harness.AsAsync<Penalties.Handler>(world.Officer, h => h.LiftAsync(new(order, "整改到位，经核查恢复招生")));
        var again = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<Penalties.Handler>(world.Officer, h => h.LiftAsync(new(order, "再次解除"))));
        var applying = await Should.ThrowAsync<ConflictException>(() => RecordAsync(world, world.Applying.Id, PenaltyType.StopEnrolling));

        suspended.ShouldBe(InstitutionStatus.Suspended);
        noReason.Errors.Keys.ShouldBe(["Reason"]);
        again.ShouldNotBeNull();
        applying.Message.ShouldContain("申请中");
        await using var after = await world.DbAsync();
        (await after.Institutions.SingleAsync(i => i.Id == world.Art.Id)).Status.ShouldBe(InstitutionStatus.Licensed);
        var penalty = await after.Penalties.SingleAsync(p => p.Id == order);
        (penalty.LiftedOn, penalty.LiftReason).ShouldBe((world.Today, "整改到位，经核查恢复招生"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevokingThePermit_RevokesTheInstitutionAndItsValidPermit(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        await RecordAsync(world, world.Art.Id, PenaltyType.RevokePermit);

        await using var db = await world.DbAsync();
        (await db.Institutions.SingleAsync(i => i.Id == world.Art.Id)).Status.ShouldBe(InstitutionStatus.Revoked);
        (await db.Permits.SingleAsync(p => p.Id == world.ArtPermit.Id)).Status.ShouldBe(PermitStatus.Revoked);
        (await db.Institutions.SingleAsync(i => i.Id == world.Sports.Id)).Status.ShouldBe(InstitutionStatus.Licensed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnOrderToStopOperating_PutsALicensedInstitutionIntoClosing_SoItCanNoLongerCharge(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        await RecordAsync(world, world.Art.Id, PenaltyType.StopOperating);
        await RecordAsync(world, world.Applying.Id, PenaltyType.StopOperating);

        await using var db = await world.DbAsync();
        (await db.Institutions.SingleAsync(i => i.Id == world.Art.Id)).Status.ShouldBe(InstitutionStatus.Closing);
        (await db.Permits.SingleAsync(p => p.Id == world.ArtPermit.Id)).Status.ShouldBe(PermitStatus.Valid);
        (await db.Institutions.SingleAsync(i => i.Id == world.Applying.Id)).Status.ShouldBe(InstitutionStatus.Applying);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFine_NeedsAnAmount_AndIsKeptInFen(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        var noAmount = await Should.ThrowAsync<InvalidInputException>(() => RecordAsync(world, world.Art.Id, PenaltyType.Fine));
        var fine = await RecordAsync(world, world.Art.Id, PenaltyType.Fine, 5_000_000);

        noAmount.Errors.Keys.ShouldBe(["AmountFen"]);
        await using var db = await world.DbAsync();
        (await db.Penalties.SingleAsync(p => p.Id == fine)).AmountFen.ShouldBe(5_000_000);
        (await db.Institutions.SingleAsync(i => i.Id == world.Art.Id)).Status.ShouldBe(InstitutionStatus.Licensed);
    }
}
