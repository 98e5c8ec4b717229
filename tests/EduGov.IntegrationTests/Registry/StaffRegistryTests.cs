using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Registry.Contracts;
using EduGov.Registry.StaffMembers;
using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class StaffRegistryTests
{
    private static RegisterStaff.Command Teacher(Guid schoolId) => new()
    {
        Name = "周文华", Sex = Sex.Female, IdNumber = "310115198501010047", BirthDate = new DateOnly(1985, 1, 1), Phone = "13912345678",
        Education = Education.Master, TeacherQualification = "小学教师资格", Title = Title.First, KeyTeacherLevel = KeyTeacherLevel.None,
        Subject = "数学", SchoolId = schoolId, JoinedOn = new DateOnly(2010, 9, 1),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StaffChanges_AreDatedHistory_AndMoveTheCurrentValues(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var mismatch = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<RegisterStaff.Handler, Guid>(world.AdminA, h => h.HandleAsync(Teacher(world.SchoolA) with { Sex = Sex.Male })));

        mismatch.Errors["Sex"].ShouldHaveSingleItem().ShouldBe("性别与身份证号不一致");
        var staffId = await harness.AsAsync<RegisterStaff.Handler, Guid>(world.AdminA, h => h.HandleAsync(Teacher(world.SchoolA)));
        await harness.AsAsync<RecordStaffChange.Handler>(world.AdminA, h => h.HandleAsync(new(staffId, StaffEventKind.TitleChanged, new DateOnly(2025, 12, 1), "评审通过", Title: Title.Senior)));
        await harness.AsAsync<RecordStaffChange.Handler>(world.Officer, h => h.HandleAsync(new(staffId, StaffEventKind.KeyTeacherLevelChanged, new DateOnly(2026, 1, 1), Note: "区级骨干认定", KeyTeacherLevel: KeyTeacherLevel.District)));
        await harness.AsAsync<RecordStaffChange.Handler>(world.Officer, h => h.HandleAsync(new(staffId, StaffEventKind.SchoolChanged, new DateOnly(2026, 9, 1), "交流轮岗", SchoolId: world.SchoolB)));
        var staff = await harness.AsAsync<GetStaff.Handler, GetStaff.Details>(world.AdminB, h => h.HandleAsync(staffId));

        staff.Title.ShouldBe(Title.Senior);
        staff.KeyTeacherLevel.ShouldBe(KeyTeacherLevel.District);
        staff.SchoolId.ShouldBe(world.SchoolB);
        staff.IdNumberMasked.ShouldBe("310115********0047");
        staff.History.Select(e => e.Kind).ShouldBe([StaffEventKind.SchoolChanged, StaffEventKind.KeyTeacherLevelChanged, StaffEventKind.TitleChanged, StaffEventKind.Joined]);
        staff.History[2].OldValue.ShouldBe("一级");
        staff.History[2].NewValue.ShouldBe("高级");
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetStaff.Handler, GetStaff.Details>(world.AdminA, h => h.HandleAsync(staffId)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterStaff_Twice_IsRefusedWithTheMaskedHolder(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStaff.Handler, Guid>(world.AdminA, h => h.HandleAsync(Teacher(world.SchoolA)));

        var error = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<RegisterStaff.Handler, Guid>(world.AdminB, h => h.HandleAsync(Teacher(world.SchoolB))));

        error.Message.ShouldContain("周**");
        error.Message.ShouldContain("浦东新区明德小学");
    }
}
