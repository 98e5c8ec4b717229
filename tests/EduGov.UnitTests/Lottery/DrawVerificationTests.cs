using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class DrawVerificationTests
{
    private static readonly DrawResult Draw = LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: 2);

    private static List<PublishedDrawRow> Published(DrawResult result) => [.. LotteryCsv.ReadDraw(LotteryCsv.WriteDraw(result))];

    [Fact]
    public void Compare_WhenPublishedIsTheRerun_IsIdentical()
    {
        var report = DrawVerification.Compare(Draw, Published(Draw));

        report.IsIdentical.ShouldBeTrue();
        report.Differences.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_IgnoresTheOrderOfPublishedRows()
    {
        DrawVerification.Compare(Draw, Published(Draw).OrderBy(r => r.Token, StringComparer.Ordinal)).IsIdentical.ShouldBeTrue();
    }

    [Fact]
    public void Compare_WhenSelectionWasSwapped_NamesBothApplicants()
    {
        var published = Published(Draw);
        published[1] = published[1] with { Selected = "false" };
        published[2] = published[2] with { Selected = "true" };

        DrawVerification.Compare(Draw, published).Differences.ShouldBe(
        [
            $"token 2026-0001：公布 2,{LotteryVectors.Numbers["2026-0001"]},false；重算 2,{LotteryVectors.Numbers["2026-0001"]},true",
            $"token 2026-0010：公布 3,{LotteryVectors.Numbers["2026-0010"]},true；重算 3,{LotteryVectors.Numbers["2026-0010"]},false",
        ]);
    }

    [Fact]
    public void Compare_ReportsMissingDuplicatedAndUnknownTokens()
    {
        var published = Published(Draw);
        published.RemoveAt(3);
        published.Add(published[0]);
        published.Add(new PublishedDrawRow("5", "2026-0099", "00", "false"));

        DrawVerification.Compare(Draw, published).Differences.ShouldBe(
        [
            "token 2026-0003：在公布结果中重复出现",
            $"token 2026-0002：公布结果中缺失；重算 4,{LotteryVectors.Numbers["2026-0002"]},false",
            "token 2026-0099：不在申请人清单中",
        ]);
    }

    [Fact]
    public void Compare_WhenNumberWrittenInUpperCase_IsNotIdentical()
    {
        var published = Published(Draw);
        published[0] = published[0] with { Number = published[0].Number.ToUpperInvariant() };

        DrawVerification.Compare(Draw, published).DifferenceCount.ShouldBe(1);
    }

    [Fact]
    public void Compare_WithAnotherSeed_CountsEveryDifference_AndListsOnlyTheFirst()
    {
        var tokens = Enumerable.Range(1, 50).Select(i => $"2026-{i:D4}").ToList();
        var rerun = LotteryDraw.Run(LotteryVectors.Seed, tokens, seats: 10);
        var forged = LotteryDraw.Run(new string('1', 64), tokens, seats: 10);

        var report = DrawVerification.Compare(rerun, Published(forged), reportLimit: 5);

        report.DifferenceCount.ShouldBe(50);
        report.Differences.Count.ShouldBe(5);
        report.Differences[0].ShouldStartWith($"token {rerun.Rows[0].Token}：公布 ");
    }
}
