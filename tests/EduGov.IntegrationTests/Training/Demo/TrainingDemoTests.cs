using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Modules;
using EduGov.Registry;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Demo;

/// <summary>Issue 5 item 9: on first start the small demo district's training supervision is alive — alerts, lists, inspections, complaints.</summary>
public sealed class TrainingDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoDistrict_HasTroubledInstitutions_WhoseAlertsAreOpen_AndEveryPartHasData(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var seeded = await RegistryDemo.SeedAsync(harness.Services, "small", 20260901);
        await harness.AsAsync<RecomputeFunds.Handler, RecomputeFunds.Outcome>(harness.System, h => h.AllAsync());
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync();

        seeded.ModuleLines.ShouldContain(line => line.StartsWith("校外培训：", StringComparison.Ordinal) && line.Contains("已导入对账", StringComparison.Ordinal));
        (await db.Institutions.CountAsync(i => i.Status == InstitutionStatus.Licensed)).ShouldBeGreaterThan(20);
        (await db.LedgerEntries.CountAsync()).ShouldBeGreaterThan(300);
        (await db.LessonRecords.CountAsync(l => l.Status == LessonConfirmation.Pending)).ShouldBeGreaterThan(0);
        var openKinds = await db.Alerts.Where(a => a.Status != AlertStatus.Resolved).Select(a => a.Kind).Distinct().ToListAsync();
        openKinds.ShouldBe(
            [AlertKind.BalanceShortfall, AlertKind.PaymentSurge, AlertKind.RefundPileUp, AlertKind.PermitExpiring, AlertKind.DepositShort, AlertKind.ReconciliationDifference],
            ignoreOrder: true);
        var statement = await db.BankStatements.SingleAsync();
        (statement.UnmatchedLines, statement.UnmatchedEntries).ShouldBe((1, 1));
        (await db.ListEntries.AnyAsync(e => e.List == ListStatus.Black)).ShouldBeTrue();
        (await db.ListEntries.AnyAsync(e => e.List == ListStatus.White)).ShouldBeTrue();
        (await db.InspectionTasks.AnyAsync(t => t.HasFindings)).ShouldBeTrue();
        (await db.Complaints.CountAsync()).ShouldBeGreaterThan(5);
        var again = await harness.AsAsync<IEnumerable<IModuleDemoData>, string>(harness.System, modules => modules.Single(m => m is EduGov.Training.Demo.TrainingDemoData).SeedAsync(1, default));
        again.ShouldContain("已存在");
    }
}
