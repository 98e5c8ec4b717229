using EduGov.Admission.Domain;
using EduGov.Platform.Localization;
using EduGov.Platform.Validation;
using EduGov.Standards;
using FluentValidation;

namespace EduGov.Admission.Applications;

/// <summary>
/// What a family (or an officer entering a paper form) states: the child, a guardian, the facts that decide the priority
/// category, and public or private with the private choices. Sex and birth date are optional: they come from the ID number
/// and, when given, must agree with it.
/// </summary>
public sealed record ApplicationInput
{
    public string ChildName { get; init; } = "";
    public string IdNumber { get; init; } = "";
    public Sex? Sex { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string GuardianName { get; init; } = "";
    public string GuardianPhone { get; init; } = "";
    public bool LocalHukou { get; init; }
    public string HukouAddress { get; init; } = "";
    public DateOnly? HukouSince { get; init; }
    public Relation HukouRelation { get; init; } = Relation.Parent;
    public bool OwnsProperty { get; init; }
    public string PropertyAddress { get; init; } = "";
    public DateOnly? PropertySince { get; init; }
    public Relation PropertyRelation { get; init; } = Relation.Parent;
    public string LivingAddress { get; init; } = "";
    public bool HasResidencePermit { get; init; }
    public int? ResidencePoints { get; init; }
    public ApplicationKind Kind { get; init; } = ApplicationKind.Public;

    /// <summary>Private schools in order of preference; empty for a public application.</summary>
    public IReadOnlyList<Guid> PrivateChoices { get; init; } = [];
}

/// <summary>The checks that need no round: names, the ID number against sex and birth date, the phone, and the facts that go together.</summary>
internal sealed class ApplicationInputValidator : AbstractValidator<ApplicationInput>
{
    public const int MaxAddress = 200;
    public const int MaxPoints = 1000;

    public ApplicationInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.ChildName).NotEmpty().WithMessage("请填写儿童姓名").MaximumLength(50).WithMessage("儿童姓名不能超过 50 个字");
        RuleFor(x => x).Custom((x, context) => CheckIdNumber(x, ChinaTime.Today(clock), context));
        RuleFor(x => x.GuardianName).NotEmpty().WithMessage("请填写监护人姓名").MaximumLength(50).WithMessage("监护人姓名不能超过 50 个字");
        RuleFor(x => x.GuardianPhone).MustSatisfy(PhoneNumber.Validate);
        RuleFor(x => x.HukouAddress).NotEmpty().WithMessage("本市户籍请填写户籍地址").When(x => x.LocalHukou);
        RuleFor(x => x.HukouAddress).MaximumLength(MaxAddress).WithMessage("户籍地址不能超过 200 个字");
        RuleFor(x => x.HukouSince).NotNull().WithMessage("本市户籍请填写户籍登记日期").When(x => x.LocalHukou);
        RuleFor(x => x.HukouSince).Must(d => d <= ChinaTime.Today(clock)).WithMessage("户籍登记日期不能晚于今天").When(x => x.HukouSince is not null);
        RuleFor(x => x.HukouRelation).IsInEnum().WithMessage("请选择儿童与户主的关系");
        RuleFor(x => x.PropertyAddress).NotEmpty().WithMessage("有产权房请填写产权地址").When(x => x.OwnsProperty);
        RuleFor(x => x.PropertyAddress).MaximumLength(MaxAddress).WithMessage("产权地址不能超过 200 个字");
        RuleFor(x => x.PropertySince).NotNull().WithMessage("有产权房请填写产权登记日期").When(x => x.OwnsProperty);
        RuleFor(x => x.PropertySince).Must(d => d <= ChinaTime.Today(clock)).WithMessage("产权登记日期不能晚于今天").When(x => x.OwnsProperty && x.PropertySince is not null);
        RuleFor(x => x.PropertyRelation).IsInEnum().WithMessage("请选择儿童与产权人的关系");
        RuleFor(x => x.LivingAddress).NotEmpty().WithMessage("请填写实际居住地址").MaximumLength(MaxAddress).WithMessage("实际居住地址不能超过 200 个字");
        RuleFor(x => x.ResidencePoints).NotNull().WithMessage("持居住证请填写居住证积分").When(x => x.HasResidencePermit);
        RuleFor(x => x.ResidencePoints).InclusiveBetween(0, MaxPoints).WithMessage($"居住证积分应在 0 到 {MaxPoints} 之间").When(x => x.HasResidencePermit && x.ResidencePoints is not null);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("请选择公办或民办");
        RuleFor(x => x.PrivateChoices).NotEmpty().WithMessage("民办报名请至少选择一所民办学校").When(x => x.Kind == ApplicationKind.Private);
        RuleFor(x => x.PrivateChoices).Must(c => c.Distinct().Count() == c.Count).WithMessage("志愿学校不能重复").When(x => x.Kind == ApplicationKind.Private);
        RuleFor(x => x.PrivateChoices).Empty().WithMessage("公办报名不填写民办志愿").When(x => x.Kind == ApplicationKind.Public);
    }

    private static void CheckIdNumber(ApplicationInput input, DateOnly today, ValidationContext<ApplicationInput> context)
    {
        var id = Standards.IdNumber.Parse(input.IdNumber, today);
        if (!id.IsValid)
        {
            context.AddFailure(nameof(ApplicationInput.IdNumber), id.Error);
            return;
        }

        if (input.BirthDate is { } birth && birth != id.BirthDate)
        {
            context.AddFailure(nameof(ApplicationInput.BirthDate), $"出生日期与身份证号不一致：身份证号中为 {id.BirthDate:yyyy-MM-dd}");
        }

        if (input.Sex is { } sex && sex != id.Sex)
        {
            context.AddFailure(nameof(ApplicationInput.Sex), $"性别与身份证号不一致：身份证号第 17 位表示{(id.Sex == Standards.Sex.Male ? "男" : "女")}");
        }
    }
}
