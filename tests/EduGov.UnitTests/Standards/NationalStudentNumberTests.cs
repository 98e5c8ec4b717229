using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class NationalStudentNumberTests
{
    [Fact]
    public void Validate_WhenGPlusIdNumber_Accepts()
    {
        var result = NationalStudentNumber.Validate("g11010519491231002x");

        result.IsValid.ShouldBeTrue();
        result.Value.ShouldBe("G11010519491231002X");
    }

    [Fact]
    public void Validate_WhenJNumberBuiltByIdRule_Accepts()
    {
        var number = "J" + IdNumber.Compose("310115", new DateOnly(2018, 3, 4), 42);

        NationalStudentNumber.Validate(number).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_WhenCheckDigitWrong_ReportsExpectedDigit()
    {
        NationalStudentNumber.Validate("G110105194912310021").Error
            .ShouldBe("全国学籍号校验位错误：按 GB 11643 计算应为 X，实际为 1");
    }

    [Fact]
    public void Validate_WhenTemporaryL_AcceptsWithoutCheckDigit()
    {
        NationalStudentNumber.Validate("L310115201803041234").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_WhenTemporaryEndsWithX_Rejects()
    {
        NationalStudentNumber.Validate("L31011520180304123X").Error.ShouldBe("临时学籍号（L开头）的后18位只能是数字");
    }

    [Fact]
    public void Validate_WhenUnknownPrefix_Rejects()
    {
        NationalStudentNumber.Validate("K11010519491231002X").Error.ShouldBe("全国学籍号首位应为 G、J 或 L，实际为“K”");
    }

    [Fact]
    public void Validate_WhenLengthWrong_ReportsLength()
    {
        NationalStudentNumber.Validate("11010519491231002X").Error
            .ShouldBe("全国学籍号应为19位（1位字母加18位数字），当前为18位");
    }

    [Fact]
    public void FromIdNumber_PrefixesG()
    {
        NationalStudentNumber.FromIdNumber("11010519491231002x").ShouldBe("G11010519491231002X");
    }

    [Fact]
    public void FromIdNumber_WhenCheckDigitWrong_Throws()
    {
        Should.Throw<ArgumentException>(() => NationalStudentNumber.FromIdNumber("110105194912310021"));
    }
}
