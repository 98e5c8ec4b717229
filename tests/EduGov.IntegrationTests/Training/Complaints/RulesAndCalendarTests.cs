using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>Rule versions take effect on their date and not before; holidays in the calendar move working-day deadlines.</summary>
public sealed class RulesAndCalendarTests
{
    private static Task<RuleBook> BookAsync(ComplaintsWorld world, DateOnly day) =>
        world.Harness.Services.GetRequiredService<TrainingRules>().ForDayAsync(day);

    private static AddRuleVersion.Command Version(ComplaintsWorld world, string key, decimal value, int daysAhead = 1) =>
        new(key, value, world.Today.AddDays(daysAhead), "本区投诉处理办法（2026年）", RuleLevel.District, "");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewVersionEffectiveTomorrow_LeavesTodayAlone_AndAppliesFromTomorrow(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        var today = world.Today;

        await harness.AsAsync<AddRuleVersion.Handler, Guid>(world.Officer, h => h.HandleAsync(Version(world, RuleCatalog.ComplaintAnswerDays, 5)));
        var listed = await harness.AsAsync<ListRules.Handler, IReadOnlyList<ListRules.Group>>(world.Officer, h => h.HandleAsync());
        var filedToday = await ComplaintHandlingTests.SubmitAsync(world, ComplaintHandlingTests.Form(world.Art.Id));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var filedTomorrow = await ComplaintHandlingTests.SubmitAsync(world, ComplaintHandlingTests.Form(world.Art.Id));

        (await BookAsync(world, today)).Whole(RuleCatalog.ComplaintAnswerDays).ShouldBe(10);
        (await BookAsync(world, today.AddDays(1))).Whole(RuleCatalog.ComplaintAnswerDays).ShouldBe(5);
        (await BookAsync(world, today.AddDays(1))).Source(RuleCatalog.ComplaintAnswerDays).ShouldBe("本区投诉处理办法（2026年）");
        var rule = listed.SelectMany(g => g.Rules).Single(r => r.Key == RuleCatalog.ComplaintAnswerDays);
        (rule.Value, rule.FromCatalogue, rule.Upcoming?.Value).ShouldBe((10m, true, 5m));
        filedToday.AnswerDue.ShouldBe(new DateOnly(2026, 12, 7));
        filedTomorrow.AnswerDue.ShouldBe(new DateOnly(2026, 12, 1)); // Tuesday 24 November + 5 working days
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RuleVersions_AreValidated_PercentagesAndWholeUnitsAndDates(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        Task<Guid> AddAsync(AddRuleVersion.Command command) => harness.AsAsync<AddRuleVersion.Handler, Guid>(world.Officer, h => h.HandleAsync(command));

        var percent = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(Version(world, RuleCatalog.SampleRatioA, 150)));
        var negative = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(Version(world, RuleCatalog.ChargeMaxYuan, -1)));
        var fraction = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(Version(world, RuleCatalog.ChargeMaxLessons, 60.5m)));
        var past = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(Version(world, RuleCatalog.ChargeMaxLessons, 40, daysAhead: -1)));
        var noSource = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(Version(world, RuleCatalog.ChargeMaxLessons, 40) with { Source = " " }));
        var inspector = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<AddRuleVersion.Handler, Guid>(
            harness.User(EduGov.Platform.Security.Role.Inspector, EduGov.Platform.Security.OrgScope.Bureau("测试区"), "督学"), h => h.HandleAsync(Version(world, RuleCatalog.ChargeMaxLessons, 40))));
        var zeroPercent = await AddAsync(Version(world, RuleCatalog.SampleRatioA, 0));

        percent.Errors["Value"][0].ShouldContain("0 到 100");
        negative.Errors["Value"][0].ShouldContain("必须大于 0");
        fraction.Errors["Value"][0].ShouldContain("应为整数");
        past.Errors.Keys.ShouldBe(["EffectiveFrom"]);
        noSource.Errors.Keys.ShouldBe(["Source"]);
        inspector.ShouldNotBeNull();
        zeroPercent.ShouldNotBe(Guid.Empty);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AHolidayInTheCalendar_ShiftsTheComplaintDeadline_AndOnlyFutureDaysMayBeRemoved(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ComplaintsWorld.BuildAsync(harness);
        Task<Guid> AddAsync(DateOnly day, bool working, string name) =>
            harness.AsAsync<HolidayCalendar.Handler, Guid>(world.Officer, h => h.AddAsync(new(day, working, name)));

        await AddAsync(new DateOnly(2026, 11, 23), false, "测试假日（今天）");
        var holiday = await AddAsync(new DateOnly(2026, 11, 25), false, "测试假日");
        var weekdayAsWorking = await Should.ThrowAsync<InvalidInputException>(() => AddAsync(new DateOnly(2026, 11, 26), true, "调休"));
        var twice = await Should.ThrowAsync<ConflictException>(() => AddAsync(new DateOnly(2026, 11, 25), false, "重复"));
        var withHoliday = await ComplaintHandlingTests.SubmitAsync(world, ComplaintHandlingTests.Form(world.Art.Id));
        await AddAsync(new DateOnly(2026, 12, 5), true, "调休上班");
        var withWorkingSaturday = await ComplaintHandlingTests.SubmitAsync(world, ComplaintHandlingTests.Form(world.Art.Id));
        var days = await harness.AsAsync<HolidayCalendar.Handler, IReadOnlyList<HolidayCalendar.Day>>(world.Officer, h => h.ListAsync(2026));
        var removeToday = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<HolidayCalendar.Handler>(world.Officer, h => h.RemoveAsync(days[0].Id)));
        await harness.AsAsync<HolidayCalendar.Handler>(world.Officer, h => h.RemoveAsync(holiday));
        var afterRemoval = await ComplaintHandlingTests.SubmitAsync(world, ComplaintHandlingTests.Form(world.Art.Id));

        weekdayAsWorking.Errors.Keys.ShouldBe(["Date"]);
        twice.ShouldNotBeNull();
        withHoliday.AnswerDue.ShouldBe(new DateOnly(2026, 12, 8));
        withWorkingSaturday.AnswerDue.ShouldBe(new DateOnly(2026, 12, 7));
        days.Select(d => (d.Date.Day, d.CanRemove)).ShouldBe([(23, false), (25, true), (5, true)]);
        removeToday.ShouldNotBeNull();
        afterRemoval.AnswerDue.ShouldBe(new DateOnly(2026, 12, 5));
    }
}
