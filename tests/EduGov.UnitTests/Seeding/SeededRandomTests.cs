using EduGov.Platform.Demo;
using EduGov.Registry.Seeding;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Seeding;

public sealed class SeededRandomTests
{
    [Fact]
    public void SameSeed_GivesSameSequence()
    {
        var a = new SeededRandom(7);
        var b = new SeededRandom(7);

        Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ShouldBe(Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentSequences()
    {
        new SeededRandom(1).NextUInt64().ShouldNotBe(new SeededRandom(2).NextUInt64());
    }

    [Fact]
    public void NextInt_StaysInRangeAndHitsEveryValue()
    {
        var random = new SeededRandom(3);

        var values = Enumerable.Range(0, 10_000).Select(_ => random.NextInt(-3, 4)).ToList();

        values.Min().ShouldBe(-3);
        values.Max().ShouldBe(3);
        values.Distinct().Count().ShouldBe(7);
    }

    [Fact]
    public void NextDouble_IsInUnitInterval()
    {
        var random = new SeededRandom(4);

        Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ShouldAllBe(x => x >= 0 && x < 1);
    }

    [Fact]
    public void NextDate_IncludesBothEnds()
    {
        var random = new SeededRandom(5);
        var first = new DateOnly(2024, 2, 27);
        var last = new DateOnly(2024, 3, 1);

        var dates = Enumerable.Range(0, 1_000).Select(_ => random.NextDate(first, last)).Distinct().Order().ToList();

        dates.ShouldBe([first, first.AddDays(1), first.AddDays(2), last]);
    }

    [Fact]
    public void Pick_Weighted_FollowsWeights()
    {
        var random = new SeededRandom(6);
        var choices = new Weighted<string>([("常见", 9), ("少见", 1), ("从不", 0)]);

        var picks = Enumerable.Range(0, 20_000).Select(_ => random.Pick(choices)).ToList();

        picks.Count(p => p == "常见").ShouldBeInRange(17_600, 18_400);
        picks.ShouldNotContain("从不");
    }

    [Fact]
    public void Weighted_WithoutPositiveWeight_Throws()
    {
        Should.Throw<ArgumentException>(() => new Weighted<string>([("甲", 0)]));
    }
}
