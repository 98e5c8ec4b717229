using EduGov.Training.Documents;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Training.Documents;

/// <summary>The 文号 code, the review body of the remedy notice and the derived yearly sequence of decision documents.</summary>
public sealed class DecisionDocumentsTests
{
    [Theory]
    [InlineData("上海市浦东新区教育局", "浦教民")]
    [InlineData("浦东新区教育局", "浦教民")]
    [InlineData("江苏省南京市鼓楼区教育局", "鼓教民")]
    [InlineData("某某县教育局", "某教民")]
    [InlineData("某某市教育局", "某教民")]
    [InlineData("区教育局", "区教民")]
    public void DefaultCode_IsTheDistrictsFirstCharacter_WithoutProvinceOrCity(string authority, string code) =>
        DecisionDocuments.DefaultCode(authority).ShouldBe(code);

    [Theory]
    [InlineData("上海市浦东新区教育局", "上海市浦东新区人民政府")]
    [InlineData("区教育局", "区人民政府")]
    [InlineData("教育督导室", "本级人民政府")]
    public void ReviewBody_IsTheDistrictsPeoplesGovernment(string authority, string body) =>
        DecisionDocuments.ReviewBody(authority).ShouldBe(body);

    [Fact]
    public void Remedy_Gives60DaysForReviewAnd6MonthsForSuit() =>
        DecisionDocuments.Remedy("上海市浦东新区教育局").ShouldBe(
            "如不服本决定，可以自收到本决定书之日起六十日内向上海市浦东新区人民政府申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。");

    [Fact]
    public void Sequence_OrdersByTheInstantTaken_SoAnEarlierDecisionKeepsItsNumber()
    {
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        var third = Guid.CreateVersion7();
        var at = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        (Guid, DateTime)[] decided = [(second, at.AddHours(1)), (first, at)];

        DecisionDocuments.Sequence(decided, first).ShouldBe(1);
        DecisionDocuments.Sequence(decided, second).ShouldBe(2);
        DecisionDocuments.Sequence([.. decided, (third, at.AddDays(1))], first).ShouldBe(1);
        DecisionDocuments.Sequence([.. decided, (third, at.AddDays(1))], third).ShouldBe(3);
    }

    [Fact]
    public void YearInUtc_StartsAtMidnightChinaTime() =>
        DecisionDocuments.YearInUtc(2026).ShouldBe((new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData("消防验收不合格", "消防验收不合格。")]
    [InlineData(" 材料齐全。 ", "材料齐全。")]
    public void Sentence_EndsWithAFullStop(string text, string sentence) => DecisionDocuments.Sentence(text).ShouldBe(sentence);
}
