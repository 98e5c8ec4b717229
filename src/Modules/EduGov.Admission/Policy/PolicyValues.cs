using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using EduGov.Admission.Domain;

namespace EduGov.Admission.Policy;

/// <summary>
/// Everything an officer sets in a round's policy, as one value: the page edits it, <see cref="PolicyValidator"/> checks it,
/// the round stores it, and every saved version keeps it as JSON (<see cref="PolicySnapshot"/>).
/// </summary>
public sealed record PolicyValues
{
    public string Name { get; init; } = "";
    public string PolicySource { get; init; } = "";
    public DateOnly CohortFrom { get; init; }
    public DateOnly CohortTo { get; init; }
    public DateOnly ApplicationOpens { get; init; }
    public DateOnly ApplicationCloses { get; init; }
    public DateOnly VerificationCloses { get; init; }
    public DateOnly DrawOn { get; init; }
    public DateOnly ResultsOn { get; init; }
    public DateOnly AppealsClose { get; init; }
    public int PrivateChoices { get; init; }
    public int ClassCap { get; init; }
    public AssignmentMechanism Mechanism { get; init; }
    public TieBreakKind TieBreak { get; init; }
    public bool OneAddressRule { get; init; }
    public int AddressReuseYears { get; init; }
    public int ResidencePointsStandard { get; init; }
    public bool OrderBySeniority { get; init; }
    public IReadOnlyList<CategoryValues> Categories { get; init; } = [];

    public static PolicyValues From(AdmissionRound round) => new()
    {
        Name = round.Name,
        PolicySource = round.PolicySource,
        CohortFrom = round.CohortFrom,
        CohortTo = round.CohortTo,
        ApplicationOpens = round.ApplicationOpens,
        ApplicationCloses = round.ApplicationCloses,
        VerificationCloses = round.VerificationCloses,
        DrawOn = round.DrawOn,
        ResultsOn = round.ResultsOn,
        AppealsClose = round.AppealsClose,
        PrivateChoices = round.PrivateChoices,
        ClassCap = round.ClassCap,
        Mechanism = round.Mechanism,
        TieBreak = round.TieBreak,
        OneAddressRule = round.OneAddressRule,
        AddressReuseYears = round.AddressReuseYears,
        ResidencePointsStandard = round.ResidencePointsStandard,
        OrderBySeniority = round.OrderBySeniority,
        Categories = [.. round.Categories.OrderBy(c => c.Order).Select(CategoryValues.From)],
    };

    /// <summary>Copies the scalar policy onto the round; categories are applied by <see cref="CategoryValues.ApplyTo"/>.</summary>
    public void ApplyTo(AdmissionRound round)
    {
        round.Name = Name.Trim();
        round.PolicySource = PolicySource.Trim();
        round.CohortFrom = CohortFrom;
        round.CohortTo = CohortTo;
        round.ApplicationOpens = ApplicationOpens;
        round.ApplicationCloses = ApplicationCloses;
        round.VerificationCloses = VerificationCloses;
        round.DrawOn = DrawOn;
        round.ResultsOn = ResultsOn;
        round.AppealsClose = AppealsClose;
        round.PrivateChoices = PrivateChoices;
        round.ClassCap = ClassCap;
        round.Mechanism = Mechanism;
        round.TieBreak = TieBreak;
        round.OneAddressRule = OneAddressRule;
        round.AddressReuseYears = AddressReuseYears;
        round.ResidencePointsStandard = ResidencePointsStandard;
        round.OrderBySeniority = OrderBySeniority;
    }
}

/// <summary>One priority category as edited: its name and its conditions; its order is its place in the list.</summary>
public sealed record CategoryValues(
    string Name,
    bool HukouInCatchment = false,
    bool PropertyInCatchment = false,
    bool SameAddress = false,
    bool LinealHolder = false,
    bool AddressUnused = false,
    bool ResidencePermit = false,
    bool PointsAtStandard = false,
    bool LivingInCatchment = false)
{
    [JsonIgnore]
    public bool HasConditions =>
        HukouInCatchment || PropertyInCatchment || SameAddress || LinealHolder || AddressUnused || ResidencePermit || PointsAtStandard || LivingInCatchment;

    public static CategoryValues From(PriorityCategory c) =>
        new(c.Name, c.HukouInCatchment, c.PropertyInCatchment, c.SameAddress, c.LinealHolder, c.AddressUnused, c.ResidencePermit, c.PointsAtStandard, c.LivingInCatchment);

    public void CopyTo(PriorityCategory category)
    {
        category.Name = Name.Trim();
        category.HukouInCatchment = HukouInCatchment;
        category.PropertyInCatchment = PropertyInCatchment;
        category.SameAddress = SameAddress;
        category.LinealHolder = LinealHolder;
        category.AddressUnused = AddressUnused;
        category.ResidencePermit = ResidencePermit;
        category.PointsAtStandard = PointsAtStandard;
        category.LivingInCatchment = LivingInCatchment;
    }

    /// <summary>
    /// Makes the round's categories equal to <paramref name="categories"/>, position by position: the category at place i
    /// keeps order i + 1, so existing rows never change order and the unique (round, order) index holds at every statement.
    /// </summary>
    public static void ApplyTo(AdmissionRound round, IReadOnlyList<CategoryValues> categories, Action<PriorityCategory> remove)
    {
        var existing = round.Categories.OrderBy(c => c.Order).ToList();
        for (var i = 0; i < categories.Count; i++)
        {
            var category = i < existing.Count ? existing[i] : new PriorityCategory { RoundId = round.Id, Order = i + 1 };
            categories[i].CopyTo(category);
            if (i >= existing.Count)
            {
                round.Categories.Add(category);
            }
        }

        foreach (var extra in existing.Skip(categories.Count))
        {
            round.Categories.Remove(extra);
            remove(extra);
        }
    }
}

/// <summary>The JSON kept with every <see cref="PolicyRevision"/>: the whole policy with its categories, readable Chinese, enums by name.</summary>
public static class PolicySnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(PolicyValues values) => JsonSerializer.Serialize(values, Options);

    public static PolicyValues Read(string json) =>
        JsonSerializer.Deserialize<PolicyValues>(json, Options) ?? throw new JsonException("招生政策快照为空。");
}
