using System.Globalization;
using CsCheck;
using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class LotteryDrawTests
{
    private static readonly Gen<string> Seeds = Gen.Byte.Array[32].Select(Convert.ToHexStringLower);
    private static readonly Gen<List<string>> Pools = Gen.Int[0, 99_999].HashSet[0, 40].Select(set => set.Select(n => $"2026-{n:D5}").ToList());

    [Fact]
    public void Draw_ForKnownInputs_MatchesHandComputedRanking()
    {
        var result = LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: 2);

        result.Rows.Select(r => (r.Rank, r.Token, r.Number.ToString(), r.Selected)).ShouldBe(
        [
            (1, "2026-0003", LotteryVectors.Numbers["2026-0003"], true),
            (2, "2026-0001", LotteryVectors.Numbers["2026-0001"], true),
            (3, "2026-0010", LotteryVectors.Numbers["2026-0010"], false),
            (4, "2026-0002", LotteryVectors.Numbers["2026-0002"], false),
        ]);
        result.CutOff.ToString().ShouldBe(LotteryVectors.Numbers["2026-0001"]);
        result.SelectedCount.ShouldBe(2);
        result.Manifest.Sha256.ShouldBe(LotteryVectors.ManifestSha256);
        result.SchoolId.ShouldBeNull();
    }

    [Fact]
    public void Draw_WithMultipleTieBreaking_UsesTheSchoolsOwnNumbers_AndDiffersPerSchool()
    {
        // Python: sorted by sha(seed + "|" + school + "|" + token).
        var here = LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.School, LotteryVectors.Tokens, seats: 1);
        var there = LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.OtherSchool, LotteryVectors.Tokens, seats: 1);

        here.Rows.Select(r => r.Token).ShouldBe(["2026-0010", "2026-0001", "2026-0003", "2026-0002"]);
        there.Rows.Select(r => r.Token).ShouldBe(["2026-0002", "2026-0003", "2026-0001", "2026-0010"]);
        here.Rows.ShouldAllBe(r => r.Number.ToString() == LotteryVectors.SchoolNumbers[r.Token]);
        here.SchoolId.ShouldBe(LotteryVectors.School);
    }

    [Fact]
    public void PickKOfN_SelectsExactlyTheKSmallestNumbers()
    {
        Gen.Select(Seeds, Pools, Gen.Int[0, 50]).Sample((seed, tokens, seats) =>
        {
            var result = LotteryDraw.Run(seed, tokens, seats);
            var selected = result.Rows.Where(r => r.Selected).Select(r => r.Number).ToList();
            var others = result.Rows.Where(r => !r.Selected).Select(r => r.Number).ToList();

            result.Rows.Select(r => r.Token).ShouldBe(tokens, ignoreOrder: true);
            result.Rows.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, tokens.Count));
            selected.Count.ShouldBe(Math.Min(seats, tokens.Count));
            result.Rows.Select(r => r.Number).ShouldBe(tokens.Select(t => LotteryNumber.For(seed, t)).Order());
            if (selected.Count > 0 && others.Count > 0)
            {
                (selected.Max() < others.Min()).ShouldBeTrue();
            }

            result.CutOff.ShouldBe(selected.Count == 0 ? null : selected.Max());
        });
    }

    [Fact]
    public void Draw_IsDeterministic_AndIndependentOfInputOrder()
    {
        Gen.Select(Seeds, Pools, Gen.Int[0, 10]).Sample((seed, tokens, seats) =>
        {
            var once = LotteryDraw.Run(seed, tokens, seats);
            var again = LotteryDraw.Run(seed, Enumerable.Reverse(tokens), seats);

            again.Rows.ShouldBe(once.Rows);
        });
    }

    [Fact]
    public void Draw_WhenSeatsCoverEveryone_SelectsAll()
    {
        var result = LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: 10);

        result.Rows.ShouldAllBe(r => r.Selected);
        result.CutOff.ToString().ShouldBe(LotteryVectors.Numbers["2026-0002"]);
    }

    [Fact]
    public void Draw_WithNoSeatsOrNoApplicants_HasNoCutOff()
    {
        LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: 0).CutOff.ShouldBeNull();
        LotteryDraw.Run(LotteryVectors.Seed, [], seats: 3).CutOff.ShouldBeNull();
    }

    [Fact]
    public void Draw_WhenSeatsNegative_Throws()
    {
        Should.Throw<LotteryInputException>(() => LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: -1)).Message.ShouldBe("名额不能为负数，当前为 -1。");
    }

    [Fact]
    public void Draw_WhenSeedMalformed_ThrowsEvenForAnEmptyPool()
    {
        Should.Throw<LotteryInputException>(() => LotteryDraw.Run("abc", [], seats: 1));
    }

    /// <summary>
    /// 10 tokens, k = 3, 20,000 seeds (seed i = Derive(manifest, "uniformity", [i])). Each token's selection count X is
    /// binomial(n, 3/10) with the counts summing to 3n; Σ (X − 0.3n)² / (n · 0.3 · 0.7 · 10/9) is then χ² with 9 degrees of
    /// freedom, whose 0.999 quantile is 27.88. The same loop in Python gives the pinned counts below (statistic 12.41).
    /// </summary>
    [Fact]
    public void Selection_OverManySeeds_IsUniform()
    {
        const int draws = 20_000;
        const double p = 0.3;
        var tokens = Enumerable.Range(0, 10).Select(i => $"T-{i:D2}").ToList();
        var manifest = LotteryManifest.Create(tokens).Sha256;
        var counts = new int[10];
        for (var i = 0; i < draws; i++)
        {
            var seed = LotterySeed.Derive(manifest, "uniformity", [i.ToString(CultureInfo.InvariantCulture)]);
            foreach (var row in LotteryDraw.Run(seed, tokens, seats: 3).Rows.Where(r => r.Selected))
            {
                counts[tokens.IndexOf(row.Token)]++;
            }
        }

        var statistic = counts.Sum(c => Math.Pow(c - (p * draws), 2)) / (draws * p * (1 - p) * 10 / 9);
        statistic.ShouldBeLessThan(27.88);
        counts.ShouldBe([6024, 5953, 6025, 5936, 6039, 5907, 6093, 6084, 6076, 5863]);
    }
}
