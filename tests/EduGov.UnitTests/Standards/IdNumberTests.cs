using CsCheck;
using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Standards;

public sealed class IdNumberTests
{
    private const string StandardExample = "11010519491231002X";
    private static readonly DateOnly Today = new(2026, 1, 15);

    [Fact]
    public void Parse_StandardExample_IsValidWithDecodedFields()
    {
        var result = IdNumber.Parse(StandardExample, Today);

        result.IsValid.ShouldBeTrue();
        result.Error.ShouldBeNull();
        result.Value.ShouldBe(StandardExample);
        result.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        result.Sex.ShouldBe(Sex.Female);
        result.RegionCode.ShouldBe("110105");
    }

    [Fact]
    public void Parse_WhenValid_FieldsAreKnownNotNullToTheCompiler()
    {
        var result = IdNumber.Parse(StandardExample, Today);

        if (!result.IsValid)
        {
            throw new InvalidOperationException(result.Error);
        }

        result.Value.Length.ShouldBe(IdNumber.Length);
        result.RegionCode.Length.ShouldBe(RegionCode.Length);
        result.BirthDate.Value.Year.ShouldBe(1949);
    }

    [Fact]
    public void Parse_WhenCheckCharacterIsLowerCaseX_AcceptsAndNormalizes()
    {
        var result = IdNumber.Parse("11010519491231002x", Today);

        result.IsValid.ShouldBeTrue();
        result.Value.ShouldBe(StandardExample);
    }

    [Fact]
    public void Parse_WhenFullWidthDigitsAndSpaces_Accepts()
    {
        var result = IdNumber.Parse(" １１０１０５ １９４９１２３１ ００２ｘ ", Today);

        result.IsValid.ShouldBeTrue();
        result.Value.ShouldBe(StandardExample);
    }

    [Fact]
    public void Parse_WhenSequenceIsOdd_ReportsMale()
    {
        var id = IdNumber.Compose("310115", new DateOnly(2015, 6, 1), 123);

        IdNumber.Parse(id, Today).Sex.ShouldBe(Sex.Male);
    }

    [Fact]
    public void Parse_WhenCheckDigitWrong_ReportsExpectedDigit()
    {
        var result = IdNumber.Parse("110105194912310021", Today);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("身份证号校验位错误：按 GB 11643 计算应为 X，实际为 1");
        result.Value.ShouldBeNull();
    }

    [Fact]
    public void Parse_WhenBirthDateIsNotARealDate_Rejects()
    {
        var result = IdNumber.Parse("110105201902300010", Today);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("身份证号中的出生日期 2019-02-30 不是有效日期");
    }

    [Fact]
    public void Parse_WhenBirthDateIsInTheFuture_Rejects()
    {
        var id = IdNumber.Compose("310115", Today.AddDays(1), 1);

        var result = IdNumber.Parse(id, Today);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("身份证号中的出生日期 2026-01-16 晚于今天");
    }

    [Fact]
    public void Parse_WhenBornToday_Accepts()
    {
        var id = IdNumber.Compose("310115", Today, 1);

        IdNumber.Parse(id, Today).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Parse_WhenLegacy15Digits_RejectsWithConvertedNumber()
    {
        var result = IdNumber.Parse("110105491231002", Today);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("15位旧身份证号已停止使用，请填写18位号码（换算后为 11010519491231002X）");
    }

    [Theory]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X1", 19)]
    public void Parse_WhenLengthIsWrong_ReportsActualLength(string input, int length)
    {
        var result = IdNumber.Parse(input, Today);

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe($"身份证号应为18位，当前为{length}位");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_WhenEmpty_AsksForInput(string? input)
    {
        IdNumber.Parse(input, Today).Error.ShouldBe("请填写身份证号");
    }

    [Fact]
    public void Parse_WhenLetterInsideDigits_NamesPosition()
    {
        IdNumber.Parse("1101051949A231002X", Today).Error.ShouldBe("身份证号第11位“A”不是数字");
    }

    [Fact]
    public void Parse_WhenRegionCodeIsUnknown_StillAccepts()
    {
        var id = IdNumber.Compose("999999", new DateOnly(1980, 1, 1), 10);

        IdNumber.Parse(id, Today).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ComputeCheckCharacter_StandardExample_IsX()
    {
        IdNumber.ComputeCheckCharacter("11010519491231002").ShouldBe('X');
    }

    [Fact]
    public void ComputeCheckCharacter_WhenNot17Digits_Throws()
    {
        Should.Throw<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100"));
        Should.Throw<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100A"));
    }

    [Fact]
    public void Compose_RoundTripsThroughParse()
    {
        var regions = Gen.OneOf(RegionCode.KnownNames.Keys.ToArray());
        var dates = Gen.DateOnly[new DateOnly(1950, 1, 1), new DateOnly(2025, 12, 31)];
        var sequences = Gen.Int[0, 999];

        Gen.Select(regions, dates, sequences).Sample((region, birthDate, sequence) =>
        {
            var result = IdNumber.Parse(IdNumber.Compose(region, birthDate, sequence), Today);

            result.IsValid.ShouldBeTrue(result.Error);
            result.BirthDate.ShouldBe(birthDate);
            result.RegionCode.ShouldBe(region);
            result.Sex.ShouldBe(sequence % 2 == 1 ? Sex.Male : Sex.Female);
        });
    }

    [Fact]
    public void Compose_WhenSequenceOutOfRange_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => IdNumber.Compose("310115", new DateOnly(2000, 1, 1), 1000));
    }

    [Theory]
    [InlineData("31011520150601123X", "310115********123X")]
    [InlineData("E12345678", "E*******8")]
    [InlineData("AB", "A*")]
    [InlineData("", "")]
    public void Mask_HidesMiddle(string input, string expected)
    {
        IdNumber.Mask(input).ShouldBe(expected);
    }
}
