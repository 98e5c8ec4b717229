using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;
using FluentValidation;

namespace EduGov.Admission.Policy;

/// <summary>
/// Checks a policy before it is saved and again before the round opens: the timeline in order, a real cohort, class caps
/// within the national bands (≤ 66, the 超大班额 limit), a sane number of private choices, and a category list in which
/// the last category has no conditions so that every child falls into some category.
/// </summary>
internal sealed class PolicyValidator : AbstractValidator<PolicyValues>
{
    public const int MinClassCap = 20;
    public const int MaxClassCap = 66;
    public const int MaxPrivateChoices = 5;
    public const int MaxAddressReuseYears = 9;
    public const int MaxResidencePoints = 1000;
    public const int MaxCategories = 20;
    public const string LastCategoryMustCatchAll = "最后一个类别不能设置任何条件（如“其他”），否则不符合前面各类条件的儿童将无类可归。";

    public PolicyValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage("请填写招生轮次名称").MaximumLength(100).WithMessage("招生轮次名称不能超过 100 个字");
        RuleFor(p => p.PolicySource).NotEmpty().WithMessage("请填写政策依据（文件名称和文号）").MaximumLength(500).WithMessage("政策依据不能超过 500 个字");
        RuleFor(p => p.CohortTo).GreaterThan(p => p.CohortFrom).WithMessage("入学年龄段的截止出生日期应晚于起始出生日期");
        RuleFor(p => p.ApplicationCloses).GreaterThanOrEqualTo(p => p.ApplicationOpens).WithMessage("报名截止日期不能早于报名开始日期");
        RuleFor(p => p.VerificationCloses).GreaterThanOrEqualTo(p => p.ApplicationCloses).WithMessage("审核截止日期不能早于报名截止日期");
        RuleFor(p => p.DrawOn).GreaterThanOrEqualTo(p => p.VerificationCloses).WithMessage("摇号日期不能早于审核截止日期");
        RuleFor(p => p.ResultsOn).GreaterThanOrEqualTo(p => p.DrawOn).WithMessage("公布结果日期不能早于摇号日期");
        RuleFor(p => p.AppealsClose).GreaterThanOrEqualTo(p => p.ResultsOn).WithMessage("申诉截止日期不能早于公布结果日期");
        RuleFor(p => p.PrivateChoices).InclusiveBetween(1, MaxPrivateChoices).WithMessage($"民办学校志愿数应为 1 到 {MaxPrivateChoices} 个");
        RuleFor(p => p.ClassCap).InclusiveBetween(MinClassCap, MaxClassCap).WithMessage($"班额上限应为 {MinClassCap} 到 {MaxClassCap} 人");
        RuleFor(p => p.Mechanism).IsInEnum().WithMessage("请选择录取方式");
        RuleFor(p => p.TieBreak).IsInEnum().WithMessage("请选择随机号方式");
        RuleFor(p => p.AddressReuseYears).InclusiveBetween(1, MaxAddressReuseYears).When(p => p.OneAddressRule)
            .WithMessage($"一址一位的年限应为 1 到 {MaxAddressReuseYears} 年");
        RuleFor(p => p.ResidencePointsStandard).InclusiveBetween(0, MaxResidencePoints).WithMessage($"居住证积分标准分值应为 0 到 {MaxResidencePoints} 分");
        RuleFor(p => p.Categories).NotEmpty().WithMessage("至少需要一个优先类别")
            .Must(c => c.Count <= MaxCategories).WithMessage($"优先类别不能超过 {MaxCategories} 个")
            .Must(c => c.Count == 0 || !c[^1].HasConditions).WithMessage(LastCategoryMustCatchAll)
            .Custom((categories, context) =>
            {
                foreach (var name in DuplicateNames(categories))
                {
                    context.AddFailure($"类别名称“{name}”重复，每个类别的名称应不同");
                }
            });
        RuleForEach(p => p.Categories).ChildRules(category =>
            category.RuleFor(c => c.Name).NotEmpty().WithMessage("类别名称不能为空").MaximumLength(100).WithMessage("类别名称不能超过 100 个字"));
    }

    private static IEnumerable<string> DuplicateNames(IEnumerable<CategoryValues> categories) =>
        categories.Select(c => c.Name.Trim()).Where(n => n.Length > 0).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}

/// <summary>A new round's policy: the usual Shanghai cohort, timeline, caps and the categories of <see cref="DefaultPolicy"/>.</summary>
internal static class RoundDefaults
{
    public const int PrimaryClassCap = 45;
    public const int JuniorClassCap = 50;

    public static AdmissionRound Create(int year, Stage stage, DateTime createdAt)
    {
        var round = new AdmissionRound
        {
            Year = year,
            Stage = stage,
            Name = NameOf(year, stage),
            PolicySource = DefaultPolicy.Source,
            CohortFrom = new DateOnly(year - CohortAge(stage) - 1, 9, 1),
            CohortTo = new DateOnly(year - CohortAge(stage), 8, 31),
            ApplicationOpens = new DateOnly(year, 4, 20),
            ApplicationCloses = new DateOnly(year, 5, 10),
            VerificationCloses = new DateOnly(year, 5, 31),
            DrawOn = new DateOnly(year, 6, 10),
            ResultsOn = new DateOnly(year, 6, 20),
            AppealsClose = new DateOnly(year, 7, 5),
            PrivateChoices = 2,
            ClassCap = stage == Stage.Primary ? PrimaryClassCap : JuniorClassCap,
            CreatedAt = createdAt,
        };
        round.Categories = DefaultPolicy.Categories(round.Id);
        return round;
    }

    public static string NameOf(int year, Stage stage) =>
        stage == Stage.Primary ? $"{year}年小学一年级招生" : $"{year}年初中预备(七年级)招生";

    /// <summary>Children entering primary in September of year Y turn 6 by 31 August of Y (born 1 Sep Y−7 – 31 Aug Y−6); junior six years later.</summary>
    private static int CohortAge(Stage stage) => stage == Stage.Primary ? 6 : 12;
}

/// <summary>Chinese names of the policy's vocabulary, shown on pages and in exports.</summary>
internal static class PolicyNames
{
    /// <summary>The condition flags of a category, with their Chinese labels, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<ConditionLabel> Conditions =
    [
        new(nameof(CategoryValues.HukouInCatchment), "户籍在对口地段", c => c.HukouInCatchment, (c, v) => c with { HukouInCatchment = v }),
        new(nameof(CategoryValues.PropertyInCatchment), "产权房在对口地段", c => c.PropertyInCatchment, (c, v) => c with { PropertyInCatchment = v }),
        new(nameof(CategoryValues.SameAddress), "人户一致（户籍与产权地址相同）", c => c.SameAddress, (c, v) => c with { SameAddress = v }),
        new(nameof(CategoryValues.LinealHolder), "户主和产权人为儿童本人或直系亲属", c => c.LinealHolder, (c, v) => c with { LinealHolder = v }),
        new(nameof(CategoryValues.AddressUnused), "该地址在规定年限内未用于入学（一址一位）", c => c.AddressUnused, (c, v) => c with { AddressUnused = v }),
        new(nameof(CategoryValues.ResidencePermit), "持有效居住证", c => c.ResidencePermit, (c, v) => c with { ResidencePermit = v }),
        new(nameof(CategoryValues.PointsAtStandard), "居住证积分达到标准分值", c => c.PointsAtStandard, (c, v) => c with { PointsAtStandard = v }),
        new(nameof(CategoryValues.LivingInCatchment), "实际居住在对口地段", c => c.LivingInCatchment, (c, v) => c with { LivingInCatchment = v }),
    ];

    public static IEnumerable<string> ConditionsOf(CategoryValues category) => Conditions.Where(c => c.Get(category)).Select(c => c.Label);
}

/// <summary>One condition flag of a category: its field name, Chinese label, and how to read and set it.</summary>
internal sealed record ConditionLabel(string Field, string Label, Func<CategoryValues, bool> Get, Func<CategoryValues, bool, CategoryValues> Set);
