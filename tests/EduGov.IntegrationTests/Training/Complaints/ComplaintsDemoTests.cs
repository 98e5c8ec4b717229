using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Training.Complaints;
using EduGov.Training.Demo;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>The demo seed writes complaints in every state (some overdue), referrals and penalties that the handlers can work with.</summary>
public sealed class ComplaintsDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_WritesEveryComplaintState_OverdueOnes_ReferralsAndASuspendingPenalty(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var random = new SeededRandom(20260901);
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var institutions = DemoInstitutions.Build(26, [new ZoneRef(Guid.CreateVersion7(), "东片学区")], random, world.Today, now);
        string summary;
        await using (var db = await world.DbAsync())
        {
            institutions.AddTo(db);
            summary = ComplaintsDemo.Seed(db, institutions, random, world.Today, now, harness.Services.GetRequiredService<FieldProtector>(), new ComplaintsDemo.Officer(world.OfficerAccount, "赵承办"));
            await db.SaveChangesAsync();
        }

        await using var check = await world.DbAsync();
        var states = await check.Complaints.Select(c => c.Status).Distinct().ToListAsync();
        var summaryCounts = await harness.AsAsync<ListComplaints.Handler, ListComplaints.Summary>(world.Officer, h => h.SummarizeAsync());
        var suspended = await check.Institutions.CountAsync(i => i.Status == InstitutionStatus.Suspended);
        var demoComplaint = await check.Complaints.FirstAsync(c => c.InstitutionId == institutions.Institutions[0].Id);
        await harness.AsAsync<AdvanceComplaint.Handler>(world.Officer, h => h.HandleAsync(new AdvanceComplaint.Command(demoComplaint.Id, ComplaintAction.Answer, "已核实处理。")));

        summary.ShouldStartWith("投诉举报：");
        states.ShouldBe(Enum.GetValues<ComplaintStatus>(), ignoreOrder: true);
        summaryCounts.Overdue.ShouldBeGreaterThan(0);
        (await check.Referrals.CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await check.Penalties.CountAsync()).ShouldBe(2);
        suspended.ShouldBe(1);
    }
}
