using EduGov.Supervision.Credit;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.Credit;

public sealed class CreditRepairTests
{
    private static readonly RepairPeriods National = new(3, 3, 12, 12, 36);
    private static readonly DateOnly Decided = new(2026, 1, 31);

    private static RepairEligibility Check(Tier tier, DateOnly today, bool fulfilled = true, RecordState state = RecordState.Active) =>
        CreditRepair.Check(state, tier, National.RepairableFrom(tier, Decided), National.PublicUntil(tier, Decided), fulfilled, today);

    [Fact]
    public void Periods_FollowTheTiers_WithCalendarMonthsClampedAtMonthEnd()
    {
        National.RepairableFrom(Tier.Minor, Decided).ShouldBe(Decided);
        National.PublicUntil(Tier.Minor, Decided).ShouldBe(new DateOnly(2026, 4, 30));
        National.RepairableFrom(Tier.Ordinary, Decided).ShouldBe(new DateOnly(2026, 4, 30));
        National.PublicUntil(Tier.Ordinary, Decided).ShouldBe(new DateOnly(2027, 1, 31));
        National.RepairableFrom(Tier.Serious, Decided).ShouldBe(new DateOnly(2027, 1, 31));
        National.PublicUntil(Tier.Serious, Decided).ShouldBe(new DateOnly(2029, 1, 31));
    }

    [Fact]
    public void Minor_MayBeRepairedOnTheDayOfDecision_OnceTheObligationIsMet()
    {
        Check(Tier.Minor, Decided).Allowed.ShouldBeTrue();

        var unmet = Check(Tier.Minor, Decided, fulfilled: false);
        unmet.Allowed.ShouldBeFalse();
        unmet.Reason.ShouldContain("履行法定义务");
    }

    [Fact]
    public void Ordinary_IsRefusedTheDayBeforeTheMinimum_AndAllowedOnIt()
    {
        var before = Check(Tier.Ordinary, new DateOnly(2026, 4, 29));
        var on = Check(Tier.Ordinary, new DateOnly(2026, 4, 30));

        before.Allowed.ShouldBeFalse();
        before.From.ShouldBe(new DateOnly(2026, 4, 30));
        before.Reason.ShouldContain("2026-04-30 起方可申请修复");
        on.Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Serious_NeedsAYear()
    {
        Check(Tier.Serious, new DateOnly(2027, 1, 30)).Allowed.ShouldBeFalse();
        Check(Tier.Serious, new DateOnly(2027, 1, 31)).Allowed.ShouldBeTrue();
        Check(Tier.Serious, new DateOnly(2027, 1, 31)).Reason.ShouldContain("最短公示期");
    }

    [Fact]
    public void AtItsMaximum_TheRecordLeavesPublication_AndNeedsNoRepair()
    {
        Check(Tier.Ordinary, new DateOnly(2027, 1, 30)).Allowed.ShouldBeTrue();

        var ended = Check(Tier.Ordinary, new DateOnly(2027, 1, 31));
        ended.Allowed.ShouldBeFalse();
        ended.From.ShouldBeNull();
        ended.Reason.ShouldContain("到期");
    }

    [Theory]
    [InlineData(RecordState.Repaired, "已修复")]
    [InlineData(RecordState.Expired, "已到期")]
    [InlineData(RecordState.Withdrawn, "异议成立")]
    public void OnlyActiveRecordsMayBeRepaired(RecordState state, string reason)
    {
        var result = Check(Tier.Minor, Decided, state: state);

        result.Allowed.ShouldBeFalse();
        result.Reason.ShouldContain(reason);
    }
}
