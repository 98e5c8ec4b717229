using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Registry.StaffMembers;
using EduGov.Standards;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>变更申请: nothing changes until approval; a returned change keeps the old values; a venue change raises an alert.</summary>
public sealed class ChangeRequestTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProfileChange_AppliesOnlyWhenApproved_AndAReturnKeepsTheOldValues(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1);

        var first = await Propose(harness, account, new ProposeChange.Command(ChangeKind.Profile, null) { Profile = world.Facts(1) with { ContactPhone = "021-59990000" } });
        await Should.ThrowAsync<ConflictException>(() => Propose(harness, account, new ProposeChange.Command(ChangeKind.Profile, null) { Profile = world.Facts(1) with { LegalPerson = "赵新" } }));
        (await Detail(world, id)).Institution.ContactPhone.ShouldBe("021-50001234");
        var queue = await harness.AsAsync<ListChanges.Handler, PageResult<ListChanges.Row>>(world.Officer, h => h.HandleAsync(new ListChanges.Query(ChangeStatus.Pending)));
        queue.Items.ShouldHaveSingleItem().Summary.ShouldBe("联系电话：021-50001234 → 021-59990000");

        await Should.ThrowAsync<InvalidInputException>(() => Decide(harness, world, first, false, ""));
        await Decide(harness, world, first, false, "请提供新号码的登记证明");
        (await Detail(world, id)).Institution.ContactPhone.ShouldBe("021-50001234");
        await Should.ThrowAsync<ConflictException>(() => Decide(harness, world, first, true, ""));

        var second = await Propose(harness, account, new ProposeChange.Command(ChangeKind.Profile, null) { Profile = world.Facts(1) with { ContactPhone = "021-59990000" } });
        await Decide(harness, world, second, true, "");
        (await Detail(world, id)).Institution.ContactPhone.ShouldBe("021-59990000");
        var mine = await harness.AsAsync<ListChanges.Handler, PageResult<ListChanges.Row>>(account, h => h.HandleAsync(new ListChanges.Query()));
        mine.Items.Select(c => c.Status).ShouldBe([ChangeStatus.Approved, ChangeStatus.Returned], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VenueChange_WhenApproved_RaisesAVenueAlert_AndTheDetailFlagsTheMismatch(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1);
        var added = await Propose(harness, account, new ProposeChange.Command(ChangeKind.Venue, null) { Venue = new VenueValues("世纪大道1号", 180, true) });
        await Decide(harness, world, added, true, "");
        var venueId = (await Detail(world, id)).Venues.Single().Id;
        (await Detail(world, id)).Venues.Single().DiffersFromPermit.ShouldBeFalse();

        var moved = await Propose(harness, account, new ProposeChange.Command(ChangeKind.Venue, venueId) { Venue = new VenueValues("张杨路88号", 180, true) });
        await Decide(harness, world, moved, true, "");

        var detail = await Detail(world, id);
        detail.Venues.Single().Address.ShouldBe("张杨路88号");
        detail.Venues.Single().DiffersFromPermit.ShouldBeTrue();
        await using var db = await RegistrationTests.Db(harness);
        var alert = await db.Alerts.SingleAsync(a => a.InstitutionId == id && a.Key == $"venue:{venueId}");
        alert.Kind.ShouldBe(AlertKind.VenueChanged);
        alert.Severity.ShouldBe(AlertSeverity.Notice);
        alert.Status.ShouldBe(AlertStatus.Open);
        alert.Evidence.ShouldContain("世纪大道1号 → 张杨路88号");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_AcademicTeacherNeedsAQualification_AndAServingSchoolTeacherIsRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1, TrainingCategory.AcademicSubject);
        var staff = new StaffValues("刘老师", InstitutionsWorld.IdNumberOf(11), true, "初中数学", "", new DateOnly(2026, 9, 1), null);

        var unqualified = await Should.ThrowAsync<InvalidInputException>(() => Propose(harness, account, new ProposeChange.Command(ChangeKind.Staff, null) { Staff = staff }));
        unqualified.Message.ShouldContain("教师资格证书");

        var serving = IdNumber.Compose("310115", new DateOnly(1985, 1, 1), 4);
        await harness.AsAsync<RegisterStaff.Handler, Guid>(world.Registry.AdminA, h => h.HandleAsync(new RegisterStaff.Command
        {
            Name = "周文华", Sex = Sex.Female, IdNumber = serving, BirthDate = new DateOnly(1985, 1, 1),
            TeacherQualification = "小学教师资格", Subject = "数学", SchoolId = world.Registry.SchoolA, JoinedOn = new DateOnly(2010, 9, 1),
        }));
        var moonlighting = await Should.ThrowAsync<ConflictException>(() => Propose(harness, account, new ProposeChange.Command(ChangeKind.Staff, null)
        {
            Staff = staff with { IdNumber = serving, QualificationNumber = "20093100142000123" },
        }));
        moonlighting.Message.ShouldContain("在职教职工");

        var hired = await Propose(harness, account, new ProposeChange.Command(ChangeKind.Staff, null) { Staff = staff with { QualificationNumber = "20093100142000123" } });
        await Decide(harness, world, hired, true, "");
        var row = (await Detail(world, id)).Staff.Single();
        row.IdNumberMasked.ShouldNotContain(InstitutionsWorld.IdNumberOf(11)[6..14]);
        row.Problem.ShouldBeNull();
        var revealed = await harness.AsAsync<RevealStaffId.Handler, string>(world.Officer, h => h.HandleAsync(row.Id));
        revealed.ShouldBe(InstitutionsWorld.IdNumberOf(11));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RevealStaffId.Handler, string>(account, h => h.HandleAsync(row.Id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CourseAndAccountChanges_AreAppliedInFen_AndValidated(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (id, account) = await world.LicensedAsync(1);
        var course = new CourseValues("少儿美术", TrainingCategory.ArtsCulture, "小学", 15_050, 45, 20, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "未上课时全额退费", true);

        await Should.ThrowAsync<InvalidInputException>(() => Propose(harness, account, new ProposeChange.Command(ChangeKind.Course, null) { Course = course with { EndsOn = new DateOnly(2026, 12, 1) } }));
        await Decide(harness, world, await Propose(harness, account, new ProposeChange.Command(ChangeKind.Course, null) { Course = course }), true, "");
        await Should.ThrowAsync<InvalidInputException>(() => Propose(harness, account, new ProposeChange.Command(ChangeKind.Account, null)
        {
            Account = new AccountValues(FundAccountKind.Custody, "工商银行浦东支行", "测试培训机构1", "12ab", new DateOnly(2026, 1, 5), true),
        }));
        await Decide(harness, world, await Propose(harness, account, new ProposeChange.Command(ChangeKind.Account, null)
        {
            Account = new AccountValues(FundAccountKind.Custody, "工商银行浦东支行", "测试培训机构1", "6222 0210 0112 3456", new DateOnly(2026, 1, 5), true),
        }), true, "");

        var detail = await Detail(world, id);
        detail.Courses.Single().LessonPriceFen.ShouldBe(15_050);
        detail.Courses.Single().TotalFen.ShouldBe(301_000);
        detail.Accounts.Single().AccountNumber.ShouldBe("6222021001123456");
    }

    internal static Task<Guid> Propose(PlatformHarness harness, EduGov.Platform.Security.CurrentUser account, ProposeChange.Command command) =>
        harness.AsAsync<ProposeChange.Handler, Guid>(account, h => h.HandleAsync(command));

    internal static Task Decide(PlatformHarness harness, InstitutionsWorld world, Guid change, bool approve, string reason) =>
        harness.AsAsync<DecideChange.Handler>(world.Officer, h => h.HandleAsync(new DecideChange.Command(change, approve, reason)));

    internal static Task<GetInstitution.Detail> Detail(InstitutionsWorld world, Guid id) =>
        world.Harness.AsAsync<GetInstitution.Handler, GetInstitution.Detail>(world.Officer, h => h.HandleAsync(id));
}
