using EduGov.Admission.Domain;
using EduGov.Admission.Seats;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

/// <summary>The checks and the wording of a catchment rule, shared by the form and the import.</summary>
public sealed class SeatsCatchmentRulesTests
{
    private static CatchmentRules.Values Rule(string street = "张杨路", int? from = null, int? to = null, HouseNumberParity parity = HouseNumberParity.All, string estate = "") =>
        new(street, from, to, parity, estate, "");

    [Fact]
    public void AStreetOrAnEstate_IsEnough()
    {
        CatchmentRules.Problems(Rule()).ShouldBeEmpty();
        CatchmentRules.Problems(Rule(street: "", estate: "世纪花园")).ShouldBeEmpty();
        CatchmentRules.Problems(Rule(from: 1, to: 99, parity: HouseNumberParity.Odd)).ShouldBeEmpty();
        CatchmentRules.Problems(Rule(street: " ", estate: ""))["Street"].ShouldBe("请填写道路/街巷或小区名称");
    }

    [Fact]
    public void HouseNumbers_ArePositive_InOrder_AndBelongToAStreet()
    {
        CatchmentRules.Problems(Rule(from: 200, to: 100))["ToNumber"].ShouldBe("起始门牌号不能大于截止门牌号");
        CatchmentRules.Problems(Rule(from: 0))["FromNumber"].ShouldBe("门牌号应为 1 到 99999 的整数");
        CatchmentRules.Problems(Rule(to: -3))["ToNumber"].ShouldBe("门牌号应为 1 到 99999 的整数");
        CatchmentRules.Problems(Rule(street: "", from: 1, estate: "世纪花园"))["Street"].ShouldBe("门牌号范围和单双号须与道路/街巷一起填写");
        CatchmentRules.Problems(Rule(street: new string('路', 101)))["Street"].ShouldBe("道路/街巷不能超过 100 个字");
    }

    [Fact]
    public void Describe_ReadsLikeThePublishedLists()
    {
        CatchmentRules.Describe(new CatchmentRule { Street = "张杨路", FromNumber = 100, ToNumber = 200, Parity = HouseNumberParity.Even }).ShouldBe("张杨路 100–200 号双号");
        CatchmentRules.Describe(new CatchmentRule { Street = "张杨路" }).ShouldBe("张杨路（全段）");
        CatchmentRules.Describe(new CatchmentRule { Street = "峨山路", Parity = HouseNumberParity.Odd }).ShouldBe("峨山路 单号");
        CatchmentRules.Describe(new CatchmentRule { Street = "峨山路", FromNumber = 5 }).ShouldBe("峨山路 5 号起");
        CatchmentRules.Describe(new CatchmentRule { Estate = "世纪花园" }).ShouldBe("世纪花园（小区）");
    }

    [Theory]
    [InlineData("", HouseNumberParity.All)]
    [InlineData("全部", HouseNumberParity.All)]
    [InlineData("单号", HouseNumberParity.Odd)]
    [InlineData(" 双号 ", HouseNumberParity.Even)]
    public void Parity_IsReadFromItsChineseName(string text, HouseNumberParity parity) => CatchmentRules.ParseParity(text).ShouldBe(parity);

    [Fact]
    public void Parity_UnknownText_IsNotGuessed() => CatchmentRules.ParseParity("奇数").ShouldBeNull();
}
