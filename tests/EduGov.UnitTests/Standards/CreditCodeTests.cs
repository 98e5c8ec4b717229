using CsCheck;
using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class CreditCodeTests
{
    private const string Example = "91350100M000100Y43";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Fact]
    public void Validate_RealFormatExample_IsValid()
    {
        var result = CreditCode.Validate(Example);

        result.IsValid.ShouldBeTrue(result.Error);
        result.Value.ShouldBe(Example);
    }

    [Fact]
    public void Validate_WhenLowerCaseAndSpaces_Normalizes()
    {
        CreditCode.Validate(" 91350100m000100y43 ").Value.ShouldBe(Example);
    }

    [Fact]
    public void Validate_WhenOneCharacterAltered_ReportsExpectedCheck()
    {
        var result = CreditCode.Validate("91350100M000100Y44");

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("统一社会信用代码校验位错误：按 GB 32100 计算应为 3，实际为 4");
    }

    [Fact]
    public void Validate_WhenBodyCharacterAltered_Rejects()
    {
        CreditCode.Validate("91350100M000101Y43").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Validate_WhenForbiddenLetter_NamesPosition()
    {
        CreditCode.Validate("91350100O000100Y43").Error
            .ShouldBe("统一社会信用代码第9位“O”不是允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）");
    }

    [Fact]
    public void Validate_WhenLengthWrong_ReportsLength()
    {
        CreditCode.Validate("91350100M000100Y4").Error.ShouldBe("统一社会信用代码应为18位，当前为17位");
    }

    [Fact]
    public void Validate_AnyPrefixWithComputedCheck_IsValid()
    {
        Gen.Char[Alphabet].Array[17].Sample(chars =>
        {
            var first17 = new string(chars);
            var code = first17 + CreditCode.ComputeCheckCharacter(first17);

            CreditCode.Validate(code).IsValid.ShouldBeTrue(code);
        });
    }
}
