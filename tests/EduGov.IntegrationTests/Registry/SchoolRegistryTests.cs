using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Registry.Schools;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class SchoolRegistryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddCampus_AndClass_AreValidatedAndScoped(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);

        await harness.AsAsync<AddCampus.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(world.SchoolA, "东校区", "上海市浦东新区张江路88号", 31.2, 121.6)));
        var badPoint = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<AddCampus.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(world.SchoolA, "西校区", "某路1号", 31.2, null))));
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<AddCampus.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(world.SchoolA, "东校区", "别处"))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<AddCampus.Handler, Guid>(world.AdminB, h => h.HandleAsync(new(world.SchoolA, "北校区", "某路2号"))));
        var noSuchGrade = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<AddClass.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(world.SchoolA, 8, 1, 2025, 45))));
        var school = await harness.AsAsync<GetSchool.Handler, GetSchool.Details>(world.AdminA, h => h.HandleAsync(world.SchoolA));

        badPoint.Message.ShouldContain("经纬度须同时填写");
        noSuchGrade.Message.ShouldBe("小学没有初二");
        school.Campuses.Select(c => c.Name).ShouldBe(["主校区", "东校区"]);
        school.Classes.ShouldHaveSingleItem().Name.ShouldBe("三年级（1）班");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveSchool_RefusesADuplicateCode_AndSchoolAdminsCannotCreateSchools(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var command = new SaveSchool.Command
        {
            Code = "2131000001", Name = "重复学校", Type = EduGov.Registry.Contracts.SchoolType.Primary, RegionCode = "310115", MainCampusAddress = "某路1号", FoundedOn = new DateOnly(2000, 9, 1),
        };

        var duplicate = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SaveSchool.Handler, Guid>(world.Officer, h => h.HandleAsync(command)));
        var notBureau = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SaveSchool.Handler, Guid>(world.AdminA, h => h.HandleAsync(command with { Code = "2131000009" })));
        var badCode = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveSchool.Handler, Guid>(world.Officer, h => h.HandleAsync(command with { Code = "9931000009" })));

        duplicate.Message.ShouldContain("2131000001");
        notBureau.Message.ShouldBe("只有教育局可以新增学校。");
        badCode.Errors.Keys.ShouldContain("Code");
    }
}
