using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>招生轮次与招生政策: creating a round, saving versions with reasons, opening it and the lock that follows.</summary>
public sealed class PolicyRoundTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateRound_StoresRoundCategoriesAndVersionOne_InOneAuditedSave(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);

        var id = await world.CreateRoundAsync(2027);
        var junior = await world.CreateRoundAsync(2027, Stage.Junior);

        var round = await world.RoundAsync(id);
        (round.Year, round.Stage, round.Status, round.PolicyVersion).ShouldBe((2027, Stage.Primary, RoundStatus.Draft, 1));
        (round.Policy.Name, round.Policy.ClassCap, round.Policy.CohortFrom, round.Policy.CohortTo).ShouldBe(("2027年小学一年级招生", 45, new DateOnly(2020, 9, 1), new DateOnly(2021, 8, 31)));
        round.Policy.Categories.Select(c => c.Name).ShouldBe(DefaultPolicy.Categories(id).Select(c => c.Name));
        (await world.RoundAsync(junior)).Policy.ClassCap.ShouldBe(50);
        var revisions = await harness.AsAsync<ListRevisions.Handler, IReadOnlyList<ListRevisions.Row>>(world.Officer, h => h.HandleAsync(id));
        revisions.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Version.ShouldBe(1),
            r => r.ChangedBy.ShouldBe("李科长"),
            r => r.Policy.Categories.Count.ShouldBe(5));
        var list = await harness.AsAsync<ListRounds.Handler, IReadOnlyList<ListRounds.Row>>(world.AdminA, h => h.HandleAsync());
        list.Select(r => r.Stage).ShouldBe([Stage.Primary, Stage.Junior]);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await platform.AuditEvents.CountAsync(e => e.EntityType == nameof(PolicyRevision))).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateRound_RefusesASecondRoundOfTheYearAndStage_BadInput_AndNonBureauUsers(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        await world.CreateRoundAsync(2027);

        (await Should.ThrowAsync<ConflictException>(() => world.CreateRoundAsync(2027))).Message.ShouldContain("2027年小学招生轮次已经建立");
        var invalid = await Should.ThrowAsync<InvalidInputException>(() => world.CreateRoundAsync(1990, Stage.Senior));
        invalid.Errors.Keys.ShouldBe(["Year", "Stage"], ignoreOrder: true);
        await Should.ThrowAsync<ForbiddenException>(() => world.CreateRoundAsync(2028, user: world.AdminA));
        var zoneOfficer = harness.User(Role.Officer, new OrgScope(ScopeKind.Zone, world.Registry.ZoneEast, "东片学区"));
        (await Should.ThrowAsync<ForbiddenException>(() => world.CreateRoundAsync(2028, user: zoneOfficer))).Message.ShouldBe("只有教育局可以维护招生轮次和招生政策。");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SavePolicy_KeepsEveryVersionWithItsReasonAndSnapshot_AndRecomputesSeatsOnANewCap(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var id = await world.CreateRoundAsync(2027);
        await world.SaveSeatsAsync(id, world.SchoolA, 4);

        var version = await world.SavePolicyAsync(id, p => p with
        {
            ClassCap = 40,
            Mechanism = AssignmentMechanism.ChoiceByChoice,
            Categories = [new("人户一致", HukouInCatchment: true, SameAddress: true), new("居住证", ResidencePermit: true), new("其他")],
        }, "区政府要求小班化");

        version.ShouldBe(2);
        var round = await world.RoundAsync(id);
        (round.PolicyVersion, round.Policy.ClassCap, round.Policy.Mechanism, round.Seats).ShouldBe((2, 40, AssignmentMechanism.ChoiceByChoice, 160));
        round.Policy.Categories.ShouldBe([new("人户一致", HukouInCatchment: true, SameAddress: true), new("居住证", ResidencePermit: true), new("其他")]);
        await using (var db = await world.DbAsync())
        {
            (await db.Categories.Where(c => c.RoundId == id).OrderBy(c => c.Order).Select(c => c.Order).ToListAsync()).ShouldBe([1, 2, 3]);
        }

        var revisions = await harness.AsAsync<ListRevisions.Handler, IReadOnlyList<ListRevisions.Row>>(world.Officer, h => h.HandleAsync(id));
        revisions.Select(r => (r.Version, r.Reason)).ShouldBe([(2, "区政府要求小班化"), (1, "新建招生轮次，采用默认招生政策")]);
        revisions[0].Policy.ShouldBe(round.Policy with { Categories = revisions[0].Policy.Categories });
        revisions[0].Policy.Categories.ShouldBe(round.Policy.Categories);
        revisions[1].Policy.ClassCap.ShouldBe(45);
        revisions[1].Policy.Categories.Count.ShouldBe(5);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SavePolicy_RefusesInvalidPolicies_MissingReasons_AndStaleVersions_WithoutWriting(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var id = await world.CreateRoundAsync(2027);

        var invalid = await Should.ThrowAsync<InvalidInputException>(() => world.SavePolicyAsync(id, p => p with
        {
            DrawOn = p.ApplicationOpens.AddDays(-1),
            ClassCap = 70,
            Categories = [new("人户一致", HukouInCatchment: true), new("人户一致", ResidencePermit: true)],
        }, reason: ""));
        invalid.Errors["Reason"].ShouldBe(["请填写修改原因"]);
        invalid.Errors["Policy.DrawOn"].ShouldBe(["摇号日期不能早于审核截止日期"]);
        invalid.Errors["Policy.ClassCap"].ShouldBe(["班额上限应为 20 到 66 人"]);
        invalid.Errors["Policy.Categories"].ShouldBe([PolicyValidator.LastCategoryMustCatchAll, "类别名称“人户一致”重复，每个类别的名称应不同"], ignoreOrder: true);

        var round = await world.RoundAsync(id);
        var stale = new SavePolicy.Command(id, round.PolicyVersion, round.Policy with { ClassCap = 40 }, "第一人");
        await harness.AsAsync<SavePolicy.Handler, int>(world.Officer, h => h.HandleAsync(stale));
        (await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SavePolicy.Handler, int>(world.Officer, h => h.HandleAsync(stale with { Reason = "第二人" }))))
            .Message.ShouldContain("已被他人修改（现为第 2 版）");
        (await Should.ThrowAsync<ForbiddenException>(() => world.SavePolicyAsync(id, p => p, user: world.AdminA))).Message.ShouldBe("您没有执行此操作的权限。");
        (await world.RoundAsync(id)).ShouldSatisfyAllConditions(r => r.PolicyVersion.ShouldBe(2), r => r.Policy.ClassCap.ShouldBe(40));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OpenRound_NeedsSeats_ThenLocksThePolicy_AgainstEveryEdit(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PolicyWorld.BuildAsync(harness);
        var id = await world.CreateRoundAsync(2027);

        (await Should.ThrowAsync<ConflictException>(() => world.OpenAsync(id))).Message.ShouldBe(OpenRound.NoSeats);
        await world.SaveSeatsAsync(id, world.SchoolA, 0);
        await Should.ThrowAsync<ConflictException>(() => world.OpenAsync(id));
        await world.SaveSeatsAsync(id, world.SchoolA, 3);
        await world.OpenAsync(id);

        var round = await world.RoundAsync(id);
        (round.Status, round.PolicyLocked, round.OpenedAt).ShouldBe((RoundStatus.Open, true, harness.Clock.GetUtcNow().UtcDateTime));
        (await Should.ThrowAsync<ConflictException>(() => world.SavePolicyAsync(id, p => p with { ClassCap = 40 }))).Message.ShouldBe("报名已开始，招生政策已锁定，不能再修改。");
        (await Should.ThrowAsync<ConflictException>(() => world.OpenAsync(id))).Message.ShouldContain("已开始报名");
        await world.SaveSeatsAsync(id, world.SchoolA, 4);
        (await world.RoundAsync(id)).ShouldSatisfyAllConditions(r => r.PolicyVersion.ShouldBe(1), r => r.Policy.ClassCap.ShouldBe(45), r => r.Seats.ShouldBe(180));
    }
}
