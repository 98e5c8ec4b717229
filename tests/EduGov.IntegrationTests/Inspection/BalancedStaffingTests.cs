using EduGov.IntegrationTests.Infrastructure;
using EduGov.Registry.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

/// <summary><see cref="IRegistryDirectory.CompulsoryStaffingAsync"/>: the registry's counts behind the balanced-development indicators.</summary>
public sealed class BalancedStaffingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompulsoryStaffing_CountsEnrolledPupilsAndActiveTeachersPerStage_ByQualification(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);

        var staffing = await harness.Services.GetRequiredService<IRegistryDirectory>().CompulsoryStaffingAsync(TestContext.Current.CancellationToken);

        staffing.ShouldBe(
        [
            new SchoolStageStaffing(world.SchoolA, Stage.Primary, 10, 2, 1, 2),
            new SchoolStageStaffing(world.SchoolB, Stage.Primary, 20, 1, 1, 1),
            new SchoolStageStaffing(world.JuniorC, Stage.Junior, 10, 1, 1, 1),
            new SchoolStageStaffing(world.NineYearD, Stage.Primary, 6, 1, 0, 1),
            new SchoolStageStaffing(world.NineYearD, Stage.Junior, 4, 1, 1, 1),
            new SchoolStageStaffing(world.CompleteE, Stage.Junior, 5, 1, 0, 1),
        ], ignoreOrder: true);
        staffing.ShouldNotContain(s => s.SchoolId == world.SpecialF);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompulsoryStaffing_ListsEveryCompulsoryStage_EvenWithoutPupilsOrTeachers(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);

        var staffing = await harness.Services.GetRequiredService<IRegistryDirectory>().CompulsoryStaffingAsync(TestContext.Current.CancellationToken);

        staffing.ShouldBe(
        [
            new SchoolStageStaffing(world.SchoolA, Stage.Primary, 0, 0, 0, 0),
            new SchoolStageStaffing(world.SchoolB, Stage.Primary, 0, 0, 0, 0),
            new SchoolStageStaffing(world.JuniorC, Stage.Junior, 0, 0, 0, 0),
        ], ignoreOrder: true);
    }
}
