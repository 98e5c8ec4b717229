using System.Text;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Errors;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Funds;

/// <summary>预收费资金监管 on both databases: the ledger taught down, charges refused, refunds, statements, alerts, scope.</summary>
public sealed class FundsLedgerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APrepayment_IsTaughtDown_Confirmed_AndReleasedUpToTheReleasableAmountOnly(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var messages = TextMessageCapture.Attach(harness);
        var sender = harness.Services.GetServices<IHostedService>().OfType<GuardianTextSender>().Single();
        await sender.StartAsync(CancellationToken.None);
        var world = await FundsWorld.BuildAsync(harness);
        var enrolment = await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 20, 300_000, reference: "SF-001"));

        await world.TeachAsync(enrolment, new DateOnly(2026, 11, 5), 2);
        await world.TeachAsync(enrolment, new DateOnly(2026, 11, 12), 2);
        await world.TeachAsync(enrolment, new DateOnly(2026, 11, 19), 2);
        var texts = await messages.WaitForAsync(3);
        await sender.StopAsync(CancellationToken.None);
        var token = FundsWorld.TokenIn(texts[0]);
        var page = await harness.AsAsync<AnswerLesson.Handler, AnswerLesson.View>(harness.System, h => h.GetAsync(token));
        await harness.AsAsync<AnswerLesson.Handler>(harness.System, h => h.AnswerAsync(new AnswerLesson.Command(token, true, "")));
        var again = await Should.ThrowAsync<ConflictException>(() => harness.AsAsync<AnswerLesson.Handler>(harness.System, h => h.AnswerAsync(new AnswerLesson.Command(token, false, "没上课"))));
        var beyond = await Should.ThrowAsync<ConflictException>(() => Release(world, 30_001));
        await Release(world, 30_000);
        var afterFirst = await world.FundsAsync(world.A);

        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 2, 0, 0, TimeSpan.Zero));
        var deemed = await world.DeemAsync();
        await Release(world, 60_000);
        var end = await world.FundsAsync(world.A);

        texts.ShouldAllBe(t => t.Contains("139****5678", StringComparison.Ordinal) && t.Contains("/training/confirm/", StringComparison.Ordinal));
        texts[0].ShouldContain("启明艺术培训中心：王小明于11月5日上“少儿美术”2课时");
        page.PupilMasked.ShouldBe("王**");
        page.Lessons.ShouldBe(2);
        page.ValueFen.ShouldBe(30_000);
        again.Message.ShouldContain("家长确认");
        beyond.Message.ShouldContain("可拨付金额为 300.00 元");
        afterFirst.Totals.ShouldBe(new EduGov.Supervision.Prepaid.InstitutionFigures(300_000, 30_000, 0, 0, 2));
        deemed.Lessons.ShouldBe(2);
        end.Totals.ReleasedFen.ShouldBe(90_000);
        end.Totals.UnconsumedFen.ShouldBe(210_000);
        end.Enrolments.Single().Figures.ConfirmedLessons.ShouldBe(6);
        end.Lessons.Count(l => l.Status == LessonConfirmation.Deemed).ShouldBe(2);
        (await Should.ThrowAsync<ConflictException>(() => Release(world, 1))).Message.ShouldContain("可拨付金额为 0.00 元");
    }

    private static Task<RequestRelease.Outcome> Release(FundsWorld world, long fen) =>
        world.Harness.AsAsync<RequestRelease.Handler, RequestRelease.Outcome>(world.InstitutionA, h => h.HandleAsync(new RequestRelease.Command(fen, "")));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryOverLimitCharge_IsRefused_CitingTheRuleAndItsSource(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        const string Source = "（依据：教育部等六部门关于加强校外培训机构预收费监管工作的通知（教监管函〔2021〕2号））";

        var lessons = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 61, 300_000)));
        var yuan = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 60, 500_001)));
        var months = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 24, 300_000, until: FundsWorld.RunningStart.AddMonths(3))));
        var early = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(FundsWorld.Charge(world.FutureCourseA, 24, 300_000, start: new DateOnly(2027, 1, 4))));
        var edge = await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 60, 500_000));
        var othersCourse = await Should.ThrowAsync<NotFoundException>(() => world.EnrolAsync(FundsWorld.Charge(world.RunningCourseB, 20, 300_000)));
        await using (var db = await world.ContextAsync())
        {
            (await db.Institutions.SingleAsync(i => i.Id == world.A)).Status = InstitutionStatus.Suspended;
            await db.SaveChangesAsync();
        }

        var suspended = await Should.ThrowAsync<ConflictException>(() => world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 20, 300_000)));

        lessons.Message.ShouldContain("本次收费 61 课时，超出规定：一次性收费最多课时为 60 课时" + Source);
        yuan.Message.ShouldContain("本次收费 5,000.01 元，超出规定：一次性收费最高金额为 5000 元" + Source);
        months.Message.ShouldContain("本次收费覆盖 4 个月，超出规定：一次性收费最长时段为 3 个月" + Source);
        early.Message.ShouldContain("收费日期早于允许的最早收费日 11 天，超出规定：最早在开课前多久收费为 1 个月（依据：北京、江苏、成都等地预收费实施细则）");
        edge.ShouldNotBe(Guid.Empty);
        othersCourse.Message.ShouldContain("没有找到本机构的该课程");
        suspended.Message.ShouldContain("只有已许可且未被责令停止招生的机构可以收费");
        await using var check = await world.ContextAsync();
        (await check.Enrolments.CountAsync()).ShouldBe(1);
        (await check.LedgerEntries.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARenewal_MayBeCollectedEarly_OnceTwentyLessonsOrFewerAreLeft(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        var current = await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 24, 360_000));
        await world.TeachAsync(current, new DateOnly(2026, 11, 9), 3);
        var renewal = FundsWorld.Charge(world.RunningCourseA, 20, 300_000, start: new DateOnly(2027, 1, 4));

        var tooMany = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(renewal));
        await world.TeachAsync(current, new DateOnly(2026, 11, 16), 1);
        var renewed = await world.EnrolAsync(renewal);
        var newcomer = await Should.ThrowAsync<InvalidInputException>(() => world.EnrolAsync(renewal with { PupilName = "李小红" }));

        tooMany.Message.ShouldContain("收费日期早于允许的最早收费日 11 天");
        tooMany.Message.ShouldContain("续费的，须待该学员本课程剩余课时不多于 20 课时");
        renewed.ShouldNotBe(Guid.Empty);
        newcomer.Message.ShouldContain("收费日期早于允许的最早收费日 11 天");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refunds_BeforeTheStartAreFull_AfterItProRataToTheFen_AndUnansweredOnesAreDeemedAgreed(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        var future = await world.EnrolAsync(FundsWorld.Charge(world.FutureCourseA, 24, 360_000, start: FundsWorld.FutureStart));
        var running = await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 3, 10_000));
        await world.TeachAsync(running, new DateOnly(2026, 11, 9), 1);

        var full = await Refund(world, future);
        var proRata = await Refund(world, running);
        var twice = await Should.ThrowAsync<ConflictException>(() => Refund(world, running));
        var funds = await world.FundsAsync(world.A);
        var fullId = funds.Refunds.Single(r => r.EnrolmentId == future).Id;
        var proRataId = funds.Refunds.Single(r => r.EnrolmentId == running).Id;
        await world.Harness.AsAsync<AnswerRefund.Handler>(world.InstitutionA, h => h.HandleAsync(new AnswerRefund.Command(proRataId, AnswerRefund.Action.Pay, "TF-9")));
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var deemed = await world.DeemAsync();
        var after = await world.FundsAsync(world.A);

        full.ShouldBe(new EduGov.Supervision.Prepaid.RefundQuote(360_000, true, 0, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 28)));
        proRata.AmountFen.ShouldBe(6_667);
        proRata.PayBy.ShouldBe(new DateOnly(2026, 12, 8));
        twice.Message.ShouldContain("不能重复申请退费");
        deemed.Refunds.ShouldBe(1);
        after.Refunds.Single(r => r.Id == fullId).Status.ShouldBe(RefundStatus.DeemedAgreed);
        after.Refunds.Single(r => r.Id == proRataId).Status.ShouldBe(RefundStatus.Paid);
        var paid = after.Enrolments.Single(e => e.Id == running);
        paid.Status.ShouldBe(EnrolmentStatus.Refunded);
        paid.Figures.RefundedFen.ShouldBe(6_667);
        paid.Figures.UnconsumedFen.ShouldBe(3_333);
        (paid.Figures.ReleasedFen + paid.Figures.RefundedFen + paid.Figures.UnconsumedFen).ShouldBe(paid.Figures.PaidFen);
    }

    private static Task<EduGov.Supervision.Prepaid.RefundQuote> Refund(FundsWorld world, Guid enrolment) =>
        world.Harness.AsAsync<RequestRefund.Handler, EduGov.Supervision.Prepaid.RefundQuote>(world.InstitutionA, h => h.HandleAsync(new RequestRefund.Command(enrolment, "", "搬家")));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStatement_IsImportedAllOrNothing_AndEveryDifferenceIsListed_UntilTheLedgerIsCorrected(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 20, 300_000, paidOn: new DateOnly(2026, 11, 2), reference: "SF-001"));
        await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 10, 150_000, paidOn: new DateOnly(2026, 11, 10), reference: "SF-002"));
        const string Header = "交易日期,金额(元),收/付,对方户名,摘要/附言,余额(元)\n";
        var bad = Header + "2026-11-03,3000.00,收,王芳,学费 SF-001,3000.00\n2026-13-01,abc,存,李强,,\n";
        var good = Header + "2026-11-03,\"3,000.00\",收,王芳,学费 SF-001,3000.00\n2026-11-11,1000.00,收,张伟,学费,4000.00\n";

        var refused = await Import(world, "流水.csv", bad);
        await using (var db = await world.ContextAsync())
        {
            (await db.BankStatements.CountAsync()).ShouldBe(0);
        }

        var imported = await Import(world, "流水.csv", good);
        var view = await harness.AsAsync<GetReconciliation.Handler, GetReconciliation.Details>(world.Officer, h => h.HandleAsync(imported.StatementId!.Value));
        var alerts = await world.AlertsAsync(world.A);

        refused.Errors.Select(e => (e.RowNumber, e.Column)).ShouldBe([(3, "交易日期"), (3, "金额(元)"), (3, "收/付"), (3, "余额(元)")]);
        imported.Succeeded.ShouldBeTrue();
        view.Statement.MatchedLines.ShouldBe(1);
        view.Lines.Single(l => !l.Matched).Counterparty.ShouldBe("张伟");
        view.LedgerOnly.Single().Reference.ShouldBe("SF-002");
        view.Statement.ClosingBalanceFen.ShouldBe(400_000);
        view.Statement.LedgerBalanceFen.ShouldBe(450_000);
        view.Statement.BalanceDifferenceFen.ShouldBe(-50_000);
        alerts.ShouldContain(a => a.Kind == AlertKind.ReconciliationDifference && a.Status == AlertStatus.Open && a.Evidence.Contains("银行有而台账无 1 笔，台账有而银行无 1 笔"));
        alerts.ShouldContain(a => a.Kind == AlertKind.BalanceShortfall && a.AmountFen == 50_000);
    }

    private static Task<ImportStatement.Outcome> Import(FundsWorld world, string name, string csv) =>
        world.Harness.AsAsync<ImportStatement.Handler, ImportStatement.Outcome>(world.Officer,
            h => h.HandleAsync(new ImportStatement.Command(world.A, FundAccountKind.Custody, name, Encoding.UTF8.GetBytes(csv))));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alerts_AreRaisedOnce_UpdatedOnRepeat_AndResolvedWhenTheRiskIsGone(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 20, 300_000));
        await world.SetBalanceAsync(world.A, FundAccountKind.Custody, 100_000);

        var first = await world.DeemAsync();
        await world.SetBalanceAsync(world.A, FundAccountKind.Custody, 200_000);
        await world.DeemAsync();
        var repeated = await world.AlertsAsync(world.A);
        var officerList = await harness.AsAsync<ListAlerts.Handler, EduGov.Platform.Querying.PageResult<ListAlerts.Row>>(world.Officer, h => h.HandleAsync(new ListAlerts.Query()));
        await world.SetBalanceAsync(world.A, FundAccountKind.Custody, 300_000);
        await world.SetBalanceAsync(world.A, FundAccountKind.RiskDeposit, 300_000);
        await world.DeemAsync();
        var resolved = await world.AlertsAsync(world.A);
        var overview = await harness.AsAsync<ListFunds.Handler, EduGov.Platform.Querying.PageResult<ListFunds.Row>>(world.Officer, h => h.HandleAsync(new ListFunds.Query(ShortfallOnly: true)));

        first.Scan.Institutions.ShouldBe(2);
        first.Scan.Updated.ShouldBe(1);
        repeated.Count(a => a.Kind == AlertKind.BalanceShortfall).ShouldBe(1);
        repeated.Single(a => a.Kind == AlertKind.BalanceShortfall).AmountFen.ShouldBe(100_000);
        repeated.ShouldContain(a => a.Kind == AlertKind.DepositShort && a.AmountFen == 300_000);
        repeated.ShouldContain(a => a.Kind == AlertKind.PaymentSurge);
        officerList.Items.ShouldContain(r => r.InstitutionName == "启明艺术培训中心" && r.Kind == AlertKind.BalanceShortfall);
        resolved.Where(a => a.Kind is AlertKind.BalanceShortfall or AlertKind.DepositShort).ShouldAllBe(a => a.Status == AlertStatus.Resolved);
        overview.Items.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstitutionB_CannotTouchInstitutionAsLedger(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await FundsWorld.BuildAsync(harness);
        var enrolment = await world.EnrolAsync(FundsWorld.Charge(world.RunningCourseA, 20, 300_000));
        await world.TeachAsync(enrolment, new DateOnly(2026, 11, 5), 2);
        await Refund(world, enrolment);
        var refund = (await world.FundsAsync(world.A)).Refunds.Single().Id;

        await Should.ThrowAsync<ForbiddenException>(() => world.TeachAsync(enrolment, new DateOnly(2026, 11, 6), 1, world.InstitutionB));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<RequestRefund.Handler>(world.InstitutionB, h => h.HandleAsync(new RequestRefund.Command(enrolment, "", ""))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<AnswerRefund.Handler>(world.InstitutionB, h => h.HandleAsync(new AnswerRefund.Command(refund, AnswerRefund.Action.Pay, ""))));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetEnrolmentLedger.Handler>(world.InstitutionB, h => h.HandleAsync(enrolment)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<GetFunds.Handler>(world.InstitutionB, h => h.HandleAsync(world.A)));
        await Should.ThrowAsync<ForbiddenException>(() => harness.AsAsync<ImportStatement.Handler>(world.InstitutionA, h => h.HandleAsync(new ImportStatement.Command(world.A, FundAccountKind.Custody, "a.csv", [1]))));
        var own = await harness.AsAsync<GetFunds.Handler, GetFunds.Details>(world.InstitutionB, h => h.OwnAsync());
        var officer = await world.FundsAsync(world.A);

        own.Enrolments.ShouldBeEmpty();
        officer.Enrolments.Single().Figures.TaughtLessons.ShouldBe(2);
    }
}
