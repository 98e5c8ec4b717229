using EduGov.Admission.Notices;
using EduGov.Admission.Verification;
using EduGov.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>通知家长: a returned or verified application and a published result reach the guardian's phone, after the change.</summary>
public sealed class NoticesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReturnVerifyAndPublication_EachSendTheGuardianATextMessage(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var messages = TextMessageCapture.Attach(harness);
        var sender = harness.Services.GetServices<IHostedService>().OfType<ParentNoticeSender>().Single();
        await sender.StartAsync(CancellationToken.None);
        var world = await CeremonyWorld.BuildAsync(harness);
        var returned = await world.AddHukouOnlyAsync();
        var verified = await world.AddHomeOwnerAsync();

        await harness.AsAsync<DecideVerification.Handler>(world.Officer, h => h.HandleAsync(new DecideVerification.Command(returned, DecideVerification.Decision.Return, "户口簿户主页不清晰")));
        await world.VerifyAsync(verified);
        var decided = await messages.WaitForAsync(2);
        await CeremonyTests.RunCeremonyAsync(world);
        var all = await messages.WaitForAsync(3);
        await sender.StopAsync(CancellationToken.None);

        decided.ShouldAllBe(m => m.Contains("138****5678", StringComparison.Ordinal));
        decided[0].ShouldContain("材料需补正，原因：户口簿户主页不清晰");
        decided[1].ShouldContain("材料审核已通过，优先类别为“人户一致”");
        all.Count.ShouldBe(3);
        all[2].ShouldContain("录取结果已公布，已被录取");
    }
}
