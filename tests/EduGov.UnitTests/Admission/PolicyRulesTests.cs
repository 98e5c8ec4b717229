using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Registry.Contracts;
using FluentValidation.Results;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

/// <summary>The policy of a round as data: its defaults, every validation rule, and the snapshot kept with each version.</summary>
public sealed class PolicyRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly PolicyValidator Validator = new();

    private static PolicyValues Primary2026 => PolicyValues.From(RoundDefaults.Create(2026, Stage.Primary, Now));

    private static Dictionary<string, string> Errors(PolicyValues policy)
    {
        ValidationResult result = Validator.Validate(policy);
        return result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void Defaults_FollowTheSeptemberCutOff_CapsAndDefaultCategories_AndValidate()
    {
        var primary = RoundDefaults.Create(2026, Stage.Primary, Now);
        var junior = RoundDefaults.Create(2026, Stage.Junior, Now);

        (primary.Name, primary.CohortFrom, primary.CohortTo, primary.ClassCap).ShouldBe(("2026年小学一年级招生", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 45));
        (junior.Name, junior.CohortFrom, junior.CohortTo, junior.ClassCap).ShouldBe(("2026年初中预备(七年级)招生", new DateOnly(2013, 9, 1), new DateOnly(2014, 8, 31), 50));
        primary.PolicySource.ShouldBe(DefaultPolicy.Source);
        primary.Categories.Select(c => (c.Order, c.Name, c.RoundId)).ShouldBe(DefaultPolicy.Categories(primary.Id).Select(c => (c.Order, c.Name, c.RoundId)));
        primary.ApplicationOpens.Month.ShouldBe(4);
        primary.AppealsClose.Month.ShouldBe(7);
        Errors(PolicyValues.From(primary)).ShouldBeEmpty();
        Errors(PolicyValues.From(junior)).ShouldBeEmpty();
    }

    [Fact]
    public void Timeline_MustRunInOrder_AndTheCohortForwards()
    {
        var policy = Primary2026 with
        {
            ApplicationOpens = new DateOnly(2026, 5, 11),
            ApplicationCloses = new DateOnly(2026, 5, 10),
            VerificationCloses = new DateOnly(2026, 5, 9),
            DrawOn = new DateOnly(2026, 5, 8),
            ResultsOn = new DateOnly(2026, 5, 7),
            AppealsClose = new DateOnly(2026, 5, 6),
            CohortTo = new DateOnly(2019, 9, 1),
        };

        var errors = Errors(policy);

        errors["ApplicationCloses"].ShouldBe("报名截止日期不能早于报名开始日期");
        errors["VerificationCloses"].ShouldBe("审核截止日期不能早于报名截止日期");
        errors["DrawOn"].ShouldBe("摇号日期不能早于审核截止日期");
        errors["ResultsOn"].ShouldBe("公布结果日期不能早于摇号日期");
        errors["AppealsClose"].ShouldBe("申诉截止日期不能早于公布结果日期");
        errors["CohortTo"].ShouldBe("入学年龄段的截止出生日期应晚于起始出生日期");
        var sameDay = new DateOnly(2026, 5, 10);
        Errors(Primary2026 with { ApplicationOpens = sameDay, ApplicationCloses = sameDay, VerificationCloses = sameDay, DrawOn = sameDay, ResultsOn = sameDay, AppealsClose = sameDay })
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData(19, 2, "ClassCap", "班额上限应为 20 到 66 人")]
    [InlineData(67, 2, "ClassCap", "班额上限应为 20 到 66 人")]
    [InlineData(45, 0, "PrivateChoices", "民办学校志愿数应为 1 到 5 个")]
    [InlineData(45, 6, "PrivateChoices", "民办学校志愿数应为 1 到 5 个")]
    public void CapsAndChoices_OutsideTheirRange_AreRefused(int cap, int choices, string field, string message) =>
        Errors(Primary2026 with { ClassCap = cap, PrivateChoices = choices })[field].ShouldBe(message);

    [Theory]
    [InlineData(20, 1)]
    [InlineData(66, 5)]
    public void CapsAndChoices_AtTheirLimits_AreAccepted(int cap, int choices) =>
        Errors(Primary2026 with { ClassCap = cap, PrivateChoices = choices }).ShouldBeEmpty();

    [Fact]
    public void OneAddressYears_AreCheckedOnlyWhenTheRuleApplies_AndTheSourceIsRequired()
    {
        Errors(Primary2026 with { AddressReuseYears = 0 })["AddressReuseYears"].ShouldBe("一址一位的年限应为 1 到 9 年");
        Errors(Primary2026 with { AddressReuseYears = 0, OneAddressRule = false }).ShouldBeEmpty();
        Errors(Primary2026 with { PolicySource = " ", Name = "" }).Keys.ShouldBe(["Name", "PolicySource"], ignoreOrder: true);
        Errors(Primary2026 with { ResidencePointsStandard = -1 })["ResidencePointsStandard"].ShouldBe("居住证积分标准分值应为 0 到 1000 分");
    }

    [Fact]
    public void Categories_NeedOneAtLeast_UniqueNonEmptyNames_AndALastOneWithoutConditions()
    {
        Errors(Primary2026 with { Categories = [] })["Categories"].ShouldBe("至少需要一个优先类别");
        Errors(Primary2026 with { Categories = [new("人户一致", HukouInCatchment: true), new("人户一致"), new(" ")] }).ShouldSatisfyAllConditions(
            e => e["Categories"].ShouldBe("类别名称“人户一致”重复，每个类别的名称应不同"),
            e => e["Categories[2].Name"].ShouldBe("类别名称不能为空"));
        Errors(Primary2026 with { Categories = [new("其他")] }).ShouldBeEmpty();
    }

    [Fact]
    public void Categories_WhoseLastHasAConditon_AreRefused_SoThatEveryChildFallsIntoOne()
    {
        var policy = Primary2026 with { Categories = [new("人户一致", HukouInCatchment: true, PropertyInCatchment: true), new("居住证", ResidencePermit: true)] };

        Errors(policy)["Categories"].ShouldBe(PolicyValidator.LastCategoryMustCatchAll);
        PolicyValidator.LastCategoryMustCatchAll.ShouldContain("最后一个类别不能设置任何条件");
    }

    [Fact]
    public void Snapshot_KeepsTheWholePolicyWithItsCategories_InReadableChinese()
    {
        var policy = Primary2026 with
        {
            Mechanism = AssignmentMechanism.ChoiceByChoice,
            TieBreak = TieBreakKind.PerSchool,
            Categories = [new("人户一致", HukouInCatchment: true, SameAddress: true, AddressUnused: true), new("居住证积分达标", ResidencePermit: true, PointsAtStandard: true), new("其他")],
        };

        var json = PolicySnapshot.Write(policy);
        var read = PolicySnapshot.Read(json);

        read.ShouldBe(policy with { Categories = read.Categories });
        read.Categories.ShouldBe(policy.Categories);
        json.ShouldContain("\"人户一致\"");
        json.ShouldContain("\"ChoiceByChoice\"");
        json.ShouldContain("\"CohortFrom\": \"2019-09-01\"");
        json.ShouldNotContain("HasConditions");
    }

    [Fact]
    public void ApplyCategories_KeepsEachPlacesOrder_UpdatesInPlace_AddsAndRemoves()
    {
        var round = RoundDefaults.Create(2026, Stage.Primary, Now);
        var ids = round.Categories.OrderBy(c => c.Order).Select(c => c.Id).ToList();
        var removed = new List<PriorityCategory>();

        CategoryValues.ApplyTo(round, [new("户籍", HukouInCatchment: true), new("人户一致", SameAddress: true), new("其他")], removed.Add);

        round.Categories.OrderBy(c => c.Order).Select(c => (c.Id, c.Order, c.Name)).ShouldBe([(ids[0], 1, "户籍"), (ids[1], 2, "人户一致"), (ids[2], 3, "其他")]);
        round.Categories.Single(c => c.Order == 2).SameAddress.ShouldBeTrue();
        round.Categories.Single(c => c.Order == 2).HukouInCatchment.ShouldBeFalse();
        removed.Select(c => c.Id).ShouldBe([ids[3], ids[4]]);

        CategoryValues.ApplyTo(round, [new("甲", LinealHolder: true), new("乙", LivingInCatchment: true), new("丙", ResidencePermit: true), new("丁")], removed.Add);

        round.Categories.OrderBy(c => c.Order).Select(c => (c.Order, c.Name, c.RoundId)).ShouldBe([(1, "甲", round.Id), (2, "乙", round.Id), (3, "丙", round.Id), (4, "丁", round.Id)]);
    }

    [Fact]
    public void Conditions_HaveAChineseLabelForEveryFlag_AndSetExactlyTheirOwn()
    {
        PolicyNames.Conditions.Count.ShouldBe(8);
        foreach (var condition in PolicyNames.Conditions)
        {
            var set = condition.Set(new CategoryValues("类"), true);
            PolicyNames.ConditionsOf(set).ShouldBe([condition.Label]);
            condition.Get(set).ShouldBeTrue();
        }
    }
}
