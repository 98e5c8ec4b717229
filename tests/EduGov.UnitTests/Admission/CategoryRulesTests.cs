using EduGov.Admission.Domain;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

public sealed class CategoryRulesTests
{
    private static readonly List<PriorityCategory> Categories = DefaultPolicy.Categories(Guid.CreateVersion7());

    private static CategoryFacts Facts(
        bool hukou = false, bool property = false, bool same = false, bool lineal = true, bool unused = true,
        bool permit = false, bool points = false, bool living = false) =>
        new(hukou, property, same, lineal, unused, permit, points, living);

    [Fact]
    public void HukouAndPropertyAtOneAddress_IsTheFirstCategory_WithEveryConditionNamed()
    {
        var result = CategoryRules.Classify(Categories, Facts(hukou: true, property: true, same: true, living: true))!;

        result.Order.ShouldBe(1);
        result.Reason.ShouldBe("符合第1类“人户一致”：户籍在对口地段；产权房在对口地段；户籍与产权地址一致（人户一致）；户主和产权人为儿童本人或直系亲属；该地址在规定年限内未用于入学。");
    }

    [Fact]
    public void AnAddressUsedWithinFiveYears_FallsToHukouOnly_AndTheReasonSaysWhy()
    {
        var result = CategoryRules.Classify(Categories, Facts(hukou: true, property: true, same: true, unused: false))!;

        result.Order.ShouldBe(2);
        result.Reason.ShouldStartWith("不符合第1类（该地址在规定年限内已用于入学）。符合第2类“户籍在地段（人户分离）”");
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 4)]
    public void PermitHolders_ArePlacedByPoints(bool atStandard, int expected)
    {
        var result = CategoryRules.Classify(Categories, Facts(property: true, permit: true, points: atStandard, living: true))!;

        result.Order.ShouldBe(expected);
    }

    [Fact]
    public void NoFactsAtAll_FallIntoTheLastCategory_AndAnEmptyPolicyClassifiesNobody()
    {
        CategoryRules.Classify(Categories, Facts(lineal: false))!.Name.ShouldBe("其他");
        CategoryRules.Classify([], Facts()).ShouldBeNull();
    }
}
