using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>The editable form of <see cref="InstitutionFacts"/> for pages.</summary>
public sealed class FactsModel
{
    public string Name { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string LegalPerson { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string Address { get; set; } = "";
    public Guid? ZoneId { get; set; }
    public TrainingKind Kind { get; set; } = TrainingKind.NonAcademic;
    public TrainingCategory Category { get; set; } = TrainingCategory.ArtsCulture;
    public TrainingMode Mode { get; set; } = TrainingMode.Offline;
    public bool ForProfit { get; set; }

    public static FactsModel From(InstitutionFacts f) => new()
    {
        Name = f.Name, CreditCode = f.CreditCode, LegalPerson = f.LegalPerson, ContactPerson = f.ContactPerson, ContactPhone = f.ContactPhone,
        Address = f.Address, ZoneId = f.ZoneId, Kind = f.Kind, Category = f.Category, Mode = f.Mode, ForProfit = f.ForProfit,
    };

    public InstitutionFacts ToFacts() =>
        new(Name ?? "", CreditCode ?? "", LegalPerson ?? "", ContactPerson ?? "", ContactPhone ?? "", Address ?? "", ZoneId, Kind, Category, Mode, ForProfit);

    /// <summary>Keeps category and profit status consistent with the kind the user just chose.</summary>
    public void KindChanged()
    {
        if (Kind == TrainingKind.Academic)
        {
            Category = TrainingCategory.AcademicSubject;
            ForProfit = false;
        }
        else if (Category == TrainingCategory.AcademicSubject)
        {
            Category = TrainingCategory.ArtsCulture;
        }
    }

    public IEnumerable<TrainingCategory> Categories => Kind == TrainingKind.Academic
        ? [TrainingCategory.AcademicSubject]
        : [TrainingCategory.Sports, TrainingCategory.ArtsCulture, TrainingCategory.Science, TrainingCategory.Other];
}
