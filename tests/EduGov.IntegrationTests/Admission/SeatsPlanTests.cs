using EduGov.Admission.Domain;
using EduGov.Admission.Seats;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>学位计划: seats = classes × cap or an override with its reason, demand per school, the freeze, scope and export.</summary>
public sealed class SeatsPlanTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seats_AreClassesTimesCap_OrAnOverrideThatNeedsAReason(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var round = await world.CreateRoundAsync(2027);

        await world.SaveSeatsAsync(round, world.SchoolA, 4);
        var missingReason = await Should.ThrowAsync<InvalidInputException>(() => world.SaveSeatsAsync(round, world.SchoolB, 3, seats: 120));
        await world.SaveSeatsAsync(round, world.SchoolB, 3, seats: 120, reason: "校舍改造，借用相邻校区两个教室");
        await world.SaveSeatsAsync(round, world.PrivateP, 2);
        var wrongStage = await Should.ThrowAsync<InvalidInputException>(() => world.SaveSeatsAsync(round, world.JuniorC, 2));
        var tooMany = await Should.ThrowAsync<InvalidInputException>(() => world.SaveSeatsAsync(round, world.SchoolA, 41));

        missingReason.Errors["OverrideReason"].ShouldBe(["调整学位数须说明原因"]);
        wrongStage.Message.ShouldContain("不招收小学新生");
        tooMany.Errors["PlannedClasses"].ShouldBe(["计划班数应为 0 到 40 个"]);
        var seats = await world.SeatsAsync(round);
        seats.Rows.Select(r => (r.Code, r.IsPublic, r.PlannedClasses, r.ClassCap, r.SeatsOverride, r.Seats)).ShouldBe(
        [
            ("2131000001", true, 4, 45, (int?)null, 180),
            ("2131000002", true, 3, 45, 120, 120),
            ("2131000008", false, 2, 45, null, 90),
        ]);
        seats.Rows[1].OverrideReason.ShouldBe("校舍改造，借用相邻校区两个教室");
        (seats.Totals.Schools, seats.Totals.Classes, seats.Totals.Seats).ShouldBe((3, 9, 390));
        (await world.SeatsAsync(round, kind: ApplicationKind.Private)).Rows.ShouldHaveSingleItem().Code.ShouldBe("2131000008");
        (await world.SeatsAsync(round, search: "育才")).Rows.ShouldHaveSingleItem().Code.ShouldBe("2131000002");

        await world.SaveSeatsAsync(round, world.SchoolB, 3);
        (await world.SeatsAsync(round)).Rows[1].ShouldSatisfyAllConditions(r => r.Seats.ShouldBe(135), r => r.OverrideReason.ShouldBe(""));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demand_CountsSubmittedApplications_ByCatchmentForPublicAndByChoiceForPrivate(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var round = await world.CreateRoundAsync(2027);
        await world.SaveSeatsAsync(round, world.SchoolA, 1);
        await world.SaveSeatsAsync(round, world.PrivateP, 1, seats: 2, reason: "试点小班");
        await world.AddApplicationAsync(round, ApplicationStatus.Submitted, catchment: world.SchoolA);
        await world.AddApplicationAsync(round, ApplicationStatus.Verified, catchment: world.SchoolA);
        await world.AddApplicationAsync(round, ApplicationStatus.Draft, catchment: world.SchoolA);
        await world.AddApplicationAsync(round, ApplicationStatus.Withdrawn, catchment: world.SchoolA);
        await world.AddApplicationAsync(round, ApplicationStatus.Verified, privateChoices: [world.PrivateP, world.SchoolB]);
        await world.AddApplicationAsync(round, ApplicationStatus.Submitted, privateChoices: [world.PrivateP]);
        await world.AddApplicationAsync(round, ApplicationStatus.Submitted, privateChoices: [world.PrivateP]);

        var seats = await world.SeatsAsync(round);

        seats.Rows.Select(r => (r.Code, r.Demand, r.Ratio)).ShouldBe([("2131000001", 2, 0.04), ("2131000002", 0, (double?)null), ("2131000008", 3, 1.5)]);
        (seats.Totals.Demand, seats.Totals.Seats).ShouldBe((5, 47));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seats_AreRefusedOnceFrozen_AndToSchoolAdmins_WhoSeeOnlyTheirSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var round = await world.CreateRoundAsync(2027);
        await world.SaveSeatsAsync(round, world.SchoolA, 4);

        (await Should.ThrowAsync<ForbiddenException>(() => world.SaveSeatsAsync(round, world.SchoolA, 5, user: world.AdminA))).Message.ShouldBe("您没有执行此操作的权限。");
        var zoneOfficer = harness.User(Role.Officer, new OrgScope(ScopeKind.Zone, world.Registry.ZoneWest, "西片学区"));
        (await Should.ThrowAsync<ForbiddenException>(() => world.SaveSeatsAsync(round, world.SchoolA, 5, user: zoneOfficer))).Message.ShouldBe("该学校不在您的管理范围内。");
        (await world.SeatsAsync(round, world.AdminA)).Rows.ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolA);

        await world.SetStatusAsync(round, RoundStatus.Frozen);
        (await Should.ThrowAsync<ConflictException>(() => world.SaveSeatsAsync(round, world.SchoolA, 5))).Message.ShouldBe("招生名单已冻结，学位计划不能再修改。");
        var frozen = await world.SeatsAsync(round);
        frozen.Round.SeatsEditable.ShouldBeFalse();
        frozen.Rows.First(r => r.SchoolId == world.SchoolA).PlannedClasses.ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_WritesTheListedSchools_AndIsAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var round = await world.CreateRoundAsync(2027);
        await world.SaveSeatsAsync(round, world.SchoolA, 4);

        var file = await harness.AsAsync<ExportSeats.Handler, ExcelFile>(world.Officer, h => h.HandleAsync(new ListSeats.Query(round)));

        file.FileName.ShouldStartWith("学位计划_2027小学_");
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: true, sheetName: "学位计划").Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(3);
        rows[0]["学位数"].ShouldBe(180d);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.SingleAsync(e => e.Action == "export")).Note.ShouldBe("导出2027年小学一年级招生学位计划 3 所学校");
    }
}
