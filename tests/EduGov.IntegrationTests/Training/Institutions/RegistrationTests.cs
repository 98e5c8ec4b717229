using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>机构自助注册: institution, 设立 application and account together, or nothing at all.</summary>
public sealed class RegistrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SelfRegistration_CreatesTheInstitutionItsApplicationAndItsAccount(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);

        var (id, _, result) = await world.SelfRegisterAsync(1);

        await using var db = await Db(harness);
        var institution = await db.Institutions.SingleAsync(i => i.Id == id);
        institution.Status.ShouldBe(InstitutionStatus.Applying);
        institution.CreditCode.ShouldBe(InstitutionsWorld.Code(1));
        institution.ZoneName.ShouldBe("东片学区");
        var application = await db.LicenceApplications.SingleAsync(a => a.InstitutionId == id);
        application.Kind.ShouldBe(LicenceKind.New);
        application.Status.ShouldBe(LicenceStatus.Submitted);
        application.Number.ShouldBe(result.ApplicationNumber);
        // 2026-11-23 is a Monday: 20 working days later is 2026-12-21 (no holidays in the test calendar).
        application.DecisionDueOn.ShouldBe(new DateOnly(2026, 12, 21));
        (await db.LicenceSteps.CountAsync(s => s.ApplicationId == application.Id && s.Kind == LicenceStepKind.Submitted)).ShouldBe(1);
        var account = await Accounts(harness, "inst1");
        account.ShouldNotBeNull();
        account.Role.ShouldBe(Role.Institution);
        account.ScopeKind.ShouldBe(ScopeKind.Institution);
        account.ScopeId.ShouldBe(id);
        account.ScopeName.ShouldBe("测试培训机构1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuplicateCode_BadCode_WeakPassword_AndTakenUserName_LeaveNothingBehind(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        await world.SelfRegisterAsync(1);

        var duplicate = await Should.ThrowAsync<ConflictException>(() => Register(harness, world.Facts(2) with { CreditCode = InstitutionsWorld.Code(1) }, "inst2", InstitutionsWorld.Password));
        duplicate.Message.ShouldContain("已被“测试培训机构1”登记");
        var badCode = await Should.ThrowAsync<InvalidInputException>(() => Register(harness, world.Facts(3) with { CreditCode = InstitutionsWorld.Code(3)[..17] + "0" }, "inst3", InstitutionsWorld.Password));
        badCode.Message.ShouldContain("校验位错误");
        var weak = await Should.ThrowAsync<InvalidInputException>(() => Register(harness, world.Facts(4), "inst4", "short"));
        weak.Errors["Password"].Single().ShouldContain("密码至少 10 位");
        weak.Errors["Password"].Single().ShouldContain("大写字母");
        var taken = await Should.ThrowAsync<InvalidInputException>(() => Register(harness, world.Facts(5), "inst1", InstitutionsWorld.Password));
        taken.Message.ShouldContain("该用户名已被使用");
        var profit = await Should.ThrowAsync<InvalidInputException>(() => Register(harness, world.Facts(6, TrainingCategory.AcademicSubject) with { ForProfit = true }, "inst6", InstitutionsWorld.Password));
        profit.Message.ShouldContain("非营利性");

        await using var db = await Db(harness);
        (await db.Institutions.CountAsync()).ShouldBe(1);
        (await db.LicenceApplications.CountAsync()).ShouldBe(1);
        foreach (var name in new[] { "inst2", "inst3", "inst4", "inst5", "inst6" })
        {
            (await Accounts(harness, name)).ShouldBeNull();
        }
    }

    private static Task<SelfRegister.Result> Register(PlatformHarness harness, InstitutionFacts facts, string userName, string password) =>
        harness.AsAsync<SelfRegister.Handler, SelfRegister.Result>(CurrentUser.Anonymous, h => h.HandleAsync(new SelfRegister.Command(facts, "舞蹈", userName, password, "")));

    internal static async Task<TrainingDbContext> Db(PlatformHarness harness) =>
        await harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync();

    private static async Task<UserAccount?> Accounts(PlatformHarness harness, string userName)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName);
    }
}
