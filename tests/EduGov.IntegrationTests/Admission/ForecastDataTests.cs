using EduGov.Admission.Domain;
using EduGov.Admission.Forecast;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Platform.Importing;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>The forecast's data: the births and enrolment imports (all or nothing) and the idempotent snapshot of this school year.</summary>
public sealed class ForecastDataTests
{
    private static Dictionary<string, object> BirthRow(object year, string school, object births) => new()
    {
        [ImportBirths.CohortYear] = year, [ImportBirths.SchoolCode] = school, [ImportBirths.Births] = births,
    };

    private static Dictionary<string, object> EnrolmentRow(object year, string school, object grade, object pupils) => new()
    {
        [ImportGradeEnrolments.Year] = year, [ImportGradeEnrolments.SchoolCode] = school, [ImportGradeEnrolments.Grade] = grade, [ImportGradeEnrolments.Pupils] = pupils,
    };

    private static MemoryStream Births(params Dictionary<string, object>[] rows) => ForecastWorld.Workbook(ImportBirths.Definition.SheetName, rows);

    private static MemoryStream Enrolment(params Dictionary<string, object>[] rows) => ForecastWorld.Workbook(ImportGradeEnrolments.Definition.SheetName, rows);

    private static string ErrorsOf(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.RowNumber == row).Select(e => $"{e.Column}:{e.Message}"));

    private static string AllErrors(ImportResult result) => string.Join("；", result.Errors.Select(e => $"{e.RowNumber}{e.Column}:{e.Message}"));

    private static async Task<List<(int, Guid?, int)>> StoredBirthsAsync(ForecastWorld world)
    {
        await using var db = await world.DbAsync();
        return [.. (await db.Births.AsNoTracking().ToListAsync()).Select(b => (b.CohortYear, b.SchoolId, b.Births)).Order()];
    }

    private static async Task<List<GradeEnrolment>> StoredEnrolmentAsync(ForecastWorld world)
    {
        await using var db = await world.DbAsync();
        return [.. (await db.GradeEnrolments.AsNoTracking().ToListAsync()).OrderBy(e => e.Year).ThenBy(e => e.SchoolId).ThenBy(e => e.Grade)];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportBirths_GoodFile_ReplacesTheSameCohortAndSchool_InOneAuditedWrite(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);
        await world.AddAsync(new BirthCount { CohortYear = 2020, SchoolId = world.SchoolA, Births = 99 }, new BirthCount { CohortYear = 2019, Births = 240 });

        var result = await world.ImportAsync(ImportBirths.Key, world.Officer,
            Births(BirthRow(2020, "", 250), BirthRow(2020, "2131000001", 100), BirthRow("2021", "２１３１０００００１", "120"), BirthRow(2020, "3131000004", 40)), "出生人口.xlsx");

        result.Succeeded.ShouldBeTrue(AllErrors(result));
        (await StoredBirthsAsync(world)).ShouldBe(
            new List<(int, Guid?, int)> { (2019, null, 240), (2020, null, 250), (2020, world.SchoolA, 100), (2020, world.NineYearD, 40), (2021, world.SchoolA, 120) }.Order().ToList());
        (await world.AuditNotesAsync("BirthCountImport")).ShouldBe(["导入出生人口 4 条：出生人口.xlsx"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportBirths_FileWithBadRows_WritesNothing_AndNamesEveryProblem(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);

        var result = await world.ImportAsync(ImportBirths.Key, world.Officer, Births(
            BirthRow(2020, "", 250),
            BirthRow(1980, "", 250),
            BirthRow(2028, "2131000001", -5),
            BirthRow(2020, "2131999999", "很多"),
            BirthRow(2020, "3131000003", 80),
            BirthRow(2020, "", 260)), "出生人口.xlsx");
        var asZone = await world.ImportAsync(ImportBirths.Key, world.WestOfficer, Births(BirthRow(2020, "", 250), BirthRow(2020, "2131000001", 100), BirthRow(2020, "3131000004", 40)), "出生人口.xlsx");
        await Should.ThrowAsync<ForbiddenException>(() => world.ImportAsync(ImportBirths.Key, world.AdminA, Births(BirthRow(2020, "2131000001", 100)), "出生人口.xlsx"));

        result.Written.ShouldBeFalse();
        ErrorsOf(result, 2).ShouldBe("出生学年(如2020表示2019-09-01至2020-08-31出生):文件中第 2、7 行是同一出生学年同一学校（或全区）");
        ErrorsOf(result, 3).ShouldBe("出生学年(如2020表示2019-09-01至2020-08-31出生):出生学年应在 1990 到 2027 之间");
        ErrorsOf(result, 4).ShouldBe("出生学年(如2020表示2019-09-01至2020-08-31出生):出生学年应在 1990 到 2027 之间；出生人数:出生人数应在 0 到 1,000,000 之间");
        ErrorsOf(result, 5).ShouldBe("出生人数:“很多”不是整数；学校标识码(空=全区):学校标识码不存在");
        ErrorsOf(result, 6).ShouldBe("学校标识码(空=全区):初级中学没有小学学段，出生人口只用于推算小学一年级入学");
        asZone.Written.ShouldBeFalse();
        ErrorsOf(asZone, 2).ShouldBe("学校标识码(空=全区):只有教育局可以导入全区出生人口，请填写本校的学校标识码");
        ErrorsOf(asZone, 3).ShouldBe("学校标识码(空=全区):该学校不在您的管理范围内");
        ErrorsOf(asZone, 4).ShouldBeEmpty();
        (await StoredBirthsAsync(world)).ShouldBeEmpty();
        (await world.AuditNotesAsync("BirthCountImport")).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportGradeEnrolments_UpsertsEveryRow_OrWritesNothing(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);
        await world.AddAsync(new GradeEnrolment { Year = 2025, SchoolId = world.SchoolA, Grade = 1, Pupils = 80 });

        var bad = await world.ImportAsync(ImportGradeEnrolments.Key, world.Officer, Enrolment(
            EnrolmentRow(2025, "2131000001", 1, 100),
            EnrolmentRow(2025, "2131000001", 7, 100),
            EnrolmentRow(2027, "3131000003", 10, 6000),
            EnrolmentRow(2025, "2131000001", 1, 101),
            EnrolmentRow(2024, "3131000003", 1, 30)), "在校生.xlsx");
        var storedAfterBad = await StoredEnrolmentAsync(world);
        var good = await world.ImportAsync(ImportGradeEnrolments.Key, world.Officer, Enrolment(
            EnrolmentRow(2025, "2131000001", 1, 100),
            EnrolmentRow("2026", "3131000003", "7", "90"),
            EnrolmentRow(2025, "3131000004", 8, 40)), "在校生.xlsx");

        bad.Written.ShouldBeFalse();
        ErrorsOf(bad, 2).ShouldBe("学校标识码:文件中第 2、5 行是同一学年同一学校同一年级");
        ErrorsOf(bad, 3).ShouldBe("年级(1-9):小学没有初一");
        ErrorsOf(bad, 4).ShouldBe("学年:学年应在 2000 到 2026 之间；年级(1-9):年级应为 1 到 9 的整数；在校生数:在校生数应在 0 到 5,000 之间");
        ErrorsOf(bad, 6).ShouldBe("年级(1-9):初级中学没有一年级");
        storedAfterBad.ShouldHaveSingleItem().Pupils.ShouldBe(80);
        good.Succeeded.ShouldBeTrue(AllErrors(good));
        (await StoredEnrolmentAsync(world)).Select(e => (e.Year, e.SchoolId, e.Grade, e.Pupils)).Order().ShouldBe(
            new[] { (2025, world.SchoolA, 1, 100), (2025, world.NineYearD, 8, 40), (2026, world.JuniorC, 7, 90) }.Order());
        (await world.AuditNotesAsync("GradeEnrolmentImport")).ShouldBe(["导入历年在校生 3 条：在校生.xlsx"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordGradeEnrolments_StoresTodaysRegistryCounts_AndIsIdempotent(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);
        await world.AddPupilsAsync(world.SchoolA, 1, 2);
        await world.AddPupilsAsync(world.SchoolA, 3, 1);
        await world.AddPupilsAsync(world.JuniorC, 7, 1);
        await world.AddPupilsAsync(world.NineYearD, 8, 1);
        await world.AddAsync(
            new GradeEnrolment { Year = 2026, SchoolId = world.SchoolA, Grade = 5, Pupils = 30 },
            new GradeEnrolment { Year = 2026, SchoolId = world.SchoolB, Grade = 2, Pupils = 10 },
            new GradeEnrolment { Year = 2026, SchoolId = world.SchoolA, Grade = 1, Pupils = 7 },
            new GradeEnrolment { Year = 2025, SchoolId = world.SchoolA, Grade = 1, Pupils = 80 });
        var snapshot = () => harness.AsAsync<RecordGradeEnrolments.Handler, RecordGradeEnrolments.Result>(world.Officer, h => h.HandleAsync(new RecordGradeEnrolments.Command()));

        var first = await snapshot();
        var afterFirst = await StoredEnrolmentAsync(world);
        var second = await snapshot();
        var afterSecond = await StoredEnrolmentAsync(world);
        await world.AddPupilsAsync(world.SchoolA, 3, 1);
        await snapshot();

        first.ShouldBe(new RecordGradeEnrolments.Result(2026, 3, 4, 5));
        second.ShouldBe(first);
        afterFirst.Select(e => (e.Year, e.SchoolId, e.Grade, e.Pupils)).Order().ShouldBe(new[]
        {
            (2025, world.SchoolA, 1, 80), (2026, world.SchoolA, 1, 2), (2026, world.SchoolA, 3, 1), (2026, world.JuniorC, 7, 1), (2026, world.NineYearD, 8, 1),
        }.Order());
        afterSecond.Select(e => (e.Id, e.Pupils)).ShouldBe(afterFirst.Select(e => (e.Id, e.Pupils)));
        (await StoredEnrolmentAsync(world)).Single(e => e.Year == 2026 && e.SchoolId == world.SchoolA && e.Grade == 3).Pupils.ShouldBe(2);
        (await world.AuditNotesAsync("GradeEnrolmentSnapshot")).ShouldBe(["记录 2026 学年在校生 4 条（3 所学校）", "记录 2026 学年在校生 4 条（3 所学校）"]);
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RecordGradeEnrolments.Handler, RecordGradeEnrolments.Result>(world.Leader, h => h.HandleAsync(new RecordGradeEnrolments.Command())));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordGradeEnrolments_ByAZoneOfficer_TouchesOnlyTheZonesSchools(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await ForecastWorld.BuildAsync(harness);
        await world.AddPupilsAsync(world.SchoolA, 1, 1);
        await world.AddPupilsAsync(world.JuniorC, 7, 2);
        await world.AddAsync(new GradeEnrolment { Year = 2026, SchoolId = world.SchoolA, Grade = 4, Pupils = 30 });

        var result = await harness.AsAsync<RecordGradeEnrolments.Handler, RecordGradeEnrolments.Result>(world.WestOfficer, h => h.HandleAsync(new RecordGradeEnrolments.Command()));

        result.ShouldBe(new RecordGradeEnrolments.Result(2026, 1, 1, 2));
        (await StoredEnrolmentAsync(world)).Select(e => (e.SchoolId, e.Grade, e.Pupils)).Order().ShouldBe(new[] { (world.SchoolA, 4, 30), (world.JuniorC, 7, 2) }.Order());
    }
}
