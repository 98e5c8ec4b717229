using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class DigitNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData(" 110 105\t", "110105")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("ｘＸx", "XXX")]
    [InlineData("０２１－５８８８１２３４", "021-58881234")]
    [InlineData("１\u3000２", "12")]
    public void Normalize_CleansUserInput(string? input, string expected)
    {
        DigitNormalizer.Normalize(input).ShouldBe(expected);
    }
}
