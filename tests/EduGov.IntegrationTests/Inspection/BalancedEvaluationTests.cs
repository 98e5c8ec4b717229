using EduGov.Inspection.Balanced;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Registry;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>The balanced-development evaluation from the database, its export, and listing shortfalls on issue lists.</summary>
public sealed class BalancedEvaluationTests
{
    private static Task<EvaluateBalanced.Result> EvaluateAsync(PlatformHarness harness, CurrentUser user, EvaluateBalanced.Query query) =>
        harness.AsAsync<EvaluateBalanced.Handler, EvaluateBalanced.Result>(user, h => h.HandleAsync(query));

    private static EvaluateBalanced.SchoolRow Row(EvaluateBalanced.Result result, Guid school, SchoolStage stage) =>
        result.Schools.Single(r => r.SchoolId == school && r.Stage == stage);

    private static decimal Value(EvaluateBalanced.SchoolRow row, BalancedIndicator indicator) => row.Indicators.Single(i => i.Indicator == indicator).Value;

    private static double Coefficient(EvaluateBalanced.Result result, SchoolStage stage, BalancedIndicator indicator) =>
        result.Stages.Single(s => s.Stage == stage).Coefficients.Single(c => c.Indicator == indicator).Value;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evaluation_FromTheDatabase_MatchesTheHandComputedDistrict(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();

        var result = await EvaluateAsync(harness, world.Leader, new EvaluateBalanced.Query(BalancedWorld.Year));

        var a = Row(result, world.SchoolA, SchoolStage.Primary);
        a.IndicatorsMet.ShouldBe(7);
        a.MeetsStandard.ShouldBeTrue();
        Value(a, BalancedIndicator.QualifiedTeachersPer100).ShouldBe(20m);
        Value(a, BalancedIndicator.EquipmentValuePerPupil).ShouldBe(3000m);
        var b = Row(result, world.SchoolB, SchoolStage.Primary);
        (b.IndicatorsMet, b.MeetsStandard).ShouldBe((6, true));
        b.Shortfalls.ShouldHaveSingleItem().Indicator.ShouldBe(BalancedIndicator.TeachingSpacePerPupil);
        var c = Row(result, world.JuniorC, SchoolStage.Junior);
        (c.IndicatorsMet, c.MeetsStandard).ShouldBe((5, false));
        c.Shortfalls.Select(s => s.Indicator).ShouldBe([BalancedIndicator.TeachingSpacePerPupil, BalancedIndicator.SportsSpacePerPupil]);

        var dPrimary = Row(result, world.NineYearD, SchoolStage.Primary);
        var dJunior = Row(result, world.NineYearD, SchoolStage.Junior);
        (dPrimary.Pupils, dJunior.Pupils).ShouldBe((6, 4));
        Value(dPrimary, BalancedIndicator.TeachingSpacePerPupil).ShouldBe(6m);
        Value(dJunior, BalancedIndicator.TeachingSpacePerPupil).ShouldBe(6m);
        Value(dJunior, BalancedIndicator.SportsSpacePerPupil).ShouldBe(10m);
        Value(dJunior, BalancedIndicator.EquipmentValuePerPupil).ShouldBe(2500m);
        Value(dJunior, BalancedIndicator.MultimediaClassroomsPer100).ShouldBe(10m);
        (dPrimary.IndicatorsMet, dPrimary.MeetsStandard).ShouldBe((6, false));
        (dJunior.IndicatorsMet, dJunior.MeetsStandard).ShouldBe((6, true));

        var primary = result.Stages.Single(s => s.Stage == SchoolStage.Primary);
        var junior = result.Stages.Single(s => s.Stage == SchoolStage.Junior);
        (primary.SchoolsEvaluated, primary.SchoolsMeetingStandard, primary.SchoolsMissingFacilities).ShouldBe((3, 2, 0));
        (junior.SchoolsEvaluated, junior.SchoolsMeetingStandard, junior.SchoolsMissingFacilities).ShouldBe((2, 1, 1));

        // Key teachers per 100 pupils, primary: 10 (10 pupils), 5 (20), 0 (6): mean 50/9, variance 31500/2916, CV √31500 / 300.
        Coefficient(result, SchoolStage.Primary, BalancedIndicator.KeyTeachersPer100).ShouldBe(Math.Sqrt(31_500) / 300, 1e-12);

        // Teaching rooms per pupil, junior: 5.0 (10 pupils) and 6.0 (4): mean 37/7, variance 10/49, CV √10 / 37.
        Coefficient(result, SchoolStage.Junior, BalancedIndicator.TeachingSpacePerPupil).ShouldBe(Math.Sqrt(10) / 37, 1e-12);
        primary.FailingCoefficients.Select(f => f.Indicator).ShouldContain(BalancedIndicator.KeyTeachersPer100);
        primary.Reached.ShouldBe(false);
        junior.Reached.ShouldBeNull();
        result.Reached.ShouldBeNull();

        result.NotEvaluated.ShouldHaveSingleItem().ShouldBe(new EvaluateBalanced.NotEvaluatedRow(
            world.CompleteE, "3431000005", "浦东新区东昌中学", "西片学区", SchoolStage.Junior, 5, EvaluateBalanced.MissingFacilities));
        result.Schools.ShouldNotContain(r => r.SchoolId == world.SpecialF || r.SchoolId == world.CompleteE);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SchoolAdministrator_SeesOwnRows_AndTheDistrictFigures_AndFiltersNarrowTheRows(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();

        var district = await EvaluateAsync(harness, world.Leader, new EvaluateBalanced.Query(BalancedWorld.Year));
        var own = await EvaluateAsync(harness, world.AdminA, new EvaluateBalanced.Query(BalancedWorld.Year));
        var failing = await EvaluateAsync(harness, world.Leader, new EvaluateBalanced.Query(BalancedWorld.Year, OnlyFailing: true));
        var junior = await EvaluateAsync(harness, world.Leader, new EvaluateBalanced.Query(BalancedWorld.Year, SchoolStage.Junior));
        var searched = await EvaluateAsync(harness, world.Leader, new EvaluateBalanced.Query(BalancedWorld.Year, Search: "致远"));

        own.Schools.ShouldHaveSingleItem().SchoolId.ShouldBe(world.SchoolA);
        own.NotEvaluated.ShouldBeEmpty();
        own.Stages.Select(s => (s.Stage, s.SchoolsEvaluated, s.SchoolsMeetingStandard, s.SchoolsMissingFacilities))
            .ShouldBe(district.Stages.Select(s => (s.Stage, s.SchoolsEvaluated, s.SchoolsMeetingStandard, s.SchoolsMissingFacilities)));
        own.Stages.SelectMany(s => s.Coefficients).ShouldBe(district.Stages.SelectMany(s => s.Coefficients));
        failing.Schools.Select(r => (r.SchoolId, r.Stage)).ShouldBe([(world.NineYearD, SchoolStage.Primary), (world.JuniorC, SchoolStage.Junior)], ignoreOrder: true);
        junior.Schools.ShouldAllBe(r => r.Stage == SchoolStage.Junior);
        junior.Schools.Count.ShouldBe(2);
        searched.Schools.Select(r => r.Stage).ShouldBe([SchoolStage.Primary, SchoolStage.Junior]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OpeningIssues_ListsEachUnmetIndicatorOnce_AndAgainOnlyAfterCloseOut(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();
        var command = new OpenBalancedIssues.Command(BalancedWorld.Year, world.JuniorC, SchoolStage.Junior);

        var first = await harness.AsAsync<OpenBalancedIssues.Handler, OpenBalancedIssues.Result>(world.Officer, h => h.HandleAsync(command));
        var second = await harness.AsAsync<OpenBalancedIssues.Handler, OpenBalancedIssues.Result>(world.Officer, h => h.HandleAsync(command));
        var afterwards = await EvaluateAsync(harness, world.Officer, new EvaluateBalanced.Query(BalancedWorld.Year, SchoolStage.Junior));

        first.Opened.ShouldBe([BalancedIndicator.TeachingSpacePerPupil, BalancedIndicator.SportsSpacePerPupil]);
        first.AlreadyListed.ShouldBeEmpty();
        second.Opened.ShouldBeEmpty();
        second.AlreadyListed.ShouldBe([BalancedIndicator.TeachingSpacePerPupil, BalancedIndicator.SportsSpacePerPupil]);
        Row(afterwards, world.JuniorC, SchoolStage.Junior).Listed.Count.ShouldBe(2);
        await using (var db = await Inspection(harness))
        {
            var issues = await db.Issues.Where(i => i.SchoolId == world.JuniorC).OrderBy(i => i.Number).ToListAsync();
            issues.Count.ShouldBe(2);
            issues.ShouldAllBe(i => i.Source == IssueSource.BalancedDevelopment && i.Severity == IssueSeverity.Serious && i.Item == SupervisionItem.SchoolAffairs && i.Status == IssueStatus.Open);
            issues.Select(i => i.Reference).ShouldBe(["balanced:2026:junior:teaching_space_per_pupil", "balanced:2026:junior:sports_space_per_pupil"]);
            issues[0].Rule.ShouldBe("《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）：初中“生均教学及辅助用房面积”不低于5.8 平方米");
            issues[0].Description.ShouldBe("2026 年度优质均衡评估（初中）：“生均教学及辅助用房面积”为5.00 平方米，未达到标准 5.8 平方米（为标准的 86.2%）。");
            issues[0].Deadline.ShouldBe(issues[0].OpenedOn.AddDays(14));

            issues[0].Status = IssueStatus.ClosedOut;
            await db.SaveChangesAsync();
        }

        var reopened = await harness.AsAsync<OpenBalancedIssues.Handler, OpenBalancedIssues.Result>(world.Officer, h => h.HandleAsync(command));
        reopened.Opened.ShouldBe([BalancedIndicator.TeachingSpacePerPupil]);
        reopened.AlreadyListed.ShouldBe([BalancedIndicator.SportsSpacePerPupil]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OpeningIssues_NeedsManagePermission_AndAFailingSchoolStage(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();

        Task Open(CurrentUser user, Guid school, SchoolStage stage) =>
            harness.AsAsync<OpenBalancedIssues.Handler>(user, h => h.HandleAsync(new OpenBalancedIssues.Command(BalancedWorld.Year, school, stage)));

        await Should.ThrowAsync<ForbiddenException>(() => Open(world.AdminA, world.NineYearD, SchoolStage.Primary));
        await Should.ThrowAsync<ForbiddenException>(() => Open(world.Leader, world.NineYearD, SchoolStage.Primary));
        (await Should.ThrowAsync<ConflictException>(() => Open(world.Officer, world.SchoolA, SchoolStage.Primary))).Message.ShouldContain("已达到优质均衡学校标准");
        (await Should.ThrowAsync<NotFoundException>(() => Open(world.Officer, world.CompleteE, SchoolStage.Junior))).Message.ShouldContain("缺少办学条件数据");
        await Open(world.Officer, world.NineYearD, SchoolStage.Primary);
        await using var db = await Inspection(harness);
        var issue = await db.Issues.SingleAsync(i => i.SchoolId == world.NineYearD);
        (issue.Item, issue.Reference).ShouldBe((SupervisionItem.TeacherEthicsAndDevelopment, "balanced:2026:primary:key_teachers_per_100"));
        issue.Rule.ShouldContain("不低于每百名学生 1 人");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_WritesEverySchoolStage_WithTheSameFigures(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BalancedWorld.BuildAsync(harness);
        await world.RecordFacilitiesAsync();

        var file = await harness.AsAsync<ExportBalanced.Handler, ExcelFile>(world.Leader, h => h.HandleAsync(new EvaluateBalanced.Query(BalancedWorld.Year)));

        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(6);
        var c = rows.Single(r => (string)r["学校标识码"] == "3131000003");
        Convert.ToDecimal(c["生均教学用房（㎡）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(5m);
        c["生均教学用房（㎡）是否达标"].ShouldBe("未达标");
        c["是否达到学校标准"].ShouldBe("否");
        c["未达标指标"].ShouldBe("生均教学及辅助用房面积、生均体育运动场馆面积");
        rows.Single(r => (string)r["学校标识码"] == "3431000005")["说明"].ShouldBe(EvaluateBalanced.MissingFacilities);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoFacilities_OnTheSmallDistrict_GiveRealPassesFailuresAndAFailingCoefficient(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        await RegistryDemo.SeedAsync(harness.Services, "small", 20260901);
        await SeedFacilitiesAsync(harness, 2026);
        var leader = harness.User(Role.Leader, OrgScope.Bureau("演示区教育局"), "王局长");

        var result = await EvaluateAsync(harness, leader, new EvaluateBalanced.Query(2026));
        var before = await FacilitiesAsync(harness);
        await SeedFacilitiesAsync(harness, 2026);
        var again = await FacilitiesAsync(harness);

        result.NotEvaluated.ShouldNotContain(r => r.Reason == EvaluateBalanced.MissingFacilities);
        var passing = result.Schools.Count(r => r.MeetsStandard);
        var failing = result.Schools.Count(r => !r.MeetsStandard);
        passing.ShouldBeGreaterThan(failing, $"达标 {passing}，未达标 {failing}");
        failing.ShouldBeGreaterThan(0);
        var coefficients = result.Stages.SelectMany(s => s.Coefficients).ToList();
        var figures = string.Join("；", result.Stages.SelectMany(s => s.Coefficients.Select(c => $"{s.Stage.Code()} {c.Indicator.Code()} {c.Value:0.000}")));
        coefficients.ShouldContain(c => !c.WithinMaximum, figures);
        coefficients.ShouldContain(c => c.WithinMaximum, figures);
        (await EvaluateAsync(harness, leader, new EvaluateBalanced.Query(2025))).Schools.Count.ShouldBe(result.Schools.Count);
        again.ShouldBe(before);
    }

    private static async Task SeedFacilitiesAsync(PlatformHarness harness, int year)
    {
        await using var db = await Inspection(harness);
        await FacilitiesDemo.SeedAsync(db, harness.Services.GetRequiredService<IRegistryDirectory>(), 20260901, year, TestContext.Current.CancellationToken);
    }

    private static async Task<List<(int, Guid, decimal, decimal, decimal, int)>> FacilitiesAsync(PlatformHarness harness)
    {
        await using var db = await Inspection(harness);
        return [.. (await db.Facilities.OrderBy(f => f.Year).ThenBy(f => f.SchoolId).ToListAsync())
            .Select(f => (f.Year, f.SchoolId, f.TeachingSpaceSquareMetres, f.SportsSpaceSquareMetres, f.EquipmentValueYuan, f.MultimediaClassrooms))];
    }

    private static Task<InspectionDbContext> Inspection(PlatformHarness harness) =>
        harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
}
