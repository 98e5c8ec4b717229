using System.Text;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>An institution sees and changes only itself; notices are answered with checked documents, downloads are scoped and audited.</summary>
public sealed class ScopeAndNoticeTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstitutionA_CannotReadOrChangeInstitutionB_ButTheOfficerCan(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (a, accountA) = await world.LicensedAsync(1);
        var (b, accountB) = await world.LicensedAsync(2);
        var applicationB = await LicensingWorkflowTests.ApplicationOf(world, b);
        var noticeB = await harness.AsAsync<Notices.Handler, Guid>(world.Officer, h => h.SendAsync(new Notices.Send(b, "请报送师资名册", "请于期限内报送", new DateOnly(2026, 12, 4))));
        var venueChange = await ChangeRequestTests.Propose(harness, accountB, new ProposeChange.Command(ChangeKind.Venue, null) { Venue = new VenueValues("世纪大道2号", 90, true) });

        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetInstitution.Handler, GetInstitution.Detail>(accountA, h => h.HandleAsync(b)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(accountA, h => h.HandleAsync(applicationB)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<Notices.Handler>(accountA, h => h.AnswerAsync(new Notices.Answer(noticeB, "代答", []))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SubmitApplication.Handler>(accountA, h => h.WithdrawAsync(applicationB)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<DecideChange.Handler>(accountA, h => h.HandleAsync(new DecideChange.Command(venueChange, true, ""))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ListInstitutions.Handler, PageResult<ListInstitutions.Row>>(accountA, h => h.HandleAsync(new ListInstitutions.Query())));
        (await harness.AsAsync<Notices.Handler, IReadOnlyList<Notices.Row>>(accountA, h => h.ListAsync(b))).ShouldBeEmpty();
        (await harness.AsAsync<ListChanges.Handler, PageResult<ListChanges.Row>>(accountA, h => h.HandleAsync(new ListChanges.Query(InstitutionId: b)))).Items.ShouldBeEmpty();
        (await harness.AsAsync<ListApplications.Handler, PageResult<ListApplications.Row>>(accountA, h => h.HandleAsync(new ListApplications.Query(InstitutionId: b))))
            .Items.ShouldAllBe(r => r.InstitutionId == a);

        (await harness.AsAsync<GetInstitution.Handler, GetInstitution.Detail>(accountA, h => h.HandleAsync(a))).Institution.Id.ShouldBe(a);
        (await harness.AsAsync<GetInstitution.Handler, GetInstitution.Detail>(world.Officer, h => h.HandleAsync(b))).Institution.Id.ShouldBe(b);
        var all = await harness.AsAsync<ListInstitutions.Handler, PageResult<ListInstitutions.Row>>(world.Officer, h => h.HandleAsync(new ListInstitutions.Query(Search: InstitutionsWorld.Code(2)[..12])));
        all.Total.ShouldBe(2);
        var byName = await harness.AsAsync<ListInstitutions.Handler, PageResult<ListInstitutions.Row>>(world.Officer, h => h.HandleAsync(new ListInstitutions.Query(Search: "机构2")));
        byName.Items.ShouldHaveSingleItem().PermitNumber.ShouldBe("教民0002号");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoticeAnswers_AcceptOnlyRealPdfJpgPng_UpTo10MB_AndDownloadsAreScopedAndAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (a, accountA) = await world.LicensedAsync(1);
        var (_, accountB) = await world.LicensedAsync(2);
        var notice = await harness.AsAsync<Notices.Handler, Guid>(world.Officer, h => h.SendAsync(new Notices.Send(a, "请报送消防检查报告", "请上传报告", new DateOnly(2026, 11, 30))));
        await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<Notices.Handler, Guid>(world.Officer, h => h.SendAsync(new Notices.Send(a, "过期", "过期", new DateOnly(2026, 11, 1)))));

        var disguised = await Should.ThrowAsync<InvalidInputException>(() => Answer(harness, accountA, notice, new UploadedFile("报告.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))));
        disguised.Message.ShouldBe("“报告.pdf”不是 JPG、PNG 或 PDF 文件");
        var huge = new byte[InstitutionDocument.MaxBytes + 1];
        Pdf.CopyTo(huge, 0);
        (await Should.ThrowAsync<InvalidInputException>(() => Answer(harness, accountA, notice, new UploadedFile("大.pdf", huge)))).Message.ShouldContain("10 MB");
        await Answer(harness, accountA, notice, new UploadedFile("消防检查报告.pdf", Pdf), new UploadedFile("现场.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        await Should.ThrowAsync<ConflictException>(() => Answer(harness, accountA, notice));

        var rows = await harness.AsAsync<Notices.Handler, IReadOnlyList<Notices.Row>>(world.Officer, h => h.ListAsync(a));
        var row = rows.ShouldHaveSingleItem();
        row.Answer.ShouldBe("已整改，见附件");
        row.Documents.Select(d => d.ContentType).ShouldBe(["application/pdf", "image/png"], ignoreOrder: true);
        var pdf = row.Documents.Single(d => d.ContentType == "application/pdf");
        pdf.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        (await harness.AsAsync<Notices.Handler, StoredFile>(world.Officer, h => h.DownloadAsync(pdf.Id))).Content.ShouldBe(Pdf);
        (await harness.AsAsync<Notices.Handler, StoredFile>(accountA, h => h.DownloadAsync(pdf.Id))).FileName.ShouldBe("消防检查报告.pdf");
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<Notices.Handler, StoredFile>(accountB, h => h.DownloadAsync(pdf.Id)));

        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<EduGov.Platform.Data.PlatformDbContext>>().CreateDbContextAsync();
        (await platform.Set<EduGov.Platform.Audit.AuditEvent>().CountAsync(e => e.EntityType == nameof(InstitutionDocument) && e.EntityId == pdf.Id.ToString())).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUnansweredNotice_PastItsDate_IsOverdue(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InstitutionsWorld.BuildAsync(harness);
        var (a, accountA) = await world.LicensedAsync(1);
        await harness.AsAsync<Notices.Handler, Guid>(world.Officer, h => h.SendAsync(new Notices.Send(a, "请报送名册", "请报送", new DateOnly(2026, 11, 25))));

        harness.Clock.Advance(TimeSpan.FromDays(3));

        (await harness.AsAsync<Notices.Handler, IReadOnlyList<Notices.Row>>(world.Officer, h => h.ListAsync(a))).Single().Overdue.ShouldBeTrue();
        var home = await harness.AsAsync<PortalHome.Handler, PortalHome.Summary>(accountA, h => h.HandleAsync());
        home.UnansweredNotices.ShouldBe(1);
        home.OverdueNotices.ShouldBe(1);
        home.Status.ShouldBe(InstitutionStatus.Licensed);
        home.Permit.ShouldNotBeNull().Number.ShouldBe("教民0001号");
    }

    private static Task Answer(PlatformHarness harness, EduGov.Platform.Security.CurrentUser account, Guid notice, params UploadedFile[] files) =>
        harness.AsAsync<Notices.Handler>(account, h => h.AnswerAsync(new Notices.Answer(notice, "已整改，见附件", files)));
}
