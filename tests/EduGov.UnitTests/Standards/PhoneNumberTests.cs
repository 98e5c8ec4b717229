using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812341234", "13812341234")]
    [InlineData(" 138 1234 1234 ", "13812341234")]
    [InlineData("１３８１２３４１２３４", "13812341234")]
    [InlineData("138-1234-1234", "13812341234")]
    [InlineData("+8613812341234", "13812341234")]
    [InlineData("19912341234", "19912341234")]
    [InlineData("021-58881234", "021-58881234")]
    [InlineData("02158881234", "02158881234")]
    [InlineData("0755-2345678", "0755-2345678")]
    public void Validate_WhenWellFormed_ReturnsNormalizedValue(string input, string expected)
    {
        var result = PhoneNumber.Validate(input);

        result.IsValid.ShouldBeTrue(result.Error);
        result.Value.ShouldBe(expected);
    }

    [Fact]
    public void Validate_WhenMobileTooShort_ReportsLength()
    {
        PhoneNumber.Validate("1381234123").Error.ShouldBe("手机号应为11位，当前为10位");
    }

    [Fact]
    public void Validate_WhenSecondDigitBelow3_Rejects()
    {
        PhoneNumber.Validate("12812341234").Error.ShouldBe("手机号第二位应为3至9之间的数字");
    }

    [Theory]
    [InlineData("58881234")]
    [InlineData("021-5888")]
    [InlineData("phone")]
    public void Validate_WhenNeitherMobileNorLandline_Rejects(string input)
    {
        var result = PhoneNumber.Validate(input);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("电话号码格式不正确：手机号应为11位数字，固定电话需带区号，如 021-58881234");
    }

    [Fact]
    public void Validate_WhenEmpty_AsksForInput()
    {
        PhoneNumber.Validate(" ").Error.ShouldBe("请填写联系电话");
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("021-58881234", "021****1234")]
    [InlineData("12345", "1***5")]
    [InlineData("", "")]
    public void Mask_HidesMiddle(string input, string expected)
    {
        PhoneNumber.Mask(input).ShouldBe(expected);
    }
}
