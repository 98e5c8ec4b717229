using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

public sealed class InspectionDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoDistrict_HasInspectorsForEverySchool_AYearOfVisits_AndEveryStateOfTheLoop(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var seeded = await RegistryDemo.SeedAsync(harness.Services, "small", 20260901);
        var users = harness.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var inspectorAccount = await users.FindByNameAsync("inspector");
        var schoolAccount = await users.FindByNameAsync("school");
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
        var today = new DateOnly(2026, 11, 23);

        seeded.ModuleLines.ShouldContain(line => line.StartsWith("督导：", StringComparison.Ordinal));
        (await db.Assignments.Where(a => a.Until == null).Select(a => a.SchoolId).Distinct().CountAsync()).ShouldBe(seeded.Schools);
        (await db.Assignments.CountAsync(a => a.Until != null)).ShouldBeGreaterThan(0);
        var demoInspector = await db.Inspectors.SingleAsync(i => i.UserId == inspectorAccount!.Id);
        (await db.Assignments.AnyAsync(a => a.InspectorId == demoInspector.Id && a.SchoolId == schoolAccount!.ScopeId && a.Until == null)).ShouldBeTrue();
        (await db.Visits.Select(v => v.VisitedOn.Month).Distinct().CountAsync()).ShouldBe(12);
        (await db.Visits.CountAsync(v => v.IsEmergency)).ShouldBe(1);
        (await db.PlannedVisits.CountAsync(p => p.Status == PlannedVisitStatus.Planned && p.Month < new DateOnly(2026, 11, 1))).ShouldBeGreaterThan(0);
        var schoolStates = await db.Issues.Where(i => i.SchoolId == schoolAccount!.ScopeId).Select(i => i.Status).Distinct().ToListAsync();
        schoolStates.ShouldBe(Enum.GetValues<IssueStatus>(), ignoreOrder: true);
        var overdue = await db.Issues.Where(i => (i.Status == IssueStatus.Open || i.Status == IssueStatus.Rectifying) && i.Deadline < today).ToListAsync();
        overdue.ShouldNotBeEmpty();
        overdue.ShouldAllBe(i => i.EscalatedAt != null);
        (await db.Issues.CountAsync(i => i.Events.Count == 0)).ShouldBe(0);
        (await db.Templates.CountAsync()).ShouldBe(2);
        var again = await harness.AsAsync<IEnumerable<IModuleDemoData>, string>(harness.System, modules => modules.Single(m => m is EduGov.Inspection.Demo.InspectionDemoData).SeedAsync(1, default));
        again.ShouldContain("已存在");
    }
}
