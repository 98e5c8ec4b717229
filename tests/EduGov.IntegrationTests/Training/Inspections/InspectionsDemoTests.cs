using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Demo;
using EduGov.Supervision.RandomInspection;
using EduGov.Training.Demo;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Inspections;

public sealed class InspectionsDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_WritesAPublishedAndAnOpenPlan_WhoseDrawsReRunFromTheirFiles(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<EduGov.Training.Data.TrainingDbContext>>();
        var random = new SeededRandom(20260901);
        var today = new DateOnly(2026, 11, 23);
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var world = DemoInstitutions.Build(26, [], random, today, now);
            world.AddTo(db);
            InspectionsDemo.Seed(db, world, random, today, now).ShouldStartWith("双随机抽查：执法人员 12 名");
            await db.SaveChangesAsync();
        }

        await using var read = await contexts.CreateDbContextAsync();
        var plans = await read.InspectionPlans.AsNoTracking().OrderBy(p => p.DrawnOn).ToListAsync();
        plans.Select(p => p.Status).ShouldBe([InspectionPlanStatus.Published, InspectionPlanStatus.Drawn]);
        foreach (var plan in plans)
        {
            var rerun = InspectionDraw.Run(plan.Seed, InspectionCsv.ReadTargets(plan.TargetsCsv), InspectionCsv.ReadInspectors(plan.InspectorsCsv),
                new DrawSettings(DrawSettings.ParseRatios("A=5,B=10,C=20,D=50,E=100"), plan.MinPerGrade, false, plan.TeamSize, false));
            InspectionCsv.WriteDraw(rerun).ShouldBe(plan.DrawCsv);
        }

        var open = plans[1].Id;
        (await read.InspectionTasks.CountAsync(t => t.PlanId == open && t.Status == InspectionTaskStatus.Pending)).ShouldBeGreaterThan(0);
        (await read.EnforcementOfficers.CountAsync(o => o.UserName == "inspector")).ShouldBe(1);
        (await read.Rectifications.CountAsync()).ShouldBeGreaterThan(0);
    }
}
