using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Registry;

public sealed class StudentRegistryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterStudent_WithWrongCheckDigit_ReportsTheExpectedDigitInChinese(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var command = RegistryWorld.Pupil(world.SchoolA) with { IdNumber = "310115201805120025" };

        var error = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(command)));

        error.Errors["IdNumber"].ShouldHaveSingleItem().ShouldContain("校验位错误");
        error.Errors["IdNumber"][0].ShouldContain("应为 0");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterStudent_Twice_IsRefusedNamingTheMaskedHolderAndSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));

        var error = await Should.ThrowAsync<ConflictException>(() =>
            harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminB, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolB, name: "林小雪"))));

        error.Message.ShouldContain("310115********0020");
        error.Message.ShouldContain("林**");
        error.Message.ShouldContain("浦东新区明德小学");
        error.Message.ShouldNotContain("林小雨");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAndGetStudent_AreLimitedToTheAdministratorsOwnSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var id = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA, classId: world.ClassA3)));

        var ownList = await harness.AsAsync<ListStudents.Handler, EduGov.Platform.Querying.PageResult<ListStudents.Row>>(world.AdminA, h => h.HandleAsync(new ListStudents.Query()));
        var otherList = await harness.AsAsync<ListStudents.Handler, EduGov.Platform.Querying.PageResult<ListStudents.Row>>(world.AdminB, h => h.HandleAsync(new ListStudents.Query()));
        var byIdNumber = await harness.AsAsync<ListStudents.Handler, EduGov.Platform.Querying.PageResult<ListStudents.Row>>(world.Officer, h => h.HandleAsync(new ListStudents.Query(Search: RegistryWorld.ValidIdNumber)));

        ownList.Items.ShouldHaveSingleItem().IdNumberMasked.ShouldBe("310115********0020");
        ownList.Items[0].ClassName.ShouldBe("三年级（1）班");
        otherList.Total.ShouldBe(0);
        byIdNumber.Items.ShouldHaveSingleItem().Id.ShouldBe(id);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetStudent.Handler, GetStudent.Details>(world.AdminB, h => h.HandleAsync(id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevealIdNumber_ReturnsTheClearValueAndWritesAnAuditEvent_OnlyWithPermission(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var id = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        var leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"));

        var clear = await harness.AsAsync<RevealPersonalData.Handler, string>(world.AdminA, h => h.HandleAsync(new(RevealPersonalData.Field.StudentIdNumber, id)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RevealPersonalData.Handler, string>(leader, h => h.HandleAsync(new(RevealPersonalData.Field.StudentIdNumber, id))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RevealPersonalData.Handler, string>(world.AdminB, h => h.HandleAsync(new(RevealPersonalData.Field.StudentIdNumber, id))));

        clear.ShouldBe(RegistryWorld.ValidIdNumber);
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var reveal = await db.AuditEvents.Where(e => e.Action == AuditActions.Reveal).ToListAsync();
        reveal.ShouldHaveSingleItem().EntityId.ShouldBe(id.ToString());
        reveal[0].ActorName.ShouldBe("陈校管");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TransferOut_ChangesNothingUntilApproved_ThenMovesThePupilAndKeepsTheEvent(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var id = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA, classId: world.ClassA3)));
        var changeId = await harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminA,
            h => h.HandleAsync(new(id, RecordChangeKind.TransferOut, new DateOnly(2026, 12, 1), "随父母工作调动", world.SchoolB)));

        var pending = await harness.AsAsync<GetStudent.Handler, GetStudent.Details>(world.Officer, h => h.HandleAsync(id));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<DecideRecordChange.Handler>(world.AdminA, h => h.HandleAsync(new(changeId, true))));
        await harness.AsAsync<DecideRecordChange.Handler>(world.Officer, h => h.HandleAsync(new(changeId, true, "材料齐全")));
        var moved = await harness.AsAsync<GetStudent.Handler, GetStudent.Details>(world.AdminB, h => h.HandleAsync(id));

        pending.SchoolId.ShouldBe(world.SchoolA);
        moved.SchoolId.ShouldBe(world.SchoolB);
        moved.ClassId.ShouldBeNull();
        moved.Changes.ShouldHaveSingleItem().Status.ShouldBe(ApprovalStatus.Approved);
        moved.Changes[0].FromSchool.ShouldBe("浦东新区明德小学");
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<DecideRecordChange.Handler>(world.Officer, h => h.HandleAsync(new(changeId, false, "重复"))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Suspension_ThenResumption_ArePairedByStatus(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var id = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));

        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(id, RecordChangeKind.Resumption, new DateOnly(2026, 12, 1), "复学"))));
        var suspension = await harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(id, RecordChangeKind.Suspension, new DateOnly(2026, 12, 1), "因病休学")));
        await harness.AsAsync<DecideRecordChange.Handler>(world.Officer, h => h.HandleAsync(new(suspension, true)));
        var suspended = await harness.AsAsync<GetStudent.Handler, GetStudent.Details>(world.AdminA, h => h.HandleAsync(id));

        suspended.Status.ShouldBe(StudentStatus.Suspended);
        await harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminA, h => h.HandleAsync(new(id, RecordChangeKind.Resumption, new DateOnly(2027, 3, 1), "康复复学")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TransferIn_FindsThePupilByIdNumberMasked_AndMovesItOnApproval(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        var id = await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));

        var found = await harness.AsAsync<FindPupilForTransfer.Handler, FindPupilForTransfer.Result>(world.AdminB, h => h.HandleAsync(new(RegistryWorld.ValidIdNumber)));
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<FindPupilForTransfer.Handler, FindPupilForTransfer.Result>(world.AdminA, h => h.HandleAsync(new(RegistryWorld.ValidIdNumber))));
        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<FindPupilForTransfer.Handler, FindPupilForTransfer.Result>(world.AdminB, h => h.HandleAsync(new("310115201805120025"))));
        var change = await harness.AsAsync<RequestRecordChange.Handler, Guid>(world.AdminB, h => h.HandleAsync(new(found.StudentId, RecordChangeKind.TransferIn, new DateOnly(2026, 12, 1), "随家庭搬迁转入", world.SchoolB)));
        await harness.AsAsync<DecideRecordChange.Handler>(world.Officer, h => h.HandleAsync(new(change, true)));
        var moved = await harness.AsAsync<GetStudent.Handler, GetStudent.Details>(world.AdminB, h => h.HandleAsync(id));

        found.StudentId.ShouldBe(id);
        found.NameMasked.ShouldBe("林**");
        found.IdNumberMasked.ShouldBe("310115********0020");
        moved.SchoolId.ShouldBe(world.SchoolB);
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.Lookup && e.EntityId == id.ToString())).ShouldBe(1);
    }
}
