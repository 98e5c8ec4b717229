using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>The complaint's life: the public form's checks, the queue and its working-day deadline, the status look-up, triage to closure.</summary>
public sealed class ComplaintHandlingTests
{
    private const string Phone = "13912345678";

    internal static SubmitComplaint.Command Form(Guid? institution, string text = "退费被拒绝", string phone = Phone, string name = "") =>
        new(ComplaintChannel.Website, institution, name, ComplaintCategory.FeesRefunds, text, "张女士", phone);

    internal static Task<SubmitComplaint.Result> SubmitAsync(ComplaintsWorld world, SubmitComplaint.Command command) =>
        world.Harness.AsAsync<SubmitComplaint.Handler, SubmitComplaint.Result>(world.Anonymous, h => h.HandleAsync(command));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublicForm_RefusesABadPhoneAnEmptyTextAndAFakePhoto_AndWritesNothing(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);

        var bad = await Should.ThrowAsync<InvalidInputException>(() => SubmitAsync(world, Form(world.Art.Id, text: "  ", phone: "1391234")));
        var photo = await Should.ThrowAsync<InvalidInputException>(() => SubmitAsync(world, Form(world.Art.Id) with { Attachment = new UploadedFile("a.jpg", "GIF89a"u8.ToArray()) }));
        var nobody = await Should.ThrowAsync<InvalidInputException>(() => SubmitAsync(world, Form(null)));
        var applying = await Should.ThrowAsync<InvalidInputException>(() => SubmitAsync(world, Form(world.Applying.Id)));
        var hotline = await Should.ThrowAsync<ForbiddenException>(() => SubmitAsync(world, Form(world.Art.Id) with { Channel = ComplaintChannel.Hotline }));

        bad.Errors.Keys.ShouldBe(["Text", "Phone"], ignoreOrder: true);
        bad.Errors["Phone"][0].ShouldContain("手机号应为11位");
        photo.Errors["Attachment"].ShouldBe(["“a.jpg”不是 JPG 或 PNG 图片"]);
        nobody.Errors.Keys.ShouldBe(["InstitutionName"]);
        applying.Errors.Keys.ShouldBe(["InstitutionId"]);
        hotline.ShouldNotBeNull();
        await using var db = await world.DbAsync();
        (await db.Complaints.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmittedComplaint_IsQueuedWithTheNextNumber_AndAnswerDueTenWorkingDaysLater(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

        var first = await SubmitAsync(world, Form(world.Art.Id) with { Attachment = new UploadedFile("C:\\照片\\收据.jpg", png) });
        var second = await SubmitAsync(world, Form(null, name: "某小区无证补习班"));
        var queue = await harness.AsAsync<ListComplaints.Handler, PageResult<ListComplaints.Row>>(world.Officer, h => h.HandleAsync(new ListComplaints.Query(Status: ComplaintStatus.Pending)));
        var details = await harness.AsAsync<GetComplaint.Handler, GetComplaint.Details>(world.Officer, h => h.HandleAsync(first.Id));

        (first.Number, second.Number).ShouldBe(("2026-00001", "2026-00002"));
        first.AnswerDue.ShouldBe(new DateOnly(2026, 12, 7)); // Monday 23 November + 10 working days
        queue.Items.Select(r => r.Number).ShouldBe(["2026-00001", "2026-00002"], ignoreOrder: true);
        queue.Items.Single(r => r.Number == "2026-00002").InstitutionId.ShouldBeNull();
        (details.InstitutionName, details.PhoneMasked, details.Status).ShouldBe(("星辰美术中心", "139****5678", ComplaintStatus.Pending));
        details.Photos.ShouldHaveSingleItem().FileName.ShouldBe("收据.png");
        details.Steps.ShouldHaveSingleItem().Kind.ShouldBe(ComplaintStepKind.Received);
        await using var db = await world.DbAsync();
        (await db.Complaints.SingleAsync(c => c.Id == first.Id)).PhoneCipher.ShouldNotContain(Phone);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StatusLookUp_NeedsTheNumberAndThePhoneItWasFiledWith(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var filed = await SubmitAsync(world, Form(world.Art.Id));

        var found = await harness.AsAsync<LookUpComplaintStatus.Handler, LookUpComplaintStatus.Result>(world.Anonymous, h => h.HandleAsync(new(filed.Number, "139-1234-5678")));
        var wrongPhone = await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<LookUpComplaintStatus.Handler, LookUpComplaintStatus.Result>(world.Anonymous, h => h.HandleAsync(new(filed.Number, "13900000000"))));
        var wrongNumber = await Should.ThrowAsync<NotFoundException>(() => harness.AsAsync<LookUpComplaintStatus.Handler, LookUpComplaintStatus.Result>(world.Anonymous, h => h.HandleAsync(new("2026-00099", Phone))));

        (found.Number, found.Status, found.Answer).ShouldBe((filed.Number, ComplaintStatus.Pending, ""));
        wrongPhone.Message.ShouldBe(wrongNumber.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Triage_Answer_Close_KeepsTheHistory_TextsTheComplainant_AndTheInstitutionGivesItsAccount(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var messages = TextMessageCapture.Attach(harness);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var filed = await SubmitAsync(world, Form(world.Art.Id));
        Task Step(ComplaintAction action, string text, Guid? assignee = null, ComplaintCategory? category = null) =>
            harness.AsAsync<AdvanceComplaint.Handler>(world.Officer, h => h.HandleAsync(new AdvanceComplaint.Command(filed.Id, action, text) { AssigneeId = assignee, Category = category }));

        var answerTooEarly = await Should.ThrowAsync<ConflictException>(() => Step(ComplaintAction.Answer, "已处理"));
        await Step(ComplaintAction.Assign, "", world.OfficerAccount);
        await Step(ComplaintAction.Categorize, "实为虚假宣传", category: ComplaintCategory.FalseAdvertising);
        await harness.AsAsync<PortalComplaints.Handler>(world.InstitutionUser(world.Art), h => h.GiveAccountAsync(new(filed.Id, "已联系家长，同意退费。")));
        var otherInstitution = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<PortalComplaints.Handler>(world.InstitutionUser(world.Sports), h => h.GiveAccountAsync(new(filed.Id, "与我无关"))));
        var emptyAnswer = await Should.ThrowAsync<InvalidInputException>(() => Step(ComplaintAction.Answer, " "));
        await Step(ComplaintAction.Answer, "经核查，机构已退还剩余课时费用。");
        await Step(ComplaintAction.Close, "投诉人满意");
        var portal = await harness.AsAsync<PortalComplaints.Handler, PageResult<PortalComplaints.Row>>(world.InstitutionUser(world.Art), h => h.ListAsync(new PageRequest()));
        var details = await harness.AsAsync<GetComplaint.Handler, GetComplaint.Details>(world.Officer, h => h.HandleAsync(filed.Id));
        var status = await harness.AsAsync<LookUpComplaintStatus.Handler, LookUpComplaintStatus.Result>(world.Anonymous, h => h.HandleAsync(new(filed.Number, Phone)));

        answerTooEarly.Message.ShouldBe("投诉待分派，不能答复。");
        otherInstitution.ShouldNotBeNull();
        emptyAnswer.Errors.Keys.ShouldBe(["Text"]);
        details.Steps.Select(s => s.Kind).ShouldBe([ComplaintStepKind.Received, ComplaintStepKind.Assigned, ComplaintStepKind.Categorized, ComplaintStepKind.InstitutionAccount, ComplaintStepKind.Answered, ComplaintStepKind.Closed]);
        details.Steps.Select(s => s.StatusAfter).ShouldBe([ComplaintStatus.Pending, ComplaintStatus.Handling, ComplaintStatus.Handling, ComplaintStatus.Handling, ComplaintStatus.Answered, ComplaintStatus.Closed]);
        (details.Status, details.AssigneeName, details.Category, details.InstitutionAccount).ShouldBe((ComplaintStatus.Closed, "赵承办", ComplaintCategory.FalseAdvertising, "已联系家长，同意退费。"));
        var own = portal.Items.ShouldHaveSingleItem();
        (own.Complainant, own.CanAccount).ShouldBe(("张**", false));
        (status.Status, status.Answer).ShouldBe((ComplaintStatus.Closed, "经核查，机构已退还剩余课时费用。"));
        messages.Lines.ShouldHaveSingleItem().ShouldContain("139****5678");
        messages.Lines[0].ShouldContain($"您的投诉（编号{filed.Number}）已答复：经核查");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Referral_FromAComplaint_MarksItTransferred_AndTracksTheAuthoritysSteps(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var filed = await SubmitAsync(world, Form(world.Art.Id));

        var id = await harness.AsAsync<Referrals.Handler, Guid>(world.Officer, h => h.CreateAsync(new(filed.Id, null, ReferralAuthority.MarketRegulation, "", "虚假宣传", world.Today)));
        await harness.AsAsync<Referrals.Handler>(world.Officer, h => h.AdvanceAsync(new(id, ReferralStatus.Accepted, "", world.Today)));
        var backwards = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<Referrals.Handler>(world.Officer, h => h.AdvanceAsync(new(id, ReferralStatus.Accepted, "", world.Today))));
        await harness.AsAsync<Referrals.Handler>(world.Officer, h => h.AdvanceAsync(new(id, ReferralStatus.Concluded, "已立案处罚", world.Today)));
        var steps = await harness.AsAsync<Referrals.Handler, IReadOnlyList<Referrals.Step>>(world.Officer, h => h.StepsAsync(id));
        var complaint = await harness.AsAsync<GetComplaint.Handler, GetComplaint.Details>(world.Officer, h => h.HandleAsync(filed.Id));

        backwards.ShouldNotBeNull();
        steps.Select(s => s.StatusAfter).ShouldBe([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.Concluded]);
        complaint.Status.ShouldBe(ComplaintStatus.Transferred);
        complaint.Referrals.ShouldHaveSingleItem().Feedback.ShouldBe("已立案处罚");
    }
}
