using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using EduGov.Inspection.Bulletins;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static EduGov.Inspection.Bulletins.ComposeBulletin;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>
/// Bulletins over a hand-built history (today is 2026-11-23): school A and B in 东片学区, junior school C in 西片学区; plans,
/// visits and issue-list items at known dates, so every figure of 2026 Q3, September and the running November is known.
/// </summary>
public sealed class BulletinsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ComposeBulletin_CountsEveryFigure_OfAQuarterAMonthAndTheRunningMonth_AtEachScope(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BulletinWorld.BuildAsync(harness);

        var quarter = await world.ComposeAsync(world.Registry.Officer, new Query(BulletinPeriod.Quarter, 2026, 3));
        var september = await world.ComposeAsync(world.Leader, new Query(BulletinPeriod.Month, 2026, 9));
        var eastSeptember = await world.ComposeAsync(world.ZoneOfficer, new Query(BulletinPeriod.Month, 2026, 9, BulletinScope.Zone, world.Registry.ZoneEast));
        var schoolC = await world.ComposeAsync(world.Inspector, new Query(BulletinPeriod.Quarter, 2026, 3, BulletinScope.School, world.Registry.JuniorC));
        var november = await world.ComposeAsync(world.Registry.Officer, new Query(BulletinPeriod.Month, 2026, 11));

        quarter.Title.ShouldBe("关于2026年第三季度责任督学挂牌督导工作情况的通报");
        (quarter.ScopeName, quarter.From, quarter.To, quarter.IsFinal).ShouldBe(("全区", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), true));
        quarter.Figures.ShouldBe(new Figures(Planned: 8, PlannedDone: 6, Visits: 7, UnplannedVisits: 1, EmergencyVisits: 1, Findings: 6, Opened: 7,
            ClosedOut: 4, ClosedLate: 2, OpenAtEnd: 5, OverdueAtEnd: 3, AverageDaysToClose: 20.5, MedianDaysToClose: 17.5));
        quarter.Figures.CompletionRate.ShouldBe(0.75);
        quarter.ByKind.ShouldBe([new(InspectionKind.Routine, 5), new(InspectionKind.Thematic, 1), new(InspectionKind.Comprehensive, 1)]);
        quarter.ByItem.Where(i => i.Total > 0).ShouldBe(
        [
            new(SupervisionItem.CurriculumAndTeaching, 1, 0, 0),
            new(SupervisionItem.CampusSafety, 1, 1, 2),
            new(SupervisionItem.CanteenWaterDormitory, 1, 0, 0),
        ]);
        quarter.ByItem.Count.ShouldBe(8);
        quarter.Schools.Select(r => (r.Name, r.Zone, r.Planned, r.PlannedDone, r.Visits, r.Findings, r.Open, r.Overdue, r.Closed)).ShouldBe(
        [
            ("浦东新区明德小学", "东片学区", 3, 3, 3, 2, 1, 1, 3),
            ("浦东新区育才小学", "东片学区", 2, 1, 2, 2, 1, 1, 1),
            ("浦东新区建平初级中学", "西片学区", 3, 2, 2, 2, 3, 1, 0),
        ]);
        quarter.Zones.Select(r => (r.Name, r.Schools, r.Planned, r.PlannedDone, r.Visits, r.Findings, r.Open, r.Overdue, r.Closed)).ShouldBe(
            [("东片学区", 2, 5, 4, 5, 4, 2, 2, 4), ("西片学区", 1, 3, 2, 2, 2, 3, 1, 0)], ignoreOrder: true);
        quarter.Overdue.Select(o => (o.Number, o.School, o.Item, o.Severity, o.DaysOverdue)).ShouldBe(
        [
            ("2026-0009", "浦东新区明德小学", SupervisionItem.TeacherEthicsAndDevelopment, IssueSeverity.Serious, 107),
            ("2026-0003", "浦东新区育才小学", SupervisionItem.CampusSafety, IssueSeverity.Critical, 79),
            ("2026-0004", "浦东新区建平初级中学", SupervisionItem.CurriculumAndTeaching, IssueSeverity.Minor, 6),
        ]);

        september.PeriodName.ShouldBe("2026年9月");
        september.Figures.ShouldBe(new Figures(2, 1, 2, 1, 1, 2, 3, 1, 1, 5, 3, 7, 7));
        september.ByKind.ShouldBe([new(InspectionKind.Routine, 1), new(InspectionKind.Thematic, 1), new(InspectionKind.Comprehensive, 0)]);

        eastSeptember.Title.ShouldBe("关于2026年9月东片学区责任督学挂牌督导工作情况的通报");
        eastSeptember.Figures.ShouldBe(new Figures(1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 2, 7, 7));
        eastSeptember.Schools.Select(r => r.Name).ShouldBe(["浦东新区明德小学", "浦东新区育才小学"]);
        eastSeptember.Overdue.Select(o => o.Number).ShouldBe(["2026-0009", "2026-0003"]);

        schoolC.ScopeName.ShouldBe("浦东新区建平初级中学");
        schoolC.Figures.ShouldBe(new Figures(3, 2, 2, 0, 0, 2, 3, 0, 0, 3, 1, null, null));
        schoolC.Figures.CompletionRate.ShouldNotBeNull().ShouldBe(2.0 / 3, 1e-9);
        schoolC.ByKind.ShouldBe([new(InspectionKind.Routine, 1), new(InspectionKind.Thematic, 0), new(InspectionKind.Comprehensive, 1)]);
        schoolC.Overdue.ShouldHaveSingleItem().Number.ShouldBe("2026-0004");

        (november.To, november.IsFinal).ShouldBe((new DateOnly(2026, 11, 23), false));
        november.Figures.ShouldBe(new Figures(2, 1, 1, 0, 0, 2, 2, 0, 0, 6, 5, null, null));
        november.Overdue.Select(o => (o.Number, o.DaysOverdue)).ShouldBe([("2026-0009", 161), ("2026-0004", 60), ("2026-0008", 26), ("2026-0006", 24), ("2026-0010", 3)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ComposeBulletin_OffersAndAllowsOnlyTheUsersScope(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BulletinWorld.BuildAsync(harness);
        var registry = world.Registry;
        var quarter = new Query(BulletinPeriod.Quarter, 2026, 3);

        var adminChoices = await world.ChoicesAsync(registry.AdminA);
        var inspectorChoices = await world.ChoicesAsync(world.Inspector);
        var zoneChoices = await world.ChoicesAsync(world.ZoneOfficer);
        var bureauChoices = await world.ChoicesAsync(world.Leader);

        (adminChoices.Bureau, adminChoices.Zones.Count).ShouldBe((false, 0));
        adminChoices.Schools.Select(s => s.Id).ShouldBe([registry.SchoolA]);
        inspectorChoices.Schools.Select(s => s.Id).ShouldBe([registry.SchoolA, registry.JuniorC]);
        (inspectorChoices.Bureau, inspectorChoices.Zones.Count).ShouldBe((false, 0));
        zoneChoices.Zones.Select(z => z.Id).ShouldBe([registry.ZoneEast]);
        zoneChoices.Schools.Select(s => s.Id).ShouldBe([registry.SchoolA, registry.SchoolB]);
        (bureauChoices.Bureau, bureauChoices.Zones.Count, bureauChoices.Schools.Count).ShouldBe((true, 2, 3));

        (await world.ComposeAsync(registry.AdminA, quarter with { Scope = BulletinScope.School, UnitId = registry.SchoolA })).Schools.ShouldHaveSingleItem();
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(registry.AdminA, quarter with { Scope = BulletinScope.School, UnitId = registry.SchoolB }));
        (await world.ComposeAsync(registry.AdminA, quarter)).Query.ShouldBe(quarter with { Scope = BulletinScope.School, UnitId = registry.SchoolA });
        (await world.ComposeAsync(world.ZoneOfficer, quarter)).Query.ShouldBe(quarter with { Scope = BulletinScope.Zone, UnitId = registry.ZoneEast });
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(registry.AdminA, quarter with { Scope = BulletinScope.Zone, UnitId = registry.ZoneEast }));
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(world.Inspector, quarter with { Scope = BulletinScope.School, UnitId = registry.SchoolB }));
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(world.Inspector, quarter));
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(world.ZoneOfficer, quarter with { Scope = BulletinScope.Zone, UnitId = registry.ZoneWest }));
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(world.ZoneOfficer, quarter with { Scope = BulletinScope.School, UnitId = registry.JuniorC }));
        await Should.ThrowAsync<ForbiddenException>(() => world.ComposeAsync(harness.User(Role.Teacher, new OrgScope(ScopeKind.School, registry.SchoolA, "明德小学")), quarter));
        await Should.ThrowAsync<NotFoundException>(() => world.ComposeAsync(world.Leader, quarter with { Scope = BulletinScope.Zone, UnitId = Guid.CreateVersion7() }));
        await Should.ThrowAsync<InvalidInputException>(() => world.ComposeAsync(world.Leader, new Query(BulletinPeriod.Month, 2026, 12)));
        await Should.ThrowAsync<InvalidInputException>(() => world.ComposeAsync(world.Leader, new Query(BulletinPeriod.Quarter, 2026, 5)));
        await Should.ThrowAsync<InvalidInputException>(() => world.ComposeAsync(world.Leader, quarter with { Scope = BulletinScope.School }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportBulletin_WordAndExcel_CarryTheFigures_AndAreAudited(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await BulletinWorld.BuildAsync(harness);
        var quarter = new Query(BulletinPeriod.Quarter, 2026, 3);

        var word = await harness.AsAsync<ExportBulletin.Handler, ExportBulletin.File>(world.Registry.Officer, h => h.WordAsync(quarter));
        var excel = await harness.AsAsync<ExportBulletin.Handler, ExportBulletin.File>(world.Registry.Officer, h => h.ExcelAsync(quarter));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ExportBulletin.Handler, ExportBulletin.File>(world.Registry.AdminB, h => h.WordAsync(quarter with { Scope = BulletinScope.School, UnitId = world.Registry.SchoolA })));

        word.FileName.ShouldBe("督导通报_2026年第三季度_全区.docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(word.Content), false))
        {
            new OpenXmlValidator().Validate(document).ShouldBeEmpty();
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
            paragraphs.ShouldContain("测试区教育局教育督导室");
            paragraphs.ShouldContain("督季通〔2026〕3号");
            paragraphs.ShouldContain("关于2026年第三季度责任督学挂牌督导工作情况的通报");
            paragraphs.ShouldContain("一、基本情况");
            paragraphs.ShouldContain(p => p.Contains("计划到校督导8校次，已完成6校次，计划完成率75.0%", StringComparison.Ordinal));
            paragraphs.ShouldContain(p => p.Contains("本期督导共发现问题6个，其中严重问题2个、较重问题1个、一般问题3个", StringComparison.Ordinal));
            paragraphs.ShouldContain(p => p.Contains("平均用时20.5天，中位数17.5天", StringComparison.Ordinal));
            paragraphs.ShouldContain(p => p.StartsWith("未完成本期督导计划的学区2个：西片学区（完成率66.7%）、东片学区（完成率80.0%）。", StringComparison.Ordinal));
            paragraphs.ShouldContain(p => p.StartsWith("有逾期未销号问题的学校3所：浦东新区明德小学（逾期1个）、浦东新区育才小学（逾期1个）、浦东新区建平初级中学（逾期1个）。", StringComparison.Ordinal));
            paragraphs.ShouldContain("2026年11月23日");
            var tables = document.MainDocumentPart.Document.Body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
            tables.ShouldContain(t => t.Any(r => r.SequenceEqual(new[] { "2026-0009", "浦东新区明德小学", "教师师德和专业发展", "较重", "2026-06-15", "107" })));
            tables.ShouldContain(t => t.Any(r => r.SequenceEqual(new[] { "东片学区", "2", "5", "4", "80.0%", "5", "4", "4", "2", "2" })));
        }

        excel.FileName.ShouldBe("督导通报_2026年第三季度_全区.xlsx");
        using var workbook = new MemoryStream(excel.Content);
        MiniExcel.GetSheetNames(workbook).ShouldBe(["概况", "按事项", "按学校", "按学区", "逾期问题"]);
        var overview = Sheet(workbook, "概况").ToDictionary(r => r["项目"].ToString()!, r => r["数值"]);
        Convert.ToInt32(overview["计划督导（校次）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(8);
        Convert.ToDouble(overview["计划完成率（%）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(75);
        Convert.ToInt32(overview["期末逾期未销号（个）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(3);
        Sheet(workbook, "按学校").Select(r => r["学校"]).ShouldBe(["浦东新区明德小学", "浦东新区育才小学", "浦东新区建平初级中学"]);
        var overdue = Sheet(workbook, "逾期问题");
        overdue.Select(r => r["问题编号"]).ShouldBe(["2026-0009", "2026-0003", "2026-0004"]);
        Convert.ToInt32(overdue[0]["逾期天数"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(107);

        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var exports = await db.AuditEvents.Where(e => e.Action == AuditActions.Export).OrderBy(e => e.Sequence).Select(e => new { e.Module, e.EntityType, e.Note }).ToListAsync();
        exports.Select(e => (e.Module, e.EntityType)).ShouldBe([("inspection", "Bulletin"), ("inspection", "Bulletin")]);
        exports[0].Note.ShouldNotBeNull().ShouldContain("导出督导通报（Word）：关于2026年第三季度");
        exports[1].Note.ShouldNotBeNull().ShouldContain("（Excel）");
    }

    private static List<IDictionary<string, object>> Sheet(MemoryStream workbook, string name)
    {
        workbook.Position = 0;
        return [.. workbook.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>()];
    }

    /// <summary>The registry's small district, a bureau name, an inspector assigned to A and C, and the inspection history.</summary>
    private sealed class BulletinWorld
    {
        private readonly PlatformHarness _harness;
        private readonly Guid _inspectorId = Guid.CreateVersion7();

        private BulletinWorld(PlatformHarness harness, RegistryWorld registry)
        {
            _harness = harness;
            Registry = registry;
            Leader = harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "赵局长");
            Inspector = harness.User(Role.Inspector, new OrgScope(ScopeKind.Zone, registry.ZoneWest, "西片学区"), "吴督学");
            ZoneOfficer = harness.User(Role.Officer, new OrgScope(ScopeKind.Zone, registry.ZoneEast, "东片学区"), "郑主任");
        }

        public RegistryWorld Registry { get; }
        public CurrentUser Leader { get; }
        public CurrentUser Inspector { get; }
        public CurrentUser ZoneOfficer { get; }

        public static async Task<BulletinWorld> BuildAsync(PlatformHarness harness)
        {
            var world = new BulletinWorld(harness, await RegistryWorld.BuildAsync(harness));
            using (CurrentUserAccessor.Use(harness.System))
            {
                await using (var registry = await harness.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
                {
                    registry.Bureaus.Add(new Bureau { Name = "测试区教育局", RegionCode = "310115" });
                    await registry.SaveChangesAsync();
                }

                await using var db = await harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
                world.AddHistory(db);
                await db.SaveChangesAsync();
            }

            return world;
        }

        public Task<Bulletin> ComposeAsync(CurrentUser user, Query query) =>
            _harness.AsAsync<Handler, Bulletin>(user, h => h.HandleAsync(query));

        public Task<Choices> ChoicesAsync(CurrentUser user) =>
            _harness.AsAsync<Handler, Choices>(user, h => h.ChoicesAsync());

        private void AddHistory(InspectionDbContext db)
        {
            var (a, b, c) = (Registry.SchoolA, Registry.SchoolB, Registry.JuniorC);
            db.Inspectors.Add(new Inspector { Id = _inspectorId, Name = "吴督学", Employment = InspectorEmployment.PartTime, CertificateNumber = "DX-2026-001", UserId = Inspector.Id });
            db.Assignments.AddRange(
                new Assignment { InspectorId = _inspectorId, SchoolId = a, From = new DateOnly(2026, 1, 1) },
                new Assignment { InspectorId = _inspectorId, SchoolId = c, From = new DateOnly(2026, 1, 1) },
                new Assignment { InspectorId = _inspectorId, SchoolId = b, From = new DateOnly(2026, 1, 1), Until = new DateOnly(2026, 6, 30) });

            // Plans: A done every month of Q3; B done in July, missed in August, cancelled in September; C missed in September.
            db.PlannedVisits.AddRange(
                Plan(a, 6, PlannedVisitStatus.Done), Plan(b, 10, PlannedVisitStatus.Planned),
                Plan(a, 11, PlannedVisitStatus.Planned), Plan(a, 12, PlannedVisitStatus.Planned),
                Plan(b, 8, PlannedVisitStatus.Planned), Plan(b, 9, PlannedVisitStatus.Cancelled), Plan(c, 9, PlannedVisitStatus.Planned));
            db.Visits.AddRange(
                Done(a, 7, new DateOnly(2026, 7, 10), InspectionKind.Routine),
                Done(a, 8, new DateOnly(2026, 8, 12), InspectionKind.Routine),
                Done(a, 9, new DateOnly(2026, 9, 15), InspectionKind.Thematic),
                Done(b, 7, new DateOnly(2026, 7, 8), InspectionKind.Routine),
                Done(c, 7, new DateOnly(2026, 7, 20), InspectionKind.Routine),
                Done(c, 8, new DateOnly(2026, 8, 25), InspectionKind.Comprehensive),
                Done(b, 11, new DateOnly(2026, 11, 2), InspectionKind.Routine),
                Visit(b, new DateOnly(2026, 9, 3), InspectionKind.Routine, emergency: true),
                Visit(c, new DateOnly(2026, 9, 28), InspectionKind.Routine, status: VisitStatus.Draft),
                Visit(a, new DateOnly(2026, 6, 30), InspectionKind.Routine),
                Visit(b, new DateOnly(2026, 10, 1), InspectionKind.Routine));
            db.Issues.AddRange(
                Item(1, a, IssueSource.Visit, SupervisionItem.CampusSafety, IssueSeverity.Serious, (7, 10), (7, 24), (7, 20)),
                Item(2, a, IssueSource.Visit, SupervisionItem.CanteenWaterDormitory, IssueSeverity.Minor, (7, 10), (8, 9), (8, 19)),
                Item(3, b, IssueSource.Visit, SupervisionItem.CampusSafety, IssueSeverity.Critical, (7, 8), (7, 13), (10, 5)),
                Item(4, c, IssueSource.Visit, SupervisionItem.CurriculumAndTeaching, IssueSeverity.Minor, (8, 25), (9, 24), null, IssueStatus.Rectifying),
                Item(5, b, IssueSource.Emergency, SupervisionItem.CampusSafety, IssueSeverity.Critical, (9, 3), (9, 8), (9, 10)),
                Item(6, c, IssueSource.BalancedDevelopment, SupervisionItem.SchoolAffairs, IssueSeverity.Serious, (9, 1), (10, 30), null),
                Item(7, a, IssueSource.Visit, SupervisionItem.SchoolEthos, IssueSeverity.Minor, (6, 20), (7, 20), (7, 15)),
                Item(8, c, IssueSource.Visit, SupervisionItem.CampusSafety, IssueSeverity.Minor, (9, 28), (10, 28), null, IssueStatus.AwaitingRecheck),
                Item(9, a, IssueSource.Visit, SupervisionItem.TeacherEthicsAndDevelopment, IssueSeverity.Serious, (6, 1), (6, 15), null, IssueStatus.Rectifying),
                Item(10, b, IssueSource.Visit, SupervisionItem.AdmissionAndFees, IssueSeverity.Minor, (11, 2), (11, 20), null),
                Item(11, b, IssueSource.Visit, SupervisionItem.SchoolEthos, IssueSeverity.Minor, (11, 5), (11, 25), null));

            PlannedVisit Plan(Guid school, int month, PlannedVisitStatus status) =>
                new() { InspectorId = _inspectorId, SchoolId = school, Month = new DateOnly(2026, month, 1), Status = status };

            Visit Visit(Guid school, DateOnly on, InspectionKind kind, bool emergency = false, VisitStatus status = VisitStatus.Submitted) =>
                new() { SchoolId = school, InspectorId = _inspectorId, VisitedOn = on, Kind = kind, IsEmergency = emergency, Status = status, Methods = VisitMethods.CampusPatrol };

            Visit Done(Guid school, int month, DateOnly on, InspectionKind kind)
            {
                var plan = Plan(school, month, PlannedVisitStatus.Done);
                var visit = Visit(school, on, kind);
                (plan.VisitId, visit.PlannedVisitId) = (visit.Id, plan.Id);
                db.PlannedVisits.Add(plan);
                return visit;
            }

            Issue Item(int number, Guid school, IssueSource source, SupervisionItem item, IssueSeverity severity, (int M, int D) opened, (int M, int D) deadline, (int M, int D)? closed, IssueStatus open = IssueStatus.Open) => new()
            {
                Number = $"2026-{number:0000}", SchoolId = school, InspectorId = _inspectorId, Source = source, Item = item, Severity = severity,
                Description = "测试问题", Rule = "测试依据",
                OpenedOn = new DateOnly(2026, opened.M, opened.D), Deadline = new DateOnly(2026, deadline.M, deadline.D),
                Status = closed is null ? open : IssueStatus.ClosedOut, ClosedOn = closed is { } on ? new DateOnly(2026, on.M, on.D) : null,
            };
        }
    }
}
