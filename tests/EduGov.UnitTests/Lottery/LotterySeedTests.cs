using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class LotterySeedTests
{
    [Fact]
    public void Seed_ForKnownInputs_MatchesHandComputedVector()
    {
        LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, LotteryVectors.Dice).ShouldBe(LotteryVectors.Seed);
    }

    [Fact]
    public void Seed_WithOneDie_MatchesHandComputedVector()
    {
        // Python: sha("edugov-lottery/v1|" + "0" * 64 + "|drand round 123|0042")
        LotterySeed.Derive(new string('0', 64), "drand round 123", ["0042"]).ShouldBe("b7a2e193b37a4f6d2772d310af54b837feea39cdf41c4ebc1f3e2603eb468d41");
    }

    [Fact]
    public void Seed_WhenAnyInputChanges_Changes()
    {
        var other = LotteryManifest.Create(["2026-0001", "2026-0002", "2026-0003", "2026-0011"]).Sha256;
        string[] seeds =
        [
            LotteryVectors.Seed,
            LotterySeed.Derive(other, LotteryVectors.PublicDraw, LotteryVectors.Dice),
            LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw + "0", LotteryVectors.Dice),
            LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, ["27182818", "31415926", "16180339"]),
            LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, ["31415926", "27182818"]),
            LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, ["3141592627182818", "16180339"]),
        ];

        seeds.ShouldBeUnique();
    }

    [Theory]
    [InlineData("12a4")]
    [InlineData("")]
    [InlineData("１２３")]
    [InlineData("-12")]
    [InlineData(" 12")]
    public void Derive_WhenDieIsNotDigits_Throws(string die)
    {
        Should.Throw<LotteryInputException>(() => LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, ["1234", die]))
            .Message.ShouldStartWith($"第 2 组骰子“{die}”只能包含数字 0–9");
    }

    [Fact]
    public void Derive_WithoutDice_Throws()
    {
        Should.Throw<LotteryInputException>(() => LotterySeed.Derive(LotteryVectors.ManifestSha256, LotteryVectors.PublicDraw, []))
            .Message.ShouldBe("至少需要一组骰子数字。");
    }

    [Theory]
    [InlineData("3ED6049B68D74344022117F21E1CB5A24F7FF0BCB1A9136B51A03AFD3B87E746")]
    [InlineData("3ed6049b")]
    [InlineData("")]
    public void Derive_WhenManifestDigestIsNotLowerCaseHex_Throws(string digest)
    {
        Should.Throw<LotteryInputException>(() => LotterySeed.Derive(digest, LotteryVectors.PublicDraw, LotteryVectors.Dice))
            .Message.ShouldStartWith("清单摘要 manifest_sha256 应为 64 位小写十六进制数字");
    }

    [Theory]
    [InlineData("", "公开开奖号码（public_draw）不能为空。")]
    [InlineData("03|11", "公开开奖号码“03|11”含竖线“|”，不能使用（竖线是摇号算法的分隔符）。")]
    [InlineData("03\n11", "公开开奖号码“03\\n11”含换行符，不能使用。")]
    public void Derive_WhenPublicDrawUnusable_Throws(string publicDraw, string message)
    {
        Should.Throw<LotteryInputException>(() => LotterySeed.Derive(LotteryVectors.ManifestSha256, publicDraw, LotteryVectors.Dice)).Message.ShouldBe(message);
    }
}
