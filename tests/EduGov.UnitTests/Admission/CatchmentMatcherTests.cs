using EduGov.Admission.Demo;
using EduGov.Admission.Domain;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

public sealed class CatchmentMatcherTests
{
    private static readonly Guid SchoolA = Guid.CreateVersion7();

    [Theory]
    [InlineData("上海市浦东新区东明路1280弄15号602室", true)]
    [InlineData("上海市浦东新区东明路 1500 号", true)]
    [InlineData("上海市浦东新区东明路１２８０号", true)]
    [InlineData("上海市浦东新区东明路1501号", false)]
    [InlineData("上海市浦东新区东明路999号", false)]
    [InlineData("上海市浦东新区东明路", false)]
    [InlineData("上海市浦东新区永泰路1280号", false)]
    public void StreetRange_CoversOnlyNumbersInsideIt(string address, bool expected)
    {
        var rule = new CatchmentRule { SchoolId = SchoolA, Street = "东明路", FromNumber = 1000, ToNumber = 1500 };

        (CatchmentMatcher.Match(address, [rule]).Count == 1).ShouldBe(expected);
    }

    [Theory]
    [InlineData("灵岩南路101号", true)]
    [InlineData("灵岩南路102号", false)]
    public void Parity_SplitsAStreetBetweenOddAndEvenSides(string address, bool odd)
    {
        var oddSide = new CatchmentRule { SchoolId = SchoolA, Street = "灵岩南路", Parity = HouseNumberParity.Odd };
        var evenSide = new CatchmentRule { SchoolId = Guid.CreateVersion7(), Street = "灵岩南路", Parity = HouseNumberParity.Even };

        CatchmentMatcher.Match(address, [oddSide, evenSide]).Single().ShouldBe(odd ? oddSide : evenSide);
    }

    [Fact]
    public void Estate_MatchesWhereverItIsNamed_AndAWholeStreetRuleNeedsNoNumber()
    {
        var estate = new CatchmentRule { SchoolId = SchoolA, Estate = "锦绣苑" };
        var street = new CatchmentRule { SchoolId = SchoolA, Street = "三林路" };

        CatchmentMatcher.Match("上海市浦东新区锦绣苑12号301室", [estate, street]).ShouldBe([estate]);
        CatchmentMatcher.Match("上海市浦东新区三林路", [estate, street]).ShouldBe([street]);
        CatchmentMatcher.Match("", [estate, street]).ShouldBeEmpty();
    }

    [Fact]
    public void DemoCatchments_SplitARoadBetweenItsSchoolsAtTheMidpoints()
    {
        static Registry.Contracts.SchoolRef School(string code, string address) =>
            new(Guid.CreateVersion7(), code, code, Registry.Contracts.SchoolType.Primary, Registry.Contracts.Ownership.Public, null, null, address);
        var near = School("1", "上海市浦东新区东明路100号");
        var far = School("2", "上海市浦东新区东明路900号");

        var streets = CatchmentPlan.For([far, near]);

        streets.Select(s => (s.SchoolId, s.From, s.To)).ShouldBe([(near.Id, 1, 500), (far.Id, 501, 2999)]);
        streets.Select(s => s.Estate).Distinct().Count().ShouldBe(2);
        CatchmentPlan.Locate("上海市浦东新区沪南公路2500号").ShouldBe(("沪南公路", 2500));
    }
}
