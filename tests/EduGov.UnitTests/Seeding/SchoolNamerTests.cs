using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;
using EduGov.Registry.Seeding;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Seeding;

public sealed class SchoolNamerTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(40, "四十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(999, "九百九十九")]
    public void Numeral_WritesChineseNumbers(int n, string expected)
    {
        SchoolNamer.Numeral(n).ShouldBe(expected);
    }

    [Fact]
    public void Next_NeverRepeatsAName_EvenBeyondTheTemplates()
    {
        var namer = new SchoolNamer(new SeededRandom(1));
        var town = new Town("三林镇", "三林");

        var names = Enumerable.Range(0, 600).Select(_ => namer.Next(SchoolType.Kindergarten, Ownership.Public, town).Name).ToList();

        names.Distinct().Count().ShouldBe(names.Count);
        names.ShouldAllBe(n => n.StartsWith("上海市浦东新区", StringComparison.Ordinal) && n.EndsWith("幼儿园", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_PrivateSchool_SaysMinban()
    {
        var namer = new SchoolNamer(new SeededRandom(2));

        namer.Next(SchoolType.Primary, Ownership.Private, new Town("花木街道", "花木")).Name.ShouldStartWith("上海市浦东新区民办");
    }
}
