using CsCheck;
using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class LotteryManifestTests
{
    [Fact]
    public void Create_SortsTokensOrdinally_AndEndsEachWithLineFeed()
    {
        var manifest = LotteryManifest.Create(LotteryVectors.Tokens);

        manifest.Tokens.ShouldBe(["2026-0001", "2026-0002", "2026-0003", "2026-0010"]);
        manifest.Text.ShouldBe("2026-0001\n2026-0002\n2026-0003\n2026-0010\n");
    }

    [Fact]
    public void Sha256_ForKnownTokens_MatchesHandComputedVector()
    {
        LotteryManifest.Create(LotteryVectors.Tokens).Sha256.ShouldBe(LotteryVectors.ManifestSha256);
    }

    [Fact]
    public void Sha256_OfEmptyPool_IsTheDigestOfEmptyText()
    {
        // printf '' | sha256sum
        var manifest = LotteryManifest.Create([]);

        manifest.Text.ShouldBe("");
        manifest.Sha256.ShouldBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Fact]
    public void Sha256_OfChineseTokens_HashesUtf8()
    {
        // sha("沪闵-0001\n沪闵-0002\n") in Python.
        LotteryManifest.Create(["沪闵-0002", "沪闵-0001"]).Sha256.ShouldBe("021d186912ef64c249d74877ee5f0dc4d8d5db6414fbf5e947d4f04836c83125");
    }

    [Fact]
    public void Create_OrdersByCodePoint_AsPythonDoes_NotByUtf16CodeUnit()
    {
        // U+FF21 (Ａ) < U+1F600 (😀) by code point, while UTF-16 puts 😀's surrogate 0xD83D first.
        // Python: sorted(["\U0001F600-1", "\uFF21-1", "A-1"]) and sha of the joined text.
        var manifest = LotteryManifest.Create(["\U0001F600-1", "\uFF21-1", "A-1"]);

        manifest.Tokens.ShouldBe(["A-1", "\uFF21-1", "\U0001F600-1"]);
        manifest.Sha256.ShouldBe("d601685c7e599f947f28b9b5d12503651f137b9c4e0dfacc1f1e2cb5ba70b600");
    }

    [Fact]
    public void Create_DoesNotDependOnInputOrder()
    {
        Gen.Int[0, 99_999].HashSet[0, 30].Select(Gen.Int[0, 1_000]).Sample((numbers, shuffle) =>
        {
            var tokens = numbers.Select(n => $"2026-{n:D5}").ToList();
            var shuffled = tokens.OrderBy(t => (t.GetHashCode(StringComparison.Ordinal) ^ shuffle, t)).ToList();

            LotteryManifest.Create(shuffled).Text.ShouldBe(LotteryManifest.Create(tokens).Text);
        });
    }

    [Fact]
    public void Create_WhenOneTokenChanges_ChangesDigest()
    {
        LotteryManifest.Create(["2026-0001", "2026-0002", "2026-0003", "2026-0011"]).Sha256.ShouldNotBe(LotteryVectors.ManifestSha256);
    }

    [Theory]
    [InlineData("", "token不能为空。")]
    [InlineData("2026-\n0001", "token“2026-\\n0001”含换行符，不能使用。")]
    [InlineData("2026|0001", "token“2026|0001”含竖线“|”，不能使用（竖线是摇号算法的分隔符）。")]
    public void Create_WhenTokenUnusable_ExplainsInChinese(string token, string message)
    {
        Should.Throw<LotteryInputException>(() => LotteryManifest.Create(["2026-0001", token])).Message.ShouldBe(message);
    }

    [Fact]
    public void Create_WhenTokenHasLoneSurrogate_Throws()
    {
        // Built at run time: a lone surrogate in an attribute argument would not survive compilation.
        var token = "2026-" + (char)0xD800;

        Should.Throw<LotteryInputException>(() => LotteryManifest.Create([token])).Message.ShouldContain("含无效的 Unicode 字符（孤立的代理项）");
    }

    [Fact]
    public void Create_WhenTokenRepeated_NamesIt()
    {
        Should.Throw<LotteryInputException>(() => LotteryManifest.Create(["2026-0002", "2026-0001", "2026-0002"]))
            .Message.ShouldBe("token“2026-0002”重复出现：每个申请在一个摇号池中只能出现一次。");
    }
}
