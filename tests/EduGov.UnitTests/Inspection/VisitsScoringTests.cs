using EduGov.Inspection.Visits;
using EduGov.Platform.Errors;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Inspection;

/// <summary>Checklist arithmetic of the visits part: score = Σ weight × points ÷ max points, weights positive and summing to 100.</summary>
public sealed class VisitsScoringTests
{
    private static readonly VisitScoring.Line Safety = new(Guid.CreateVersion7(), 40m, 10m);
    private static readonly VisitScoring.Line Canteen = new(Guid.CreateVersion7(), 35m, 5m);
    private static readonly VisitScoring.Line Ethos = new(Guid.CreateVersion7(), 25m, 4m);
    private static readonly VisitScoring.Line[] Lines = [Safety, Canteen, Ethos];

    [Fact]
    public void Score_WhenEveryLineHasFullPoints_Is100()
    {
        var score = VisitScoring.Score(Lines, Points(10m, 5m, 4m));

        score.ShouldBe(100m);
    }

    [Fact]
    public void Score_WhenEveryLineHasZeroPoints_Is0()
    {
        var score = VisitScoring.Score(Lines, Points(0m, 0m, 0m));

        score.ShouldBe(0m);
    }

    [Fact]
    public void Score_WeighsEachLineByItsShareOfTheMaximum_AndRoundsToTwoDecimals()
    {
        // 40 × 7/10 + 35 × 3/5 + 25 × 1/4 = 28 + 21 + 6.25
        VisitScoring.Score(Lines, Points(7m, 3m, 1m)).ShouldBe(55.25m);

        // 40 × 1/3 = 13.333… → 13.33 (the other lines score nothing)
        VisitScoring.Score([Safety with { MaxPoints = 3m }, Canteen, Ethos], Points(1m, 0m, 0m)).ShouldBe(13.33m);
    }

    [Fact]
    public void Score_WhenALineIsMissing_NamesTheLine()
    {
        var points = new Dictionary<Guid, decimal> { [Safety.Id] = 10m, [Ethos.Id] = 4m };

        var error = Should.Throw<InvalidInputException>(() => VisitScoring.Score(Lines, points));

        error.Message.ShouldBe("第 2 项还没有评分");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10.5)]
    public void Score_WhenPointsAreOutsideZeroToMaximum_IsRefused(double given)
    {
        var error = Should.Throw<InvalidInputException>(() => VisitScoring.Score(Lines, Points((decimal)given, 5m, 4m)));

        error.Message.ShouldBe("第 1 项的得分应在 0 到 10 之间");
    }

    [Fact]
    public void ValidateLines_AcceptsPositiveWeightsSummingTo100()
    {
        Should.NotThrow(() => VisitScoring.ValidateLines([(40m, 10m), (35.5m, 5m), (24.5m, 4m)]));
    }

    [Fact]
    public void ValidateLines_ReportsEveryProblem()
    {
        var error = Should.Throw<InvalidInputException>(() => VisitScoring.ValidateLines([(0m, 10m), (60m, 0m), (30m, 5m)]));

        error.Errors["Lines"].ShouldBe(["第 1 项的权重必须大于 0", "第 2 项的满分必须大于 0", "各项权重之和必须为 100，当前为 90"]);
    }

    [Fact]
    public void ValidateLines_WithoutLines_IsRefused()
    {
        var error = Should.Throw<InvalidInputException>(() => VisitScoring.ValidateLines([]));

        error.Errors["Lines"].ShouldBe(["请至少添加一个检查项"]);
    }

    private static Dictionary<Guid, decimal> Points(decimal safety, decimal canteen, decimal ethos) =>
        new() { [Safety.Id] = safety, [Canteen.Id] = canteen, [Ethos.Id] = ethos };
}
