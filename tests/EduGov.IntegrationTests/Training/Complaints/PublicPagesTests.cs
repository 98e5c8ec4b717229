using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;
using EduGov.Training.Public;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>The public pages' queries as an anonymous visitor: search filters, what is hidden, and an institution's published record.</summary>
public sealed class PublicPagesTests
{
    private static Task<PageResult<SearchPublicInstitutions.Row>> SearchAsync(ComplaintsWorld world, string? name = null, Guid? zone = null, TrainingCategory? category = null) =>
        world.Harness.AsAsync<SearchPublicInstitutions.Handler, PageResult<SearchPublicInstitutions.Row>>(world.Anonymous, h => h.HandleAsync(new SearchPublicInstitutions.Query(name, zone, category)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_FiltersByNameAreaAndCategory_AndNeverShowsApplyingOrRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        var all = await SearchAsync(world);
        var byName = await SearchAsync(world, name: "美术");
        var byZone = await SearchAsync(world, zone: ComplaintsWorld.ZoneWest);
        var byCategory = await SearchAsync(world, category: TrainingCategory.Sports);
        var combined = await SearchAsync(world, name: "美术", zone: ComplaintsWorld.ZoneEast, category: TrainingCategory.ArtsCulture);

        all.Items.Select(r => r.Name).ShouldBe(["星辰美术中心", "跃动篮球中心", "远航美术中心"], ignoreOrder: true);
        all.Items[^1].Name.ShouldBe("远航美术中心");
        byName.Items.Select(r => r.Name).ShouldBe(["星辰美术中心", "远航美术中心"]);
        byZone.Items.ShouldHaveSingleItem().Name.ShouldBe("跃动篮球中心");
        byCategory.Items.ShouldHaveSingleItem().Name.ShouldBe("跃动篮球中心");
        combined.Total.ShouldBe(2);
        (await SearchAsync(world, name: "新苗")).Total.ShouldBe(0);
        (await SearchAsync(world, name: "青禾")).Total.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstitutionPage_ShowsPermitFeesAccountAndOnlyPublishedPenalties_AndHidesApplications(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        await RecordAsync(world, PenaltyType.WarningOrCriticism, "教罚〔2026〕1号", published: true);
        await RecordAsync(world, PenaltyType.WarningOrCriticism, "教罚〔2026〕2号", published: false);

        var art = await harness.AsAsync<GetPublicInstitution.Handler, GetPublicInstitution.Details>(world.Anonymous, h => h.HandleAsync(world.Art.Id));
        var applying = await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<GetPublicInstitution.Handler, GetPublicInstitution.Details>(world.Anonymous, h => h.HandleAsync(world.Applying.Id)));

        art.CurrentPermit.ShouldNotBeNull().Number.ShouldBe("教民31011570001号");
        var course = art.Courses.ShouldHaveSingleItem();
        (course.LessonPriceFen, course.PeriodLessons, course.PeriodFeeFen).ShouldBe((15000L, 24, 360000L));
        art.Custody.ShouldNotBeNull().AccountNumber.ShouldBe("1001234567890123");
        art.Penalties.ShouldHaveSingleItem().DecisionNumber.ShouldBe("教罚〔2026〕1号");
        applying.Message.ShouldBe(GetPublicInstitution.NotFoundMessage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_ShowWhiteAndBlackListedInstitutions_NotApplyingOnes(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        await using (var db = await world.DbAsync())
        {
            foreach (var (id, list) in new[] { (world.Art.Id, ListStatus.White), (world.Sports.Id, ListStatus.Black), (world.Applying.Id, ListStatus.White) })
            {
                (await db.Institutions.FindAsync(id))!.List = list;
            }

            await db.SaveChangesAsync();
        }

        var lists = await harness.AsAsync<PublicLists.Handler, PublicLists.Result>(world.Anonymous, h => h.HandleAsync());

        lists.White.ShouldHaveSingleItem().Name.ShouldBe("星辰美术中心");
        lists.Black.ShouldHaveSingleItem().Name.ShouldBe("跃动篮球中心");
    }

    private static Task RecordAsync(ComplaintsWorld world, PenaltyType type, string number, bool published) =>
        world.Harness.AsAsync<Penalties.Handler, Guid>(world.Officer, h => h.RecordAsync(new Penalties.RecordCommand(
            world.Art.Id, type, 0, "《校外培训行政处罚暂行办法》第十八条", number, world.Today, "未公示收费标准", published)));
}
