using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("310115")]
    [InlineData("650000")]
    [InlineData("820000")]
    [InlineData("419001")]
    public void Validate_WhenProvinceKnown_Accepts(string code)
    {
        var result = RegionCode.Validate(code);

        result.IsValid.ShouldBeTrue();
        result.Value.ShouldBe(code);
    }

    [Fact]
    public void Validate_WhenProvinceUnknown_NamesIt()
    {
        RegionCode.Validate("990101").Error.ShouldBe("行政区划代码前两位“99”不是有效的省级行政区划代码");
    }

    [Fact]
    public void Validate_WhenLengthWrong_ReportsLength()
    {
        RegionCode.Validate("31011").Error.ShouldBe("行政区划代码应为6位数字，当前为5位");
    }

    [Fact]
    public void Validate_WhenNotDigits_Rejects()
    {
        RegionCode.Validate("31A115").Error.ShouldBe("行政区划代码只能包含数字");
    }

    [Theory]
    [InlineData("310115", "上海市")]
    [InlineData("65", "新疆维吾尔自治区")]
    [InlineData("710000", "台湾省")]
    [InlineData("990000", null)]
    public void ProvinceName_LooksUpProvince(string code, string? expected)
    {
        RegionCode.ProvinceName(code).ShouldBe(expected);
    }

    [Fact]
    public void ProvinceOfAndPrefectureOf_TruncateCode()
    {
        RegionCode.ProvinceOf("330282").ShouldBe("330000");
        RegionCode.PrefectureOf("330282").ShouldBe("330200");
    }

    [Fact]
    public void ProvinceOf_WhenNotSixDigits_Throws()
    {
        Should.Throw<ArgumentException>(() => RegionCode.ProvinceOf("33"));
    }

    [Theory]
    [InlineData("310115", "浦东新区")]
    [InlineData("310000", "上海市")]
    [InlineData("150602", "东胜区")]
    [InlineData("110000", "北京市")]
    [InlineData("310199", null)]
    public void NameOf_UsesBuiltInTable(string code, string? expected)
    {
        RegionCode.NameOf(code).ShouldBe(expected);
    }

    [Fact]
    public void KnownNames_ContainsAllProvinces()
    {
        RegionCode.KnownNames.Keys.Count(k => k.EndsWith("0000", StringComparison.Ordinal)).ShouldBe(34);
    }
}
