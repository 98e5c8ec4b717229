using EduGov.Registry.Contracts;
using EduGov.Registry.Seeding;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Seeding;

public sealed class DemoPresetTests
{
    [Theory]
    [InlineData("small")]
    [InlineData(" Small ")]
    public void Find_KnownName_IgnoresCaseAndSpaces(string name)
    {
        DemoPreset.Find(name).ShouldBeSameAs(DemoPreset.Small);
    }

    [Fact]
    public void Find_UnknownName_ThrowsInChinese()
    {
        var error = Should.Throw<ArgumentException>(() => DemoPreset.Find("huge"));

        error.Message.ShouldStartWith("未知的演示数据规模“huge”，可选：small、district");
    }

    [Fact]
    public void Small_HasAboutFortySchools()
    {
        DemoPreset.Small.SchoolCount.ShouldBe(40);
        DemoPreset.Small.Schools.Single(q => q.Type == SchoolType.Kindergarten).Count.ShouldBe(12);
    }

    [Fact]
    public void District_HasPudongsShape()
    {
        var preset = DemoPreset.Find("district");

        preset.Schools.Single(q => q.Type == SchoolType.Kindergarten).Count.ShouldBe(325);
        preset.Schools.Single(q => q.Type == SchoolType.Primary).Count.ShouldBe(154);
        preset.Schools.Where(q => q.Type is SchoolType.Junior or SchoolType.NineYear).Sum(q => q.Count).ShouldBe(115);
        preset.Schools.Where(q => q.Type is SchoolType.Senior or SchoolType.CompleteSecondary).Sum(q => q.Count).ShouldBe(52);
        preset.PupilsTarget.ShouldBe(400_000);
        preset.Zones.ShouldBeLessThanOrEqualTo(PudongAtlas.Zones.Count);
    }
}
