using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Querying;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using EduGov.Registry.StaffMembers;
using EduGov.Registry.Students;
using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

/// <summary>Every sort key of every list translates to SQL on both providers, and paging, search and scope hold.</summary>
public sealed class ListQueryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListSchools_SortsByEveryKey_AndSearchesNameOrCode(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminB, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolB)));

        foreach (var key in new[] { "code", "name", "type", "ownership", "students", "staff" })
        {
            var ascending = await ListAsync(harness, world, new ListSchools.Query { Page = new PageRequest(1, 2, key) });
            var descending = await ListAsync(harness, world, new ListSchools.Query { Page = new PageRequest(1, 2, key, Descending: true) });
            ascending.Total.ShouldBe(3, key);
            ascending.Items.Count.ShouldBe(2, key);
            descending.Items.Count.ShouldBe(2, key);
        }

        var byStudents = await ListAsync(harness, world, new ListSchools.Query { Page = new PageRequest(1, 20, "students", Descending: true) });
        byStudents.Items[0].Id.ShouldBe(world.SchoolB);
        byStudents.Items[0].Students.ShouldBe(1);
        (await ListAsync(harness, world, new ListSchools.Query(Search: "育才"))).Items.ShouldHaveSingleItem().Id.ShouldBe(world.SchoolB);
        (await ListAsync(harness, world, new ListSchools.Query(Search: "3131"))).Items.ShouldHaveSingleItem().Id.ShouldBe(world.JuniorC);
        (await ListAsync(harness, world, new ListSchools.Query(Type: SchoolType.Junior))).Total.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListStudentsAndStaff_SortByEveryKey(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA, "310115201807120032", "王小明")));

        foreach (var key in new[] { "name", "grade", "birthDate", "enrolledOn" })
        {
            var page = await harness.AsAsync<ListStudents.Handler, PageResult<ListStudents.Row>>(world.Officer,
                h => h.HandleAsync(new ListStudents.Query { Page = new PageRequest(1, 1, key, Descending: true) }));
            page.Total.ShouldBe(2, key);
            page.Items.Count.ShouldBe(1, key);
        }

        foreach (var key in new[] { "name", "title", "keyTeacherLevel", "birthDate", "subject" })
        {
            var page = await harness.AsAsync<ListStaff.Handler, PageResult<ListStaff.Row>>(world.Officer,
                h => h.HandleAsync(new ListStaff.Query { Page = new PageRequest(1, 1, key) }));
            page.Total.ShouldBe(0, key);
        }
    }

    private static Task<PageResult<ListSchools.Row>> ListAsync(PlatformHarness harness, RegistryWorld world, ListSchools.Query query) =>
        harness.AsAsync<ListSchools.Handler, PageResult<ListSchools.Row>>(world.Officer, h => h.HandleAsync(query));
}
