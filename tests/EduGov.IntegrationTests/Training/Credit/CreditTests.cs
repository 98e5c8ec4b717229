using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Demo;
using EduGov.Platform.Errors;
using EduGov.Platform.Querying;
using EduGov.Training.Credit;
using EduGov.Training.Demo;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Credit;

public sealed class CreditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFinding_DropsScoreAndGrade_TwoYellowsMakeRedAndBlack_AndAnUpheldObjectionRestores(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var rated = await world.InstitutionAsync(world.A);
        (await world.InstitutionAsync(world.Applying)).List.ShouldBe(ListStatus.None);
        rated.CreditScore.ShouldBe(1000);
        rated.List.ShouldBe(ListStatus.White);

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.FindAsync(world.A, "refund", 5);
        var first = await world.InstitutionAsync(world.A);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var charges = await world.FindAsync(world.A, "charges", 2);
        var second = await world.InstitutionAsync(world.A);

        first.CreditScore.ShouldBe(857);
        first.CreditGrade.ShouldBe(CreditGrade.B);
        first.Card.ShouldBe(CardLevel.Yellow);
        first.List.ShouldBe(ListStatus.White);
        second.CreditScore.ShouldBe(800);
        second.Card.ShouldBe(CardLevel.Red);
        second.List.ShouldBe(ListStatus.Black);
        (await world.InstitutionAsync(world.B)).CreditScore.ShouldBe(1000);

        var objection = await harness.AsAsync<SubmitObjection.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(new SubmitObjection.Command(charges, "收费时间有合同为证，并未提前收费")));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.AsAsync<DecideObjection.Handler>(world.Officer, h => h.HandleAsync(new DecideObjection.Command(objection, true, "核实合同，收费时点符合规定")));
        var restored = await world.InstitutionAsync(world.A);
        var profile = await world.ProfileAsync(world.A);

        restored.CreditScore.ShouldBe(857);
        restored.Card.ShouldBe(CardLevel.Yellow);
        restored.List.ShouldBe(ListStatus.White);
        profile.Records.Single(r => r.Id == charges).Status.ShouldBe(CreditRecordStatus.Withdrawn);
        profile.Cards.Select(c => c.To).ShouldBe([CardLevel.Yellow, CardLevel.Red, CardLevel.Yellow]);
        profile.Lists.Select(l => (l.List, l.LeftOn is null)).ShouldBe([(ListStatus.White, true), (ListStatus.Black, false), (ListStatus.White, false)]);
        profile.Items.Single(i => i.Code == "refund").Deducted.ShouldBe(50);
        profile.Objections.Single().Status.ShouldBe(RequestStatus.Approved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnObjection_IsDueInWorkingDays_OverdueIsFlagged_AndARejectionNeedsReasons(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var record = await world.FindAsync(world.A, "display", 1);
        var objection = await harness.AsAsync<SubmitObjection.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(new SubmitObjection.Command(record, "证照已在前台公示")));
        var twice = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SubmitObjection.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(new SubmitObjection.Command(record, "再提一次"))));
        ListObjections.Query overdue = new(RequestStatus.Pending, OverdueOnly: true);

        var due = (await harness.AsAsync<ListObjections.Handler, PageResult<ListObjections.Row>>(world.Officer, h => h.HandleAsync(new ListObjections.Query()))).Items.Single();
        harness.Clock.Advance(TimeSpan.FromDays(21));
        var onDueDay = await harness.AsAsync<ListObjections.Handler, PageResult<ListObjections.Row>>(world.Officer, h => h.HandleAsync(overdue));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var late = await harness.AsAsync<ListObjections.Handler, PageResult<ListObjections.Row>>(world.Officer, h => h.HandleAsync(overdue));
        var bare = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<DecideObjection.Handler>(world.Officer, h => h.HandleAsync(new DecideObjection.Command(objection, false, " "))));
        await harness.AsAsync<DecideObjection.Handler>(world.Officer, h => h.HandleAsync(new DecideObjection.Command(objection, false, "现场照片显示未公示资金监管账户")));
        var profile = await world.ProfileAsync(world.A);

        twice.Message.ShouldContain("待处理");
        due.SubmittedOn.ShouldBe(new DateOnly(2026, 11, 23));
        due.DueOn.ShouldBe(new DateOnly(2026, 12, 14));
        onDueDay.Items.ShouldBeEmpty();
        late.Items.Single().Overdue.ShouldBeTrue();
        bare.Message.ShouldContain("理由");
        profile.Objections.Single().Status.ShouldBe(RequestStatus.Refused);
        profile.Records.Single().Status.ShouldBe(CreditRecordStatus.Active);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Repair_IsRefusedBeforeTheMinimum_AllowedAfter_AndARepairedRecordNoLongerCounts(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var record = await world.FindAsync(world.A, "refund", 2);
        SubmitRepair.Command Request(bool fulfilled = true) => new(record, SubmitRepair.CommitmentTemplate, "已退还两名学员剩余费用，附银行回单", fulfilled);

        var early = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SubmitRepair.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(Request())));
        harness.Clock.Advance(TimeSpan.FromDays(92));
        var unfulfilled = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<SubmitRepair.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(Request(false))));
        var refusedRequest = await harness.AsAsync<SubmitRepair.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(Request()));
        await harness.AsAsync<DecideRepair.Handler>(world.Officer, h => h.HandleAsync(new DecideRepair.Command(refusedRequest, false, "回单金额与应退金额不符")));
        var stillCounting = await world.InstitutionAsync(world.A);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var request = await harness.AsAsync<SubmitRepair.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(Request()));
        await harness.AsAsync<DecideRepair.Handler>(world.Officer, h => h.HandleAsync(new DecideRepair.Command(request, true, "已全额退费，同意修复")));
        var repaired = await world.InstitutionAsync(world.A);
        var profile = await world.ProfileAsync(world.A);

        early.Message.ShouldContain("2027-02-23 起方可申请修复");
        unfulfilled.Message.ShouldContain("履行法定义务");
        stillCounting.CreditScore.ShouldBe(943);
        stillCounting.Card.ShouldBe(CardLevel.Yellow);
        repaired.CreditScore.ShouldBe(1000);
        repaired.Card.ShouldBe(CardLevel.None);
        repaired.List.ShouldBe(ListStatus.White);
        profile.Records.Single().Status.ShouldBe(CreditRecordStatus.Repaired);
        profile.Records.Single().Counts.ShouldBeFalse();
        profile.Items.Sum(i => i.Deducted).ShouldBe(0);
        profile.Repairs.Select(r => r.Status).ShouldBe([RequestStatus.Approved, RequestStatus.Refused]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SwitchingTheCatalogue_AndEditingPoints_RecomputeEveryone(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        await world.FindAsync(world.A, "display", 1);
        var tianjin = await world.InstitutionAsync(world.A);
        var catalogues = await harness.AsAsync<GetCatalogues.Handler, IReadOnlyList<GetCatalogues.CatalogueRow>>(world.Officer, h => h.HandleAsync());
        var beijing = catalogues.Single(c => c.Code == "beijing");

        await harness.AsAsync<SwitchCatalogue.Handler>(world.Officer, h => h.HandleAsync(beijing.Id));
        var switched = await world.InstitutionAsync(world.A);
        var display = (await harness.AsAsync<GetCatalogues.Handler, IReadOnlyList<GetCatalogues.CatalogueRow>>(world.Officer, h => h.HandleAsync()))[0].Items.Single(i => i.Code == "display");
        await harness.AsAsync<SaveCreditItem.Handler>(world.Officer, h => h.HandleAsync(new SaveCreditItem.Command(display.Id, 50, 50, "缺任何一项即扣50分")));
        var edited = await world.InstitutionAsync(world.A);
        var after = await harness.AsAsync<GetCatalogues.Handler, IReadOnlyList<GetCatalogues.CatalogueRow>>(world.Officer, h => h.HandleAsync());
        var tooMuch = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<SaveCreditItem.Handler>(world.Officer, h => h.HandleAsync(new SaveCreditItem.Command(display.Id, 10, 20, "x"))));

        catalogues.Select(c => (c.Code, c.Active, c.Total)).ShouldBe([("tianjin", true, 350), ("beijing", false, 1000)]);
        tianjin.CreditScore.ShouldBe(943);
        switched.CreditScore.ShouldBe(980);
        edited.CreditScore.ShouldBe(950);
        (await world.InstitutionAsync(world.B)).CreditScore.ShouldBe(1000);
        after[0].Code.ShouldBe("beijing");
        after[0].Version.ShouldBe(2);
        tooMuch.Message.ShouldContain("不能超过该项满分");
        await using var db = await CreditWorld.ContextAsync(harness);
        (await db.CreditRecords.SingleAsync()).PointsDeducted.ShouldBe(20);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnInstitution_SeesAndActsOnlyOnItsOwnCredit(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var other = await world.FindAsync(world.B, "advertising", 1);
        await world.FindAsync(world.A, "contract", 1);

        var own = await harness.AsAsync<GetCreditProfile.Handler, GetCreditProfile.Details>(world.InstitutionA, h => h.OwnAsync());
        var staffView = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetCreditProfile.Handler, GetCreditProfile.Details>(world.InstitutionA, h => h.HandleAsync(world.B)));
        var foreign = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<SubmitObjection.Handler, Guid>(world.InstitutionA, h => h.HandleAsync(new SubmitObjection.Command(other, "不是我们"))));
        var officerPortal = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetCreditProfile.Handler, GetCreditProfile.Details>(world.Officer, h => h.OwnAsync()));
        var recording = await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RecordFinding.Handler>(world.InstitutionA, h => h.HandleAsync(new RecordFinding.Command(world.B, Guid.Empty, 1, "x", world.Today))));

        own.Id.ShouldBe(world.A);
        own.Records.Single().ItemName.ShouldContain("示范文本");
        own.Records.Single().RepairAllowed.ShouldBeTrue();
        staffView.ShouldNotBeNull();
        foreign.ShouldNotBeNull();
        officerPortal.ShouldNotBeNull();
        recording.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficerRecordsAndBlacklists_WithChineseErrors(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CreditWorld.BuildAsync(harness);
        var item = await world.ItemAsync("staff");

        var invalid = await Should.ThrowAsync<InvalidInputException>(() => harness.AsAsync<RecordFinding.Handler>(world.Officer, h => h.HandleAsync(new RecordFinding.Command(world.A, item, 0, "", world.Today.AddDays(1)))));
        await harness.AsAsync<RecordFinding.Handler>(world.Officer, h => h.HandleAsync(new RecordFinding.Command(world.A, item, 1, "聘用在职教师一名", world.Today)));
        await harness.AsAsync<RecordFinding.Handler>(world.Officer, h => h.HandleAsync(new RecordFinding.Command(world.B, item, 1, "聘用有性侵害违法犯罪记录人员", world.Today, BreachSeverity.Serious)));
        var entry = await harness.AsAsync<BlacklistOperator.Handler, Guid>(world.Officer, h => h.HandleAsync(new BlacklistOperator.Command("某某补习班", "张杨路1号801室", "居民楼内无证办学")));
        var duplicate = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<BlacklistOperator.Handler, Guid>(world.Officer, h => h.HandleAsync(new BlacklistOperator.Command("某某补习班", "别处", "再次"))));
        var black = await harness.AsAsync<ListCreditLists.Handler, PageResult<ListCreditLists.Row>>(world.Officer, h => h.HandleAsync(new ListCreditLists.Query(ListStatus.Black)));
        await harness.AsAsync<BlacklistOperator.Handler>(world.Officer, h => h.RemoveAsync(entry, "已取得办学许可"));
        var afterRemoval = await harness.AsAsync<ListCreditLists.Handler, PageResult<ListCreditLists.Row>>(world.Officer, h => h.HandleAsync(new ListCreditLists.Query(ListStatus.Black)));
        var white = await harness.AsAsync<ListCreditLists.Handler, PageResult<ListCreditLists.Row>>(world.Officer, h => h.HandleAsync(new ListCreditLists.Query(ListStatus.White)));

        invalid.Errors.Keys.ShouldBe(["Instances", "Description"], ignoreOrder: true);
        (await world.InstitutionAsync(world.A)).CreditScore.ShouldBe(971);
        duplicate.Message.ShouldContain("已在黑名单上");
        black.Items.Select(r => (r.Name, r.Unlicensed)).ShouldBe([("某某补习班", true), ("乙体育培训中心", false)], ignoreOrder: true);
        afterRemoval.Items.Single().InstitutionId.ShouldBe(world.B);
        white.Items.Single().InstitutionId.ShouldBe(world.A);
        (await world.ProfileAsync(world.B)).Records.Single().Severity.ShouldBe(BreachSeverity.Serious);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoSeed_GivesMostLicensedInstitutionsTheWhiteList_AndARedAndABlackOne(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var today = new DateOnly(2026, 11, 23);
        var random = new SeededRandom(20260901);
        var demo = DemoInstitutions.Build(26, [], random, today, now);
        string line;
        await using (var db = await CreditWorld.ContextAsync(harness))
        {
            demo.AddTo(db);
            line = CreditDemo.Seed(db, demo, random, today, now);
            await db.SaveChangesAsync();
        }

        await using var read = await CreditWorld.ContextAsync(harness);
        var institutions = await read.Institutions.AsNoTracking().ToListAsync();
        var licensed = institutions.Where(i => i.Status == InstitutionStatus.Licensed).ToList();

        line.ShouldContain("白名单");
        licensed.Count(i => i.List == ListStatus.White).ShouldBeGreaterThan(licensed.Count * 3 / 4);
        licensed.Count(i => i.List == ListStatus.Black).ShouldBe(2);
        licensed.Count(i => i.Card == CardLevel.Red).ShouldBe(1);
        institutions.ShouldAllBe(i => i.CreditUpdatedAt != null);
        (await read.Objections.CountAsync(o => o.Status == RequestStatus.Pending)).ShouldBe(1);
        (await read.RepairRequests.CountAsync(r => r.Status == RequestStatus.Pending)).ShouldBe(1);
        (await read.ListEntries.CountAsync(e => e.InstitutionId == null && e.List == ListStatus.Black)).ShouldBe(1);
        (await read.CreditRecords.CountAsync(r => r.Status == CreditRecordStatus.Expired)).ShouldBe(1);
    }
}
