using System.Globalization;
using EduGov.Lottery;
using EduGov.Supervision.RandomInspection;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Supervision.RandomInspection;

public sealed class InspectionDrawTests
{
    /// <summary>SHA-256("inspection-example"); every number below was computed by hand with Python's hashlib.</summary>
    private const string Seed = "0dd398e1dc74e602294512ef225c1a6fe8dd8068f5685e5c4c53743ac7a9eeaf";

    private static readonly DrawTarget[] Example =
    [
        new("91310115MA1A000001", "A", "", false),
        new("91310115MA1A000002", "A", "", false),
        new("91310115MA1A000003", "A", "", false),
        new("91310115MA1A000004", "B", "", false),
        new("91310115MA1A000005", "B", "", false),
    ];

    private static readonly DrawInspector[] ExampleOfficers =
    [
        new("ZF001", "甲", [], []),
        new("ZF002", "乙", [], []),
        new("ZF003", "丙", [], []),
        new("ZF004", "丁", [], ["91310115MA1A000001"]),
    ];

    private static DrawSettings Settings(string ratios, int teamSize = 2, int min = 0, bool excludeRecent = false, bool preferArea = false) =>
        new(DrawSettings.ParseRatios(ratios), min, excludeRecent, teamSize, preferArea);

    [Fact]
    public void Run_OnTheHandCheckedExample_WritesTheExpectedDrawFile()
    {
        var result = InspectionDraw.Run(Seed, Example, ExampleOfficers, Settings("A=50,B=50"));

        // A: ceil(50 % × 3) = 2 of 3 by number (4456…, c864… before de40…); B: ceil(50 % × 2) = 1 (5228… before ea40…).
        // Teams: 000001 avoids ZF004 (conflict), so its two smallest pair numbers are ZF003 (1133…) and ZF002 (2bbe…);
        // 000002: ZF003 (4681…), ZF002 (6564…); 000005: ZF001 (000a…), ZF004 (922e…).
        InspectionCsv.WriteDraw(result).ShouldBe(
            "token,grade,rank,number,result,team\n"
            + "91310115MA1A000001,A,1,44561f3ff64cd106e802976f898d2e100f52d003d2f9382b34faea8dfc879b43,selected,ZF003;ZF002\n"
            + "91310115MA1A000002,A,2,c864dae20d975b1483df1ad4c9d33ea68700774bb90902b20ab3ce304d3569d0,selected,ZF003;ZF002\n"
            + "91310115MA1A000003,A,3,de40d4698b5bdc00545b88a1e361bceb1a50b590e09d963cd750cdefc9c32191,not_selected,\n"
            + "91310115MA1A000005,B,1,52282ec28d532e726e84503da28e51d773a86b73bb0b3c26d245261500a5874d,selected,ZF001;ZF004\n"
            + "91310115MA1A000004,B,2,ea40a0f45f754e4ee206627fb4c4793188d0460fec1cfe7afb5b620f23f4e87b,not_selected,\n");
        result.Selected.Select(r => r.Token).ShouldBe(["91310115MA1A000001", "91310115MA1A000005", "91310115MA1A000002"]);
    }

    [Fact]
    public void Run_WithTheSameInputsInAnyOrder_GivesTheSameDraw()
    {
        var first = InspectionDraw.Run(Seed, Example, ExampleOfficers, Settings("A=50,B=50"));
        var second = InspectionDraw.Run(Seed, [.. Example.Reverse()], [.. ExampleOfficers.Reverse()], Settings("B=50,A=50"));

        InspectionCsv.WriteDraw(second).ShouldBe(InspectionCsv.WriteDraw(first));
    }

    [Fact]
    public void Run_WithAnotherSeed_GivesOtherNumbers()
    {
        var other = LotteryNumber.For(Seed, "other").ToString();
        var first = InspectionDraw.Run(Seed, Example, ExampleOfficers, Settings("A=50,B=50"));
        var second = InspectionDraw.Run(other, Example, ExampleOfficers, Settings("A=50,B=50"));

        second.Rows.Select(r => r.Number).ShouldNotBe(first.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData(0, 40, 0)]
    [InlineData(5, 40, 2)]
    [InlineData(5, 41, 3)]
    [InlineData(10, 7, 1)]
    [InlineData(33.33, 3, 1)]
    [InlineData(100, 40, 40)]
    [InlineData(50, 0, 0)]
    public void SampleSize_RoundsUp(double ratio, int eligible, int expected) =>
        InspectionDraw.SampleSize(eligible, (decimal)ratio, 0).ShouldBe(expected);

    [Fact]
    public void SampleSize_RaisesToTheMinimumOnlyWhenTheRatioIsAboveZero()
    {
        InspectionDraw.SampleSize(40, 5, 3).ShouldBe(3);
        InspectionDraw.SampleSize(2, 5, 3).ShouldBe(2);
        InspectionDraw.SampleSize(40, 0, 3).ShouldBe(0);
    }

    [Fact]
    public void Run_SelectsByGradeRatio_IncludingNoneAtZeroAndAllAtHundredPercent()
    {
        var targets = Pool(("A", 40), ("B", 30), ("C", 20), ("D", 10), ("E", 7));
        var result = InspectionDraw.Run(Seed, targets, Officers(6), Settings("A=0,B=10,C=20,D=50,E=100"));

        Count(result, "A").ShouldBe(0);
        Count(result, "B").ShouldBe(3);
        Count(result, "C").ShouldBe(4);
        Count(result, "D").ShouldBe(5);
        Count(result, "E").ShouldBe(7);
        result.Grades.Select(g => g.Selected).ShouldBe([0, 3, 4, 5, 7]);
        foreach (var grade in result.Rows.GroupBy(r => r.Grade))
        {
            var ranked = grade.OrderBy(r => r.Rank).ToList();
            ranked.Select(r => r.Number).ShouldBe(ranked.Select(r => r.Number).Order());
            ranked.TakeWhile(r => r.Outcome == TargetOutcome.Selected).Count().ShouldBe(ranked.Count(r => r.Outcome == TargetOutcome.Selected), "抽中的是号码最小的几家");
        }
    }

    [Fact]
    public void Run_LeavesOutRecentlyInspectedTargets_WhenAsked()
    {
        DrawTarget[] targets = [.. Pool(("E", 5)), new("RECENT1", "E", "", true), new("RECENT2", "E", "", true)];
        var result = InspectionDraw.Run(Seed, targets, Officers(4), Settings("E=100", excludeRecent: true));

        Count(result, "E").ShouldBe(5);
        result.Rows.Where(r => r.Token.StartsWith("RECENT", StringComparison.Ordinal)).ShouldAllBe(r => r.Outcome == TargetOutcome.Excluded && r.Rank == null);
        InspectionDraw.Run(Seed, targets, Officers(4), Settings("E=100")).Rows.Count(r => r.Outcome == TargetOutcome.Selected).ShouldBe(7);
    }

    [Fact]
    public void Run_NeverPutsAConflictedOfficerInATeam_AndRespectsTheTeamSize()
    {
        var targets = Pool(("C", 30));
        var officers = Officers(8).Select((o, i) => o with { Conflicts = [.. targets.Where((_, t) => t % 8 == i || t % 5 == i).Select(t => t.Token)] }).ToList();

        var result = InspectionDraw.Run(Seed, targets, officers, Settings("C=100", teamSize: 3));

        foreach (var row in result.Rows)
        {
            row.Team.Count.ShouldBe(3);
            row.Team.Distinct().Count().ShouldBe(3);
            row.Team.ShouldAllBe(officer => !officers.Single(o => o.Token == officer).Conflicts.Contains(row.Token));
        }
    }

    [Fact]
    public void Run_WhenTooFewOfficersAreFree_NamesTheTargetAndTheShortfall()
    {
        var officers = ExampleOfficers.Select(o => o with { Conflicts = ["91310115MA1A000005"] }).ToList();
        officers[0] = officers[0] with { Conflicts = [] };

        var error = Should.Throw<RandomInspectionException>(() => InspectionDraw.Run(Seed, Example, officers, Settings("A=0,B=100")));

        error.Message.ShouldContain("91310115MA1A000005");
        error.Message.ShouldContain("只有 1 名");
        error.Message.ShouldContain("3 名须回避");
    }

    [Fact]
    public void Run_WithAreaPreference_TakesOfficersOfTheTargetsAreaFirst()
    {
        DrawTarget target = new("91310115MA1A000001", "A", "东片", false);
        DrawInspector[] officers =
        [
            new("ZF001", "甲", ["东片"], []), new("ZF002", "乙", ["西片"], []), new("ZF003", "丙", ["西片"], []), new("ZF004", "丁", ["东片", "西片"], []),
        ];

        // Without preference ZF004 (087b…) and ZF003 (1133…) are the smallest; with it, the two east-area officers come first.
        InspectionDraw.DrawTeam(Seed, target, officers, Settings("A=100")).ShouldBe(["ZF004", "ZF003"]);
        InspectionDraw.DrawTeam(Seed, target, officers, Settings("A=100", preferArea: true)).ShouldBe(["ZF004", "ZF001"]);
        InspectionDraw.DrawTeam(Seed, target, officers, Settings("A=100", teamSize: 3, preferArea: true)).ShouldBe(["ZF004", "ZF001", "ZF003"]);
    }

    [Fact]
    public void Run_WithoutARatioForAGrade_SaysWhichGrade()
    {
        Should.Throw<RandomInspectionException>(() => InspectionDraw.Run(Seed, Example, ExampleOfficers, Settings("A=10")))
            .Message.ShouldContain("等级 B");
    }

    [Theory]
    [InlineData("A=101")]
    [InlineData("A=-1")]
    [InlineData("A=5.555")]
    public void Run_RejectsARatioOutsideZeroToHundred(string ratios) =>
        Should.Throw<RandomInspectionException>(() => InspectionDraw.Run(Seed, Example, ExampleOfficers, Settings(ratios + ",B=1")));

    [Theory]
    [InlineData("A")]
    [InlineData("A=x")]
    [InlineData("A=1,A=2")]
    [InlineData("")]
    public void ParseRatios_RejectsMalformedText(string text) =>
        Should.Throw<RandomInspectionException>(() => DrawSettings.ParseRatios(text));

    [Fact]
    public void FormatRatios_RoundTrips() =>
        DrawSettings.FormatRatios(DrawSettings.ParseRatios("B=10, A=5,E=100,C=20,D=50")).ShouldBe("A=5,B=10,C=20,D=50,E=100");

    [Theory]
    [InlineData("a|b")]
    [InlineData("a/b")]
    [InlineData(" a")]
    [InlineData("")]
    public void Run_RejectsUnusableTokens(string token) =>
        Should.Throw<RandomInspectionException>(() => InspectionDraw.Run(Seed, [new(token, "A", "", false)], ExampleOfficers, Settings("A=100")));

    [Fact]
    public void Run_RejectsARepeatedTarget() =>
        Should.Throw<RandomInspectionException>(() => InspectionDraw.Run(Seed, [Example[0], Example[0]], ExampleOfficers, Settings("A=100")))
            .Message.ShouldContain("重复");

    private static int Count(InspectionDrawResult result, string grade) =>
        result.Rows.Count(r => r.Grade == grade && r.Outcome == TargetOutcome.Selected);

    private static List<DrawTarget> Pool(params (string Grade, int Count)[] grades) =>
        [.. grades.SelectMany(g => Enumerable.Range(1, g.Count).Select(i => new DrawTarget(string.Create(CultureInfo.InvariantCulture, $"{g.Grade}{i:000}"), g.Grade, "", false)))];

    private static List<DrawInspector> Officers(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new DrawInspector(string.Create(CultureInfo.InvariantCulture, $"ZF{i:000}"), $"执法人员{i}", [], []))];
}
