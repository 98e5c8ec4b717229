using EduGov.Platform.Data;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Kernel;

public sealed class TableNamingTests
{
    [Theory]
    [InlineData("School", "school")]
    [InlineData("SchoolZone", "school_zone")]
    [InlineData("RecordChange", "record_change")]
    [InlineData("APIToken", "api_token")]
    public void ToSnakeCase_SplitsWordsAndAcronyms(string name, string expected) => TableNaming.ToSnakeCase(name).ShouldBe(expected);
}
