using System.Globalization;
using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.Standards;

namespace EduGov.Admission.Portal;

/// <summary>
/// The portal's application form as posted: every field as typed, so that a refused form comes back exactly as it was sent.
/// <see cref="ToInput"/> reads it into an <see cref="ApplicationInput"/> or names the fields it cannot read.
/// Form mapping gives an empty field as null, hence the setters that keep every text non-null.
/// </summary>
public sealed class ApplicationFormModel
{
    public const string ConfirmedField = nameof(Confirmed);

    public string ChildName { get; set => field = value ?? ""; } = "";
    public string IdNumber { get; set => field = value ?? ""; } = "";
    public string Sex { get; set => field = value ?? ""; } = "";
    public string BirthDate { get; set => field = value ?? ""; } = "";
    public string GuardianName { get; set => field = value ?? ""; } = "";
    public string GuardianPhone { get; set => field = value ?? ""; } = "";
    public bool LocalHukou { get; set; }
    public string HukouAddress { get; set => field = value ?? ""; } = "";
    public string HukouSince { get; set => field = value ?? ""; } = "";
    public string HukouRelation { get; set => field = value ?? ""; } = nameof(Relation.Parent);
    public bool OwnsProperty { get; set; }
    public string PropertyAddress { get; set => field = value ?? ""; } = "";
    public string PropertySince { get; set => field = value ?? ""; } = "";
    public string PropertyRelation { get; set => field = value ?? ""; } = nameof(Relation.Parent);
    public string LivingAddress { get; set => field = value ?? ""; } = "";
    public bool HasResidencePermit { get; set; }
    public string ResidencePoints { get; set => field = value ?? ""; } = "";
    public string Kind { get; set => field = value ?? ""; } = "";
    public List<string?> Choices { get; set => field = value ?? []; } = [];
    public bool Confirmed { get; set; }

    public static ApplicationFormModel From(ApplicationInput input) => new()
    {
        ChildName = input.ChildName,
        IdNumber = input.IdNumber,
        Sex = input.Sex?.ToString() ?? "",
        BirthDate = Day(input.BirthDate),
        GuardianName = input.GuardianName,
        GuardianPhone = input.GuardianPhone,
        LocalHukou = input.LocalHukou,
        HukouAddress = input.HukouAddress,
        HukouSince = Day(input.HukouSince),
        HukouRelation = input.HukouRelation.ToString(),
        OwnsProperty = input.OwnsProperty,
        PropertyAddress = input.PropertyAddress,
        PropertySince = Day(input.PropertySince),
        PropertyRelation = input.PropertyRelation.ToString(),
        LivingAddress = input.LivingAddress,
        HasResidencePermit = input.HasResidencePermit,
        ResidencePoints = input.ResidencePoints?.ToString(CultureInfo.InvariantCulture) ?? "",
        Kind = input.Kind.ToString(),
        Choices = [.. input.PrivateChoices.Select(c => c.ToString())],
    };

    /// <summary>The typed input, and the problems of fields that cannot be read at all (by <see cref="ApplicationInput"/> member name).</summary>
    public (ApplicationInput Input, Dictionary<string, string> Problems) ToInput()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var kind = Enum.TryParse<ApplicationKind>(Kind, out var k) && Enum.IsDefined(k) ? k : (ApplicationKind?)null;
        if (kind is null)
        {
            problems[nameof(ApplicationInput.Kind)] = "请选择公办或民办";
        }

        if (!Confirmed)
        {
            problems[ConfirmedField] = "请阅读并勾选承诺";
        }

        var input = new ApplicationInput
        {
            ChildName = ChildName.Trim(),
            IdNumber = IdNumber.Trim(),
            Sex = Enum.TryParse<Sex>(Sex, out var sex) && Enum.IsDefined(sex) ? sex : null,
            BirthDate = ReadDate(BirthDate, nameof(ApplicationInput.BirthDate), "出生日期", problems),
            GuardianName = GuardianName.Trim(),
            GuardianPhone = GuardianPhone.Trim(),
            LocalHukou = LocalHukou,
            HukouAddress = LocalHukou ? HukouAddress.Trim() : "",
            HukouSince = LocalHukou ? ReadDate(HukouSince, nameof(ApplicationInput.HukouSince), "户籍登记日期", problems) : null,
            HukouRelation = ReadRelation(HukouRelation),
            OwnsProperty = OwnsProperty,
            PropertyAddress = OwnsProperty ? PropertyAddress.Trim() : "",
            PropertySince = OwnsProperty ? ReadDate(PropertySince, nameof(ApplicationInput.PropertySince), "产权登记日期", problems) : null,
            PropertyRelation = ReadRelation(PropertyRelation),
            LivingAddress = LivingAddress.Trim(),
            HasResidencePermit = HasResidencePermit,
            ResidencePoints = HasResidencePermit ? ReadPoints(problems) : null,
            Kind = kind ?? ApplicationKind.Public,
            PrivateChoices = kind == ApplicationKind.Private ? ReadChoices() : [],
        };
        return (input, problems);
    }

    public string Choice(int rank) => rank < Choices.Count ? Choices[rank] ?? "" : "";

    private List<Guid> ReadChoices() =>
        [.. Choices.Select(c => Guid.TryParse(c, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    private int? ReadPoints(Dictionary<string, string> problems)
    {
        var text = DigitNormalizer.Normalize(ResidencePoints);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var points))
        {
            return points;
        }

        problems[nameof(ApplicationInput.ResidencePoints)] = "居住证积分应为整数";
        return null;
    }

    private static Relation ReadRelation(string value) =>
        Enum.TryParse<Relation>(value, out var relation) && Enum.IsDefined(relation) ? relation : Relation.Other;

    private static DateOnly? ReadDate(string value, string field, string label, Dictionary<string, string> problems)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems[field] = $"{label}格式不正确，请按 2019-05-20 的格式填写";
        return null;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
