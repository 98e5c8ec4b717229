using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.Admission.Portal;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>SubmitApplication and what follows it: checks, numbering, encryption, category, registry flag, correction, withdrawal, proofs and privacy between families.</summary>
public sealed class ApplicationsSubmitTests
{
    private static readonly DateOnly Born = new(2020, 1, 15);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_ValidPublicApplication_IsSubmittedNumberedEncryptedAndClassified(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var idNumber = ApplicationsWorld.Id(Born);

        var first = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(idNumber));
        var second = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(Born, 14), "林小雪") with { OwnsProperty = false, PropertyAddress = "" });

        first.Number.ShouldBe("2026P00001");
        second.Number.ShouldBe("2026P00002");
        var stored = await world.StoredAsync(first.Id);
        (stored.Status, stored.Kind, stored.ParentId, stored.BulkEntered).ShouldBe((ApplicationStatus.Submitted, ApplicationKind.Public, world.ParentOne.Id, false));
        (stored.Sex, stored.BirthDate).ShouldBe((EduGov.Standards.Sex.Female, Born));
        stored.IdNumberCipher.ShouldNotContain(idNumber);
        stored.IdNumberMasked.ShouldBe("310115********" + idNumber[^4..]);
        stored.GuardianPhoneMasked.ShouldBe("138****5678");
        stored.HukouAddressCipher.ShouldNotContain("张杨路");
        stored.AddressLookup.ShouldNotBeEmpty();
        (stored.CatchmentSchoolId, stored.CategoryOrder, stored.CategoryName).ShouldBe((world.Registry.SchoolA, 1, "人户一致"));
        stored.CategoryReason.ShouldStartWith("符合第1类“人户一致”");
        stored.Choices.ShouldHaveSingleItem().SchoolId.ShouldBe(world.Registry.SchoolA);
        stored.RegistryFlag.ShouldBeEmpty();
        stored.SubmittedAt.ShouldBe(harness.Clock.GetUtcNow().UtcDateTime);
        (await world.StepsAsync(first.Id)).Select(s => s.Action).ShouldBe([ApplicationAction.Created, ApplicationAction.Submitted]);
        (await world.StoredAsync(second.Id)).CategoryOrder.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_ChecksTheIdNumber_AgainstTheCohortSexAndBirthDate(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var valid = ApplicationsWorld.Id(Born);
        var wrongCheckDigit = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var checkDigit = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(wrongCheckDigit)));
        var tooYoung = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(new DateOnly(2020, 9, 1)))));
        var mismatch = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne,
            ApplicationsWorld.Public(valid) with { Sex = EduGov.Standards.Sex.Male, BirthDate = new DateOnly(2020, 1, 16), GuardianPhone = "12345", LivingAddress = "" }));

        checkDigit.Errors["IdNumber"].ShouldHaveSingleItem().ShouldStartWith("身份证号校验位错误");
        tooYoung.Errors["IdNumber"].ShouldBe(["出生日期 2020-09-01 不在本轮招生的入学年龄段（2019-09-01 至 2020-08-31 出生）内"]);
        mismatch.Errors["Sex"].ShouldBe(["性别与身份证号不一致：身份证号第 17 位表示女"]);
        mismatch.Errors["BirthDate"].ShouldBe(["出生日期与身份证号不一致：身份证号中为 2020-01-15"]);
        mismatch.Errors.Keys.ShouldContain("GuardianPhone");
        mismatch.Errors["LivingAddress"].ShouldBe(["请填写实际居住地址"]);
        await using var db = await world.DbAsync();
        (await db.Applications.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_SameChildTwiceInTheRound_IsRefusedNamingTheFirst_UntilItIsWithdrawn(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var idNumber = ApplicationsWorld.Id(Born);
        var first = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(idNumber));

        var byOtherParent = await Should.ThrowAsync<ConflictException>(() => world.SubmitAsync(world.ParentTwo, ApplicationsWorld.Public(idNumber.ToLowerInvariant(), "林雨")));
        var byOfficer = await Should.ThrowAsync<ConflictException>(() => world.SubmitAsync(world.Officer, world.Private(idNumber)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<WithdrawApplication.Handler>(world.Officer, h => h.HandleAsync(new(first.Id))));
        await harness.AsAsync<WithdrawApplication.Handler>(world.ParentOne, h => h.HandleAsync(new(first.Id, "改为民办")));
        var again = await world.SubmitAsync(world.ParentOne, world.Private(idNumber));

        byOtherParent.Message.ShouldBe("该身份证号已在本轮报名（报名号 2026P00001，林**），同一儿童在同一轮次只能报名一次");
        byOfficer.Message.ShouldContain("2026P00001");
        (await world.StoredAsync(first.Id)).Status.ShouldBe(ApplicationStatus.Withdrawn);
        (await world.StepsAsync(first.Id)).Last().Text.ShouldBe("撤回报名：改为民办");
        again.Number.ShouldBe("2026P00002");
        await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<WithdrawApplication.Handler>(world.ParentOne, h => h.HandleAsync(new(first.Id))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_PrivateChoices_MustBeDistinctEligiblePrivateSchoolsOfTheRound(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);

        var publicSchool = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born), world.Registry.SchoolA)));
        var juniorSchool = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born), world.PrivateP, world.PrivateJuniorQ)));
        var twice = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born), world.PrivateP, world.PrivateP)));
        var tooMany = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born), world.PrivateP, world.PrivateJuniorQ, world.Registry.SchoolB)));
        var none = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born)) with { PrivateChoices = [] }));
        var publicWithChoices = await Should.ThrowAsync<InvalidInputException>(() => world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(Born)) with { PrivateChoices = [world.PrivateP] }));
        var submitted = await world.SubmitAsync(world.ParentOne, world.Private(ApplicationsWorld.Id(Born)));

        publicSchool.Errors["PrivateChoices"].ShouldBe(["第 1 志愿不是本轮招生的民办小学"]);
        juniorSchool.Errors["PrivateChoices"].ShouldBe(["第 2 志愿不是本轮招生的民办小学"]);
        twice.Errors["PrivateChoices"].ShouldBe(["志愿学校不能重复"]);
        tooMany.Errors["PrivateChoices"].ShouldBe(["本轮最多填报 2 个民办志愿"]);
        none.Errors["PrivateChoices"].ShouldBe(["民办报名请至少选择一所民办学校"]);
        publicWithChoices.Errors["PrivateChoices"].ShouldBe(["公办报名不填写民办志愿"]);
        var stored = await world.StoredAsync(submitted.Id);
        (stored.Kind, stored.CategoryOrder).ShouldBe((ApplicationKind.Private, 1));
        stored.Choices.ShouldHaveSingleItem().SchoolId.ShouldBe(world.PrivateP);
        (await harness.AsAsync<GetApplicationForm.Handler, GetApplicationForm.RoundInfo>(world.ParentOne, h => h.ForNewAsync(world.RoundId)))
            .PrivateSchools.ShouldHaveSingleItem().Name.ShouldBe("浦东新区民办华育小学");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_OutsideTheWindow_OrByStaffWithoutManage_IsRefused(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);

        await Should.ThrowAsync<ForbiddenException>(() => world.SubmitAsync(world.Registry.AdminA, ApplicationsWorld.Public(ApplicationsWorld.Id(Born))));
        harness.Clock.Advance(TimeSpan.FromDays(8));
        (await Should.ThrowAsync<ConflictException>(() => world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(Born)))))
            .Message.ShouldBe("2026年小学招生的报名已于 2026-11-30 截止。");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_ChildAlreadyInTheRegistry_IsFlagged(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var idNumber = ApplicationsWorld.Id(Born);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.Officer, h => h.HandleAsync(RegistryWorld.Pupil(world.Registry.SchoolA, idNumber, grade: 1)));

        var submitted = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(idNumber));

        (await world.StoredAsync(submitted.Id)).RegistryFlag.ShouldBe("已在浦东新区明德小学一年级就读（学籍在读）");
        var flagged = await harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(world.Officer, h => h.HandleAsync(new ListApplications.Query(FlaggedOnly: true)));
        flagged.Items.ShouldHaveSingleItem().Number.ShouldBe(submitted.Number);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Resubmit_AfterReturn_CorrectsFactsButNeverTheKind(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var idNumber = ApplicationsWorld.Id(Born);
        var submitted = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(idNumber));
        var corrected = ApplicationsWorld.Public(idNumber) with { OwnsProperty = false, PropertyAddress = "", HukouAddress = "上海市浦东新区育才小区3号", LivingAddress = "上海市浦东新区育才小区3号" };

        (await Should.ThrowAsync<ConflictException>(() => Resubmit(harness, world.ParentOne, submitted.Id, corrected))).Message.ShouldBe("只有退回修改的报名可以重新提交。");
        await world.ReturnAsync(submitted.Id, "房产证地址与户籍地址不一致，请核对");
        var form = await harness.AsAsync<GetApplicationForm.Handler, (GetApplicationForm.RoundInfo Round, GetApplicationForm.Correction Correction)>(world.ParentOne, h => h.ForCorrectionAsync(submitted.Id));
        await Should.ThrowAsync<NotFoundException>(() => Resubmit(harness, world.ParentTwo, submitted.Id, corrected));
        (await Should.ThrowAsync<InvalidInputException>(() => Resubmit(harness, world.ParentOne, submitted.Id, corrected with { Kind = ApplicationKind.Private, PrivateChoices = [world.PrivateP] })))
            .Errors["Kind"].ShouldBe([ResubmitApplication.KindIsFinal]);
        await Resubmit(harness, world.ParentOne, submitted.Id, corrected);

        form.Correction.Input.ShouldBeEquivalentTo(ApplicationsWorld.Public(idNumber) with { Sex = EduGov.Standards.Sex.Female, BirthDate = Born });
        form.Correction.ReturnReason.ShouldBe("房产证地址与户籍地址不一致，请核对");
        var stored = await world.StoredAsync(submitted.Id);
        (stored.Status, stored.ReturnReason, stored.Number).ShouldBe((ApplicationStatus.Submitted, "", submitted.Number));
        (stored.CatchmentSchoolId, stored.CategoryOrder, stored.OwnsProperty).ShouldBe((world.Registry.SchoolB, 2, false));
        stored.Choices.ShouldHaveSingleItem().SchoolId.ShouldBe(world.Registry.SchoolB);
        (await world.StepsAsync(submitted.Id)).Select(s => s.Action).ShouldBe([ApplicationAction.Created, ApplicationAction.Submitted, ApplicationAction.Resubmitted]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AParent_SeesAndDownloadsOnlyTheirOwnApplications(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var mine = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(Born)));
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var document = await harness.AsAsync<UploadDocument.Handler, Guid>(world.ParentOne, h => h.HandleAsync(new(mine.Id, DocumentKind.Hukou, @"C:\照片\户口簿.jpeg", png)));

        var own = await harness.AsAsync<GetApplication.Handler, GetApplication.Details>(world.ParentOne, h => h.HandleAsync(mine.Id));
        var ownFile = await harness.AsAsync<ApplicationDocuments.Handler, StoredFile>(world.ParentOne, h => h.DownloadAsync(document));
        var officerFile = await harness.AsAsync<ApplicationDocuments.Handler, StoredFile>(world.Officer, h => h.DownloadAsync(document));
        var schoolFile = await harness.AsAsync<ApplicationDocuments.Handler, StoredFile>(world.Registry.AdminA, h => h.DownloadAsync(document));
        var othersList = await harness.AsAsync<ListMyApplications.Handler, ListMyApplications.Result>(world.ParentTwo, h => h.HandleAsync());

        (own.Number, own.Documents.ShouldHaveSingleItem().FileName).ShouldBe((mine.Number, "户口簿.png"));
        ownFile.Content.ShouldBe(png);
        (ownFile.ContentType, officerFile.FileName, schoolFile.FileName).ShouldBe(("image/png", "户口簿.png", "户口簿.png"));
        othersList.Applications.ShouldBeEmpty();
        othersList.OpenRounds.ShouldHaveSingleItem().Id.ShouldBe(world.RoundId);
        (await harness.AsAsync<ListMyApplications.Handler, ListMyApplications.Result>(world.ParentOne, h => h.HandleAsync())).Applications.ShouldHaveSingleItem().ChildNameMasked.ShouldBe("林**");
        await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<GetApplication.Handler, GetApplication.Details>(world.ParentTwo, h => h.HandleAsync(mine.Id)));
        await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<ApplicationDocuments.Handler, StoredFile>(world.ParentTwo, h => h.DownloadAsync(document)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ApplicationDocuments.Handler, StoredFile>(world.Registry.AdminB, h => h.DownloadAsync(document)));
        await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<UploadDocument.Handler, Guid>(world.ParentTwo, h => h.HandleAsync(new(mine.Id, DocumentKind.Other, "a.png", png))));
        (await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<UploadDocument.Handler, Guid>(world.ParentOne, h => h.HandleAsync(new(mine.Id, DocumentKind.Other, "a.exe", "MZ"u8.ToArray())))))
            .Message.ShouldBe("“a.exe”不是 JPG、PNG 或 PDF 文件");
        (await harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(world.Registry.AdminB, h => h.HandleAsync(new ListApplications.Query()))).Items.ShouldBeEmpty();
        (await harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(world.Registry.AdminA, h => h.HandleAsync(new ListApplications.Query(Search: "林")))).Total.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Appeal_OnlyWithinTheAppealsWindow_OnePendingAtATime(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var mine = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(ApplicationsWorld.Id(Born)));
        Task<Guid> Appeal(string reason) => harness.AsAsync<FileAppeal.Handler, Guid>(world.ParentOne, h => h.HandleAsync(new(mine.Id, reason)));

        (await Should.ThrowAsync<ConflictException>(() => Appeal("对结果有异议"))).Message.ShouldBe("录取结果公布后才能申诉。");
        await using (var db = await world.DbAsync())
        {
            var round = await db.Rounds.SingleAsync();
            round.Status = RoundStatus.Published;
            var application = await db.Applications.SingleAsync();
            (application.Status, application.LotteryNumber, application.OfferReason) = (ApplicationStatus.Unplaced, "ab12", "对口学校学位已满");
            await db.SaveChangesAsync();
        }

        harness.Clock.Advance(TimeSpan.FromDays(28));
        await Appeal("我家人户一致，应优先录取");
        var details = await harness.AsAsync<GetApplication.Handler, GetApplication.Details>(world.ParentOne, h => h.HandleAsync(mine.Id));
        (await Should.ThrowAsync<ConflictException>(() => Appeal("再次申诉"))).Message.ShouldStartWith("您已有一项申诉正在处理");
        await Should.ThrowAsync<InvalidInputException>(() => Appeal(" "));
        harness.Clock.Advance(TimeSpan.FromDays(11));
        (await Should.ThrowAsync<ConflictException>(() => Appeal("逾期申诉"))).Message.ShouldBe("申诉已于 2026-12-31 截止。");

        (details.LotteryShown, details.ResultShown, details.CanAppeal).ShouldBe((true, true, false));
        details.Appeals.ShouldHaveSingleItem().Status.ShouldBe(AppealStatus.Pending);
        details.Steps[^1].Action.ShouldBe(ApplicationAction.Appealed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Officer_ExportsMaskedRows_AndRevealsOneField_BothAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ApplicationsWorld.BuildAsync(harness);
        var idNumber = ApplicationsWorld.Id(Born);
        var mine = await world.SubmitAsync(world.ParentOne, ApplicationsWorld.Public(idNumber));

        var file = await harness.AsAsync<ExportApplications.Handler, EduGov.Platform.Exporting.ExcelFile>(world.Officer, h => h.HandleAsync(new ListApplications.Query(RoundId: world.RoundId)));
        var clear = await harness.AsAsync<RevealApplicationData.Handler, string>(world.Officer, h => h.HandleAsync(new(mine.Id, RevealApplicationData.Field.IdNumber)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RevealApplicationData.Handler, string>(world.ParentOne, h => h.HandleAsync(new(mine.Id, RevealApplicationData.Field.IdNumber))));

        using var stream = new MemoryStream(file.Content);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldHaveSingleItem()["身份证号"].ShouldBe("310115********" + idNumber[^4..]);
        rows[0]["监护人电话"].ShouldBe("138****5678");
        clear.ShouldBe(idNumber);
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<EduGov.Platform.Data.PlatformDbContext>>().CreateDbContextAsync();
        var events = await platform.AuditEvents.AsNoTracking().Where(e => e.Module == "admission" && e.ActorName == "李科长").Select(e => e.Action).ToListAsync();
        events.ShouldBe([EduGov.Platform.Audit.AuditActions.Export, EduGov.Platform.Audit.AuditActions.Reveal], ignoreOrder: true);
    }

    private static Task Resubmit(PlatformHarness harness, CurrentUser user, Guid id, ApplicationInput input) =>
        harness.AsAsync<ResubmitApplication.Handler>(user, h => h.HandleAsync(new ResubmitApplication.Command(id, input)));
}
