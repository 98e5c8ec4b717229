using EduGov.Inspection.Inspectors;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>Inspectors, their assignments to schools (挂牌), the public sign and the inspection settings.</summary>
public sealed class InspectorsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveInspector_ChecksEveryField_AndKeepsCertificateNumbersUnique(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);

        var invalid = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(
            world.Inspector("") with { Phone = "1381234", Stages = [], CertificateNumber = " " })));
        invalid.Errors.Keys.ShouldBe(["Name", "Stages", "CertificateNumber", "Phone"], ignoreOrder: true);
        invalid.Errors["Phone"].ShouldHaveSingleItem().ShouldBe("手机号应为11位，当前为7位");

        var first = await harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(world.Inspector("钱督学") with { CertificateNumber = "hp-2026-01" }));
        var duplicate = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(
            world.Inspector("孙督学") with { CertificateNumber = " HP-2026-01 " })));

        duplicate.Message.ShouldBe("督学证号 HP-2026-01 已登记给 钱督学，同一证号不能重复登记。");
        (await world.ReadAsync(db => db.Inspectors.CountAsync())).ShouldBe(1);
        var saved = await harness.AsAsync<GetInspector.Handler, GetInspector.Details>(world.Registry.AdminA, h => h.HandleAsync(first));
        saved.CertificateNumber.ShouldBe("HP-2026-01");
        saved.Stages.ShouldBe([Stage.Primary, Stage.Junior]);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Registry.AdminA, h => h.HandleAsync(world.Inspector("李督学"))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveInspector_LinksOnlyAnInspectorAccountNotLinkedToAnotherInspector(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        await world.AddAccountAsync("officer2", "吴科员", Role.Officer);
        var (_, zhao) = await world.AddInspectorAsync("赵督学", "zhao");

        var unknown = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(
            world.Inspector("钱督学") with { UserName = "nobody" })));
        var wrongRole = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(
            world.Inspector("钱督学") with { UserName = "officer2" })));
        var taken = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SaveInspector.Handler, Guid>(world.Officer, h => h.HandleAsync(
            world.Inspector("钱督学") with { UserName = "zhao" })));

        unknown.Errors["UserName"].ShouldHaveSingleItem().ShouldBe("没有用户名为“nobody”的账号");
        wrongRole.Errors["UserName"].ShouldHaveSingleItem().ShouldBe("账号“officer2”的角色是科室业务员，只能关联督学角色的账号");
        taken.Message.ShouldBe("账号“zhao”已关联督学 赵督学，一个账号只能关联一名督学。");
        (await world.ReadAsync(db => db.Inspectors.Select(i => i.UserId).ToListAsync())).ShouldBe([zhao.Id]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssignSchool_ToANewInspector_EndsThePreviousAssignmentTheDayBefore_AndKeepsTheHistory(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, zhaoUser) = await world.AddInspectorAsync("赵督学", "zhao");
        var (qian, qianUser) = await world.AddInspectorAsync("钱督学", "qian");
        await world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 9, 1), "首次挂牌");

        await world.AssignAsync(qian, world.Registry.SchoolA, world.Today, "工作调整");

        var history = await harness.AsAsync<ListSchoolAssignments.Handler, IReadOnlyList<AssignmentView>>(world.Registry.AdminA, h => h.HandleAsync(world.Registry.SchoolA));
        history.Select(a => (a.Inspector, a.From, a.Until, a.IsCurrent)).ShouldBe(
        [
            ("钱督学", world.Today, (DateOnly?)null, true),
            ("赵督学", new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 22), false),
        ]);
        history[1].Note.ShouldBe("首次挂牌；2026-11-23 起改由 钱督学 负责");
        history[0].AssignedBy.ShouldBe("李科长");
        var sign = await harness.AsAsync<GetSign.Handler, GetSign.Sign>(world.Registry.AdminA, h => h.HandleAsync(world.Registry.SchoolA));
        sign.Inspector.ShouldNotBeNull().Name.ShouldBe("钱督学");
        sign.Items.Count.ShouldBe(8);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetSign.Handler, GetSign.Sign>(zhaoUser, h => h.HandleAsync(world.Registry.SchoolA)));
        (await harness.AsAsync<GetSign.Handler, GetSign.Sign>(qianUser, h => h.HandleAsync(world.Registry.SchoolA))).School.ShouldBe("浦东新区明德小学");

        var again = await Should.ThrowAsync<ConflictException>(() => world.AssignAsync(qian, world.Registry.SchoolA, world.Today));
        again.Message.ShouldBe("浦东新区明德小学 的挂牌记录已到 2026-11-23，新的挂牌日期必须晚于它。");
        var backdated = await Should.ThrowAsync<ConflictException>(() => world.AssignAsync(zhao, world.Registry.SchoolA, new DateOnly(2026, 10, 1)));
        backdated.Message.ShouldContain("新的挂牌日期必须晚于它");
        var future = await Should.ThrowAsync<InvalidInputException>(() => world.AssignAsync(zhao, world.Registry.SchoolB, world.Today.AddDays(1)));
        future.Errors["From"].ShouldHaveSingleItem().ShouldBe("挂牌日期不能晚于今天");
        (await world.ReadAsync(db => db.Assignments.CountAsync())).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deactivating_WaitsUntilTheInspectorsSchoolsAreReassignedOrEnded(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);
        var (zhao, _) = await world.AddInspectorAsync("赵督学", "zhao");
        var assignment = await world.AssignAsync(zhao, world.Registry.SchoolB, new DateOnly(2026, 9, 1));
        var busy = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SetInspectorActive.Handler>(world.Officer, h => h.HandleAsync(new(zhao, false))));
        busy.Message.ShouldStartWith("赵督学 目前还负责 1 所学校");

        await harness.AsAsync<EndAssignment.Handler>(world.Officer, h => h.HandleAsync(new(assignment, world.Today.AddDays(-1), "调任")));
        await harness.AsAsync<SetInspectorActive.Handler>(world.Officer, h => h.HandleAsync(new(zhao, false)));

        var inspector = await harness.AsAsync<GetInspector.Handler, GetInspector.Details>(world.Officer, h => h.HandleAsync(zhao));
        inspector.Active.ShouldBeFalse();
        inspector.Current.ShouldBeEmpty();
        inspector.History.ShouldHaveSingleItem().Note.ShouldBe("2026-11-22 结束挂牌：调任");
        var sign = await harness.AsAsync<GetSign.Handler, GetSign.Sign>(world.Officer, h => h.HandleAsync(world.Registry.SchoolB));
        sign.Inspector.ShouldBeNull();
        var inactive = await Should.ThrowAsync<ConflictException>(() => world.AssignAsync(zhao, world.Registry.SchoolA, world.Today));
        inactive.Message.ShouldBe("赵督学 已停用，不能挂牌。");
        var signs = await harness.AsAsync<ListSchoolSigns.Handler, IReadOnlyList<ListSchoolSigns.Row>>(world.Officer, h => h.HandleAsync(new(UnassignedOnly: true)));
        signs.Count.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settings_AreCheckedAgainstTheirRanges_AndSaved(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectorWorld.BuildAsync(harness);

        var invalid = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveSettings.Handler>(world.Officer, h => h.HandleAsync(new(0, 21, 91, 14, 20, 31))));
        invalid.Errors.Keys.ShouldBe(["VisitsPerSchoolPerMonth", "SchoolsPerInspector", "MinorDeadlineDays", "CriticalDeadlineDays", "ReminderIntervalDays"], ignoreOrder: true);
        invalid.Errors["CriticalDeadlineDays"].ShouldHaveSingleItem().ShouldBe("严重问题的整改期限不能长于较重问题");

        await harness.AsAsync<SaveSettings.Handler>(world.Officer, h => h.HandleAsync(new(2, 6, 30, 10, 3, 7)));

        var settings = await harness.AsAsync<GetSettings.Handler, GetSettings.Settings>(world.Officer, h => h.HandleAsync());
        settings.ShouldBe(settings with { VisitsPerSchoolPerMonth = 2, SchoolsPerInspector = 6, MinorDeadlineDays = 30, SeriousDeadlineDays = 10, CriticalDeadlineDays = 3, ReminderIntervalDays = 7, UpdatedBy = "李科长" });
        settings.UpdatedAt.ShouldNotBeNull();
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SaveSettings.Handler>(world.Registry.AdminA, h => h.HandleAsync(new(1, 5, 30, 14, 5, 3))));
    }
}
