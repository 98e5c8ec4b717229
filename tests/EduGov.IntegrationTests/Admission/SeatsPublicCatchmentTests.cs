using EduGov.Admission.Domain;
using EduGov.Admission.Seats;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>The public look-up page's query, called as an anonymous visitor: catchment schools, this year's and last year's figures.</summary>
public sealed class SeatsPublicCatchmentTests
{
    private static Task<LookUpCatchment.Result> LookUpAsync(PolicyWorld world, string? address) =>
        world.Harness.AsAsync<LookUpCatchment.Handler, LookUpCatchment.Result>(CurrentUser.Anonymous, h => h.HandleAsync(address));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LookUp_ShowsTheCatchmentSchool_ThisYearsSeats_LastYearsFigures_AndPrivateSchools(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        await world.AddCatchmentAsync(world.SchoolA, "张杨路", 1, 199, HouseNumberParity.Odd);
        await world.AddCatchmentAsync(world.SchoolB, "张杨路", 2, 200, HouseNumberParity.Even);
        var last = await world.CreateRoundAsync(2026);
        await world.SaveSeatsAsync(last, world.SchoolA, 2);
        await world.SaveSeatsAsync(last, world.PrivateP, 1);
        await world.OpenAsync(last);
        await world.AddApplicationAsync(last, ApplicationStatus.Enrolled, catchment: world.SchoolA, offered: world.SchoolA);
        await world.AddApplicationAsync(last, ApplicationStatus.Offered, catchment: world.SchoolA, offered: world.SchoolA);
        await world.AddApplicationAsync(last, ApplicationStatus.Unplaced, catchment: world.SchoolA);
        await world.SetStatusAsync(last, RoundStatus.Closed);
        var current = await world.CreateRoundAsync(2027);
        await world.SaveSeatsAsync(current, world.SchoolA, 3);
        await world.SaveSeatsAsync(current, world.PrivateP, 2, seats: 80, reason: "扩建");
        var draftJunior = await world.CreateRoundAsync(2027, Stage.Junior);
        await world.SaveSeatsAsync(draftJunior, world.JuniorC, 4);

        var beforeOpening = await LookUpAsync(world, "张杨路 101 号");
        await world.OpenAsync(current);
        var found = await LookUpAsync(world, "浦东新区张杨路101号");

        beforeOpening.Matches.ShouldHaveSingleItem().Stages.ShouldHaveSingleItem().Seats.ShouldBeNull();
        found.Searched.ShouldBeTrue();
        var school = found.Matches.ShouldHaveSingleItem();
        (school.SchoolId, school.Code, school.Name).ShouldBe((world.SchoolA, "2131000001", "浦东新区明德小学"));
        school.Rules.ShouldBe(["张杨路 1–199 号单号"]);
        var primary = school.Stages.ShouldHaveSingleItem();
        (primary.Stage, primary.Seats).ShouldBe((Stage.Primary, 135));
        primary.LastYear.ShouldBe(new LookUpCatchment.PastFigures(2026, 90, 3, 2));
        found.Rounds.Select(r => (r.Stage, r.Current?.Year, r.Previous?.Year)).ShouldBe([(Stage.Primary, (int?)2027, (int?)2026), (Stage.Junior, null, null)]);
        found.PrivateSchools.Select(p => (p.Code, p.Stage, p.Seats)).ShouldBe([("2131000008", Stage.Primary, (int?)80), ("3131000009", Stage.Junior, null)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LookUp_OutsideEveryCatchment_FindsNothing_AndAnEmptyAddressSearchesNothing(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        await world.AddCatchmentAsync(world.SchoolA, "张杨路", 1, 199, HouseNumberParity.Odd);

        var outside = await LookUpAsync(world, "张杨路 201 号");
        var empty = await LookUpAsync(world, "  ");

        (outside.Searched, outside.Matches.Count).ShouldBe((true, 0));
        (empty.Searched, empty.Matches.Count, empty.Address).ShouldBe((false, 0, ""));
        outside.Rounds.ShouldAllBe(r => r.Current == null && r.Previous == null);
    }
}
