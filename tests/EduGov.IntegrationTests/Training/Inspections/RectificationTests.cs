using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Querying;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Inspections;

public sealed class RectificationTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Institution_SeesAndAnswersOnlyItsOwn_AndTheOfficerReturnsThenConfirms(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await InspectionsWorld.BuildAsync(harness);
        var own = world.Institutions[0];
        var other = world.Institutions[1];
        var ownId = await AddAsync(world, own, new DateOnly(2026, 12, 15));
        var otherId = await AddAsync(world, other, new DateOnly(2026, 11, 20));
        var institution = world.InstitutionUser(own);

        var seen = await harness.AsAsync<ListRectifications.Handler, PageResult<ListRectifications.Row>>(institution, h => h.HandleAsync(new(), new PageRequest()));
        var all = await harness.AsAsync<ListRectifications.Handler, PageResult<ListRectifications.Row>>(world.Officer, h => h.HandleAsync(new(), new PageRequest()));
        var overdue = await harness.AsAsync<ListRectifications.Handler, PageResult<ListRectifications.Row>>(world.Officer, h => h.HandleAsync(new(OverdueOnly: true), new PageRequest()));
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<AnswerRectification.Handler>(institution,
            h => h.HandleAsync(new AnswerRectification.Command(otherId, "已整改", [new UploadedFile("a.png", Png)]))));
        var notAnImage = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<AnswerRectification.Handler>(institution,
            h => h.HandleAsync(new AnswerRectification.Command(ownId, "已整改", [new UploadedFile("a.jpg", "not a photo"u8.ToArray())]))));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<AnswerRectification.Handler>(institution, h => h.HandleAsync(new AnswerRectification.Command(ownId, "已在前台公示收费标准", [new UploadedFile("公示.png", Png)])));
        var returnWithoutReason = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<VerifyRectification.Handler>(world.Officer,
            h => h.HandleAsync(new VerifyRectification.Command(ownId, false, ""))));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<VerifyRectification.Handler>(world.Officer, h => h.HandleAsync(new VerifyRectification.Command(ownId, false, "公示内容缺少退费办法")));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<AnswerRectification.Handler>(institution, h => h.HandleAsync(new AnswerRectification.Command(ownId, "已补充退费办法", [new UploadedFile("退费办法.png", Png)])));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.AsAsync<VerifyRectification.Handler>(world.Inspector, h => h.HandleAsync(new VerifyRectification.Command(ownId, true, "")));
        var done = await harness.AsAsync<ListRectifications.Handler, PageResult<ListRectifications.Row>>(institution, h => h.HandleAsync(new(), new PageRequest()));

        seen.Items.ShouldHaveSingleItem().Id.ShouldBe(ownId);
        all.Total.ShouldBe(2);
        overdue.Items.ShouldHaveSingleItem().Id.ShouldBe(otherId);
        foreign.Message.ShouldContain("不在您的管理范围内");
        notAnImage.Message.ShouldBe("“a.jpg”不是 JPG、PNG 或 PDF 文件");
        returnWithoutReason.Message.ShouldContain("退回时请写明");
        var row = done.Items.Single();
        row.Status.ShouldBe(RectificationStatus.Completed);
        row.Steps.Select(s => s.Action).ShouldBe([RectificationAction.Opened, RectificationAction.Answered, RectificationAction.Returned, RectificationAction.Answered, RectificationAction.Completed]);
        row.Evidence.Count.ShouldBe(2);
        row.Evidence.ShouldAllBe(e => e.ContentType == "image/png" && e.Sha256.Length == 64);
        var file = await harness.AsAsync<GetInspectionFile.Handler, StoredFile>(institution, h => h.DownloadAsync(row.Evidence[0].Id));
        file.Content.ShouldBe(Png);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetInspectionFile.Handler, StoredFile>(world.InstitutionUser(other), h => h.DownloadAsync(row.Evidence[0].Id)));
    }

    /// <summary>A rectification as SubmitInspection leaves it (the submission itself needs the credit part, see the post-merge test).</summary>
    private static async Task<Guid> AddAsync(InspectionsWorld world, TrainingInstitution institution, DateOnly deadline)
    {
        var now = world.Harness.Clock.GetUtcNow().UtcDateTime;
        await using var db = await world.Contexts.CreateDbContextAsync();
        var rectification = db.Rectifications.Add(new Rectification
        {
            TaskId = Guid.CreateVersion7(), FindingId = Guid.CreateVersion7(), InstitutionId = institution.Id, InstitutionName = institution.Name,
            Problem = "收费标准未公示", OpenedOn = new DateOnly(2026, 11, 2), Deadline = deadline, UpdatedAt = now,
        }).Entity;
        db.RectificationSteps.Add(new RectificationStep { RectificationId = rectification.Id, Action = RectificationAction.Opened, Text = "责令整改", ActorName = "测试", At = now });
        await db.SaveChangesAsync();
        return rectification.Id;
    }
}
