using DocumentFormat.OpenXml.Packaging;
using EduGov.Admission.Domain;
using EduGov.Admission.Results;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using EduGov.Registry.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

public sealed class ResultsTests
{
    private static async Task<CeremonyWorld> PublishedAsync(PlatformHarness harness)
    {
        var world = await CeremonyWorld.BuildAsync(harness);
        await world.AddDistrictAsync();
        await CeremonyTests.RunCeremonyAsync(world);
        return world;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFreedSeat_GoesToTheNextInOrder_WithWhoseSeatAndWhy(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PublishedAsync(harness);
        var round = await world.RoundAsync();
        var before = await world.ApplicationsAsync();
        var declining = before.First(a => a.OfferedSchoolId == world.SchoolA && a.OfferRoute == OfferRoute.MainRound);
        var schoolACode = (await harness.Services.GetRequiredService<IRegistryDirectory>().AllSchoolsAsync()).Single(s => s.Id == world.SchoolA).Code;
        var priorities = (await CeremonyTests.FileAsync(world, "applications.csv")).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Where(p => p[2] == schoolACode).ToDictionary(p => p[0], p => int.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture));
        var expected = before.Where(a => priorities.ContainsKey(a.Number) && (a.Status == ApplicationStatus.Unplaced || a.OfferRoute == OfferRoute.Overflow))
            .OrderBy(a => priorities[a.Number]).ThenBy(a => LotteryNumber.For(round.Seed!, a.Number)).First();

        var full = await Should.ThrowAsync<ConflictException>(() => world.Harness.AsAsync<FillFreedSeat.Handler, FillFreedSeat.Result>(world.Officer, h => h.HandleAsync(new(world.RoundId, world.SchoolA))));
        var noReason = await Should.ThrowAsync<InvalidInputException>(() => world.Harness.AsAsync<DeclineOffer.Handler>(world.Officer, h => h.HandleAsync(new(declining.Id, " "))));
        var school = await Should.ThrowAsync<ForbiddenException>(() => world.Harness.AsAsync<DeclineOffer.Handler>(world.Registry.AdminA, h => h.HandleAsync(new(declining.Id, "家长书面声明"))));
        await world.Harness.AsAsync<DeclineOffer.Handler>(world.Officer, h => h.HandleAsync(new(declining.Id, "家长书面声明放弃，改读民办学校")));
        var filled = await world.Harness.AsAsync<FillFreedSeat.Handler, FillFreedSeat.Result>(world.Officer, h => h.HandleAsync(new(world.RoundId, world.SchoolA)));
        var after = await world.ApplicationsAsync();
        var winner = after.Single(a => a.Id == filled.ApplicationId);

        full.Message.ShouldContain("没有空出的学位");
        noReason.ShouldNotBeNull();
        school.ShouldNotBeNull();
        after.Single(a => a.Id == declining.Id).Status.ShouldBe(ApplicationStatus.Withdrawn);
        (await world.StepsAsync(declining.Id)).Last().Action.ShouldBe(ApplicationAction.OfferDeclined);
        winner.Id.ShouldBe(expected.Id);
        winner.Status.ShouldBe(ApplicationStatus.Offered);
        winner.OfferRoute.ShouldBe(OfferRoute.FreedSeat);
        winner.OfferedSchoolId.ShouldBe(world.SchoolA);
        winner.OfferReason.ShouldContain($"报名号{declining.Number}放弃录取后空出的学位");
        winner.OfferReason.ShouldContain("排第一");
        winner.OfferReason.ShouldContain("原统筹安排至");
        (await world.StepsAsync(winner.Id)).Last().Action.ShouldBe(ApplicationAction.SeatOffered);
        after.Count(a => a.OfferedSchoolId == world.SchoolA && a.Status == ApplicationStatus.Offered).ShouldBe(6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Appeals_AreDecidedWithReasons_AndAnUpheldOneMayTakeAFreeSeat(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PublishedAsync(harness);
        var applications = await world.ApplicationsAsync();
        var unplaced = applications.Where(a => a.Status == ApplicationStatus.Unplaced).Take(2).ToList();
        var declining = applications.First(a => a.OfferedSchoolId == world.SchoolB);
        var upheld = new Appeal { ApplicationId = unplaced[0].Id, Reason = "家中有两孩在该片区就读，请求就近安排", CreatedAt = harness.Clock.GetUtcNow().UtcDateTime };
        var dismissed = new Appeal { ApplicationId = unplaced[1].Id, Reason = "希望去民办学校", CreatedAt = harness.Clock.GetUtcNow().UtcDateTime };
        await using (var db = await world.Contexts.CreateDbContextAsync())
        {
            db.Appeals.AddRange(upheld, dismissed);
            await db.SaveChangesAsync();
        }

        await world.Harness.AsAsync<DeclineOffer.Handler>(world.Officer, h => h.HandleAsync(new(declining.Id, "家长书面声明放弃")));
        var pending = await world.Harness.AsAsync<ListAppeals.Handler, ListAppeals.View>(world.Officer, h => h.HandleAsync(world.RoundId));
        var noSeat = await Should.ThrowAsync<ConflictException>(() =>
            world.Harness.AsAsync<DecideAppeal.Handler>(world.Officer, h => h.HandleAsync(new(upheld.Id, true, "情况属实", world.SchoolA))));
        await world.Harness.AsAsync<DecideAppeal.Handler>(world.Officer, h => h.HandleAsync(new(upheld.Id, true, "情况属实，安排至育才小学", world.SchoolB)));
        await world.Harness.AsAsync<DecideAppeal.Handler>(world.Officer, h => h.HandleAsync(new(dismissed.Id, false, "民办学校已按随机号录取满额，维持原结果")));
        var twice = await Should.ThrowAsync<ConflictException>(() => world.Harness.AsAsync<DecideAppeal.Handler>(world.Officer, h => h.HandleAsync(new(dismissed.Id, true, "再议"))));
        var after = await world.ApplicationsAsync();
        var decided = await world.Harness.AsAsync<ListAppeals.Handler, ListAppeals.View>(world.Officer, h => h.HandleAsync(world.RoundId, pendingOnly: false));

        pending.Appeals.Count.ShouldBe(2);
        pending.SchoolsWithSeats.Select(s => s.SchoolId).ShouldBe([world.SchoolB]);
        noSeat.Message.ShouldContain("没有空余学位");
        twice.Message.ShouldContain("已经处理过");
        var seated = after.Single(a => a.Id == unplaced[0].Id);
        seated.Status.ShouldBe(ApplicationStatus.Offered);
        seated.OfferRoute.ShouldBe(OfferRoute.Appeal);
        seated.OfferedSchoolId.ShouldBe(world.SchoolB);
        after.Single(a => a.Id == unplaced[1].Id).Status.ShouldBe(ApplicationStatus.Unplaced);
        (await world.StepsAsync(unplaced[0].Id)).TakeLast(2).Select(s => s.Action).ShouldBe([ApplicationAction.AppealDecided, ApplicationAction.SeatOffered]);
        (await world.StepsAsync(unplaced[1].Id)).Last().Text.ShouldContain("申诉不成立");
        decided.Appeals.Select(a => a.Status).ShouldBe([AppealStatus.Upheld, AppealStatus.Dismissed], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enrolment_CreatesThePupilsRegistryRecord_OneAtATimeAndForAWholeSchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PublishedAsync(harness);
        var applications = await world.ApplicationsAsync();
        var one = applications.First(a => a.OfferedSchoolId == world.SchoolA && a.Status == ApplicationStatus.Offered);

        await world.Harness.AsAsync<EnrolPupils.Handler, Guid>(world.Officer, h => h.OneAsync(one.Id));
        var again = await Should.ThrowAsync<ConflictException>(() => world.Harness.AsAsync<EnrolPupils.Handler, Guid>(world.Officer, h => h.OneAsync(one.Id)));
        var whole = await world.Harness.AsAsync<EnrolPupils.Handler, EnrolPupils.Result>(world.Officer, h => h.SchoolAsync(world.RoundId, world.SchoolD));
        var pupil = await world.Harness.AsAsync<IPupilEnrolment, PupilHolder?>(world.Officer, h => h.FindAsync(one.IdNumberLookup));
        var after = await world.ApplicationsAsync();

        pupil.ShouldNotBeNull();
        pupil.Grade.ShouldBe(1);
        pupil.School.ShouldBe("浦东新区明德小学");
        pupil.Status.ShouldBe(StudentStatus.Enrolled);
        again.Message.ShouldContain("已报到");
        whole.Failures.ShouldBeEmpty();
        whole.Enrolled.ShouldBe(applications.Count(a => a.OfferedSchoolId == world.SchoolD && a.Status == ApplicationStatus.Offered));
        after.Where(a => a.OfferedSchoolId == world.SchoolD).ShouldAllBe(a => a.Status == ApplicationStatus.Enrolled);
        (await world.StepsAsync(one.Id)).Last().Action.ShouldBe(ApplicationAction.Enrolled);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Letters_AreWordDocuments_OnePerChild_AndOnePagePerChildForASchool(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await PublishedAsync(harness);
        var applications = await world.ApplicationsAsync();
        var offered = applications.Where(a => a.OfferedSchoolId == world.SchoolA).ToList();

        var single = await world.Harness.AsAsync<AdmissionLetters.Handler, AdmissionLetters.Letter>(world.Officer, h => h.ForApplicationAsync(offered[0].Id));
        var book = await world.Harness.AsAsync<AdmissionLetters.Handler, AdmissionLetters.Letter>(world.Officer, h => h.ForSchoolAsync(world.RoundId, world.SchoolA));
        var unplaced = await Should.ThrowAsync<ConflictException>(() =>
            world.Harness.AsAsync<AdmissionLetters.Handler, AdmissionLetters.Letter>(world.Officer, h => h.ForApplicationAsync(applications.First(a => a.Status == ApplicationStatus.Unplaced).Id)));
        var results = await world.Harness.AsAsync<ListResults.Handler, ListResults.View>(world.Registry.AdminA, h => h.HandleAsync(world.RoundId, world.SchoolA));
        var publicResults = await world.Harness.AsAsync<GetPublicResults.Handler, GetPublicResults.View>(EduGov.Platform.Security.CurrentUser.Anonymous, h => h.HandleAsync(world.RoundId, world.SchoolA, offered[0].Number));

        Text(single.Content).ShouldContain($"{offered[0].ChildName}同学（报名号{offered[0].Number}）被浦东新区明德小学一年级录取");
        var bookText = Text(book.Content);
        offered.ShouldAllBe(a => bookText.Contains(a.Number));
        PageBreaks(book.Content).ShouldBe(offered.Count - 1);
        unplaced.Message.ShouldContain("没有有效的录取");
        results.Schools.Single().Offered.ShouldBe(6);
        results.Offers.ShouldAllBe(o => o.NameMasked.EndsWith('*'));
        publicResults.Offers.Count.ShouldBe(6);
        publicResults.Search!.School.ShouldBe("浦东新区明德小学");
        publicResults.Offers.ShouldAllBe(o => !o.NameMasked.Contains('小'));
    }

    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    private static int PageBreaks(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageBreakBefore>().Count();
    }
}
