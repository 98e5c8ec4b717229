using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class SchoolCodeTests
{
    [Theory]
    [InlineData("4111010001")]
    [InlineData("2131000123")]
    [InlineData("1182000001")]
    public void Validate_WhenWellFormed_Accepts(string code)
    {
        SchoolCode.Validate(code).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_WhenCategoryUnknown_NamesCategory()
    {
        SchoolCode.Validate("2931000123").Error.ShouldBe("学校标识码前两位“29”不是有效的学校类别码");
    }

    [Fact]
    public void Validate_WhenProvinceUnknown_NamesProvince()
    {
        SchoolCode.Validate("2139000123").Error.ShouldBe("学校标识码第3-4位“39”不是有效的省级行政区划代码");
    }

    [Theory]
    [InlineData("213100012", 9)]
    [InlineData("21310001234", 11)]
    public void Validate_WhenLengthWrong_ReportsLength(string code, int length)
    {
        SchoolCode.Validate(code).Error.ShouldBe($"学校标识码应为10位数字，当前为{length}位");
    }

    [Fact]
    public void Validate_WhenNotDigits_Rejects()
    {
        SchoolCode.Validate("21310001AB").Error.ShouldBe("学校标识码只能包含数字");
    }

    [Theory]
    [InlineData("11", "幼儿园")]
    [InlineData("34", "普通高中")]
    [InlineData("4111010001", "普通高等学校")]
    [InlineData("99", null)]
    [InlineData("1", null)]
    public void CategoryName_LooksUpCategory(string code, string? expected)
    {
        SchoolCode.CategoryName(code).ShouldBe(expected);
    }

    [Fact]
    public void Compose_BuildsValidCode()
    {
        var code = SchoolCode.Compose("21", "31", 123);

        code.ShouldBe("2131000123");
        SchoolCode.Validate(code).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Compose_WhenCategoryUnknown_Throws()
    {
        Should.Throw<ArgumentException>(() => SchoolCode.Compose("29", "31", 1));
    }
}
