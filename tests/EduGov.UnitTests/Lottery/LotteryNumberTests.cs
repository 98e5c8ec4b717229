using CsCheck;
using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class LotteryNumberTests
{
    private static readonly Gen<string> Seeds = Gen.Byte.Array[32].Select(Convert.ToHexStringLower);
    private static readonly Gen<string> Tokens = Gen.Int[0, 999_999].Select(n => $"2026-{n:D6}");

    [Theory]
    [InlineData("2026-0001")]
    [InlineData("2026-0002")]
    [InlineData("2026-0003")]
    [InlineData("2026-0010")]
    public void Number_ForKnownSeedAndToken_MatchesHandComputedVector(string token)
    {
        LotteryNumber.For(LotteryVectors.Seed, token).ToString().ShouldBe(LotteryVectors.Numbers[token]);
    }

    [Theory]
    [InlineData("2026-0001")]
    [InlineData("2026-0002")]
    [InlineData("2026-0003")]
    [InlineData("2026-0010")]
    public void Number_WithSchool_MatchesHandComputedVector(string token)
    {
        LotteryNumber.For(LotteryVectors.Seed, LotteryVectors.School, token).ToString().ShouldBe(LotteryVectors.SchoolNumbers[token]);
    }

    [Fact]
    public void Number_WithSchool_DiffersFromSingleNumberAndPerSchool()
    {
        var single = LotteryNumber.For(LotteryVectors.Seed, "2026-0001");
        var here = LotteryNumber.For(LotteryVectors.Seed, LotteryVectors.School, "2026-0001");
        var there = LotteryNumber.For(LotteryVectors.Seed, LotteryVectors.OtherSchool, "2026-0001");

        new[] { single, here, there }.ShouldBeUnique();
    }

    [Fact]
    public void CompareTo_IsUnsignedBigEndian_LikeTheHexText()
    {
        // Equal-length lower-case hex sorts exactly as the unsigned big-endian number it writes; high first bytes
        // (0x80–0xff) would sort first if compared as signed.
        Gen.Select(Seeds, Tokens, Tokens).Sample((seed, a, b) =>
        {
            var x = LotteryNumber.For(seed, a);
            var y = LotteryNumber.For(seed, b);

            Math.Sign(x.CompareTo(y)).ShouldBe(Math.Sign(string.CompareOrdinal(x.ToString(), y.ToString())));
            (x < y).ShouldBe(x.CompareTo(y) < 0);
            (x == y).ShouldBe(a == b);
        });
    }

    [Fact]
    public void KnownNumbers_OrderAsTheirValues()
    {
        var n1 = LotteryNumber.For(LotteryVectors.Seed, "2026-0001"); // 7040…
        var n2 = LotteryNumber.For(LotteryVectors.Seed, "2026-0002"); // e462…
        var n3 = LotteryNumber.For(LotteryVectors.Seed, "2026-0003"); // 4747…

        (n3 < n1).ShouldBeTrue();
        (n1 < n2).ShouldBeTrue();
        n2.CompareTo((object)n3).ShouldBePositive();
        n2.CompareTo(null).ShouldBePositive();
    }

    [Fact]
    public void SameInputs_GiveEqualNumbers_WithEqualHashCodes()
    {
        var a = LotteryNumber.For(LotteryVectors.Seed, "2026-0001");
        var b = LotteryNumber.For(LotteryVectors.Seed, "2026-0001");

        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        Convert.ToHexStringLower(a.ToBytes()).ShouldBe(LotteryVectors.Numbers["2026-0001"]);
    }

    [Theory]
    [InlineData("490E34F3853874AC164CD3A3FC2B834BC3C20023C597620C16DAD7C5F202BC6B")]
    [InlineData("490e34f3")]
    public void For_WhenSeedIsNotLowerCaseHex_Throws(string seed)
    {
        Should.Throw<LotteryInputException>(() => LotteryNumber.For(seed, "2026-0001")).Message.ShouldStartWith("种子 seed 应为 64 位小写十六进制数字");
    }

    [Fact]
    public void For_WhenSchoolIdHasSeparator_Throws()
    {
        Should.Throw<LotteryInputException>(() => LotteryNumber.For(LotteryVectors.Seed, "21|31", "2026-0001")).Message.ShouldContain("竖线");
    }
}
