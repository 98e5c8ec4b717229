using EduGov.Admission.Data;
using EduGov.Admission.Demo;
using EduGov.Admission.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Modules;
using EduGov.Platform.Privacy;
using EduGov.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

public sealed class AdmissionDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoDistrict_HasAnOpenRoundInEveryVerificationState_AndLastYearsRoundDrawnAndPublished(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var seeded = await RegistryDemo.SeedAsync(harness.Services, "small", 20260901);
        var protector = harness.Services.GetRequiredService<FieldProtector>();
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();

        seeded.ModuleLines.ShouldContain(line => line.StartsWith("招生：", StringComparison.Ordinal));
        var round = await db.Rounds.Include(r => r.Categories).SingleAsync(r => r.Status == RoundStatus.Open);
        round.Categories.Count.ShouldBe(5);
        var rules = await db.Catchments.ToListAsync();
        rules.ShouldNotBeEmpty();
        (await db.Seats.CountAsync(s => s.RoundId == round.Id)).ShouldBeGreaterThan(0);
        var applications = await db.Applications.Where(a => a.RoundId == round.Id).ToListAsync();
        applications.Select(a => a.Status).Distinct().ShouldBe(
            [ApplicationStatus.Submitted, ApplicationStatus.Verified, ApplicationStatus.Returned, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn], ignoreOrder: true);
        applications.Select(a => a.CategoryOrder).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        applications.ShouldAllBe(a => a.CategoryReason.Length > 0);
        applications.Where(a => a.CategoryOrder == 1).ShouldAllBe(a => a.CatchmentSchoolId != null);
        (await db.Choices.AnyAsync()).ShouldBeTrue();
        applications.Select(a => a.Number).Distinct().Count().ShouldBe(applications.Count);
        var parent = await db.Parents.SingleAsync();
        protector.Decrypt(parent.PhoneCipher).ShouldBe(AdmissionDemoData.ParentPhone);
        applications.Where(a => a.ParentId == parent.Id).Select(a => a.Status).ShouldBe([ApplicationStatus.Submitted, ApplicationStatus.Returned], ignoreOrder: true);
        var lastYear = await db.Rounds.SingleAsync(r => r.Status == RoundStatus.Published);
        lastYear.Year.ShouldBe(round.Year - 1);
        lastYear.Seed.ShouldNotBeNull();
        var drawn = await db.Applications.Where(a => a.RoundId == lastYear.Id).ToListAsync();
        drawn.ShouldAllBe(a => (a.Status == ApplicationStatus.Offered && a.OfferedSchoolId != null) || (a.Status == ApplicationStatus.Unplaced && a.OfferReason.Length > 0));
        drawn.ShouldAllBe(a => a.LotteryNumber != null);
        drawn.ShouldContain(a => a.OfferRoute == OfferRoute.Overflow);
        (await db.Births.AnyAsync(b => b.SchoolId == null)).ShouldBeTrue();
        (await db.GradeEnrolments.Select(e => e.Year).Distinct().CountAsync()).ShouldBe(6);
        var again = await harness.AsAsync<IEnumerable<IModuleDemoData>, string>(harness.System, modules => modules.Single(m => m is AdmissionDemoData).SeedAsync(1, default));
        again.ShouldContain("已存在");
    }
}
