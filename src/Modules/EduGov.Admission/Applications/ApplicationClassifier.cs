using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>
/// Finds an application's catchment school from its addresses (hukou first, then property, then where the family lives)
/// and computes its priority category there with the reason. Writes the result onto the application; the caller saves.
/// </summary>
internal sealed class ApplicationClassifier(FieldProtector protector)
{
    public async Task ClassifyAsync(AdmissionDbContext db, AdmissionRound round, Application application, CancellationToken ct)
    {
        var rules = await db.Catchments.AsNoTracking().ToListAsync(ct);
        var catchment = CatchmentSchool(application, rules);
        var used = catchment is { } school && round.OneAddressRule && await AddressUsedAsync(db, round, application, school, ct);
        Classify(round, application, rules, used);
    }

    /// <summary>
    /// The same without the database, for bulk work: <paramref name="addressUsed"/> says whether the application's address
    /// already gave a place at its catchment school within the reuse period.
    /// </summary>
    public void Classify(AdmissionRound round, Application application, IReadOnlyList<CatchmentRule> rules, bool addressUsed)
    {
        var hukou = Plain(application.HukouAddressCipher);
        var property = application.OwnsProperty ? Plain(application.PropertyAddressCipher) : "";
        var living = Plain(application.LivingAddressCipher);
        var hukouSchools = Schools(hukou, rules);
        var propertySchools = Schools(property, rules);
        var livingSchools = Schools(living, rules);
        var catchment = hukouSchools.Concat(propertySchools).Concat(livingSchools).Cast<Guid?>().FirstOrDefault();
        application.CatchmentSchoolId = catchment;
        if (catchment is not { } school)
        {
            application.CategoryOrder = null;
            application.CategoryName = "";
            application.CategoryReason = "填报的户籍地址、产权地址和居住地址都不在任何公办学校的对口地段内，由区教育局统筹安排。";
            return;
        }

        var facts = new CategoryFacts(
            HukouInCatchment: application.LocalHukou && hukouSchools.Contains(school),
            PropertyInCatchment: propertySchools.Contains(school),
            SameAddress: property.Length > 0 && CatchmentMatcher.Normalize(hukou) == CatchmentMatcher.Normalize(property),
            LinealHolder: IsLineal(application.HukouRelation) && (!application.OwnsProperty || IsLineal(application.PropertyRelation)),
            AddressUnused: !round.OneAddressRule || !addressUsed,
            ResidencePermit: application.HasResidencePermit,
            PointsAtStandard: application.HasResidencePermit && application.ResidencePoints >= round.ResidencePointsStandard,
            LivingInCatchment: livingSchools.Contains(school) || propertySchools.Contains(school));
        var result = CategoryRules.Classify(round.Categories, facts);
        application.CategoryOrder = result?.Order;
        application.CategoryName = result?.Name ?? "";
        application.CategoryReason = result?.Reason ?? "不符合任何优先类别，由区教育局统筹安排。";
    }

    private Guid? CatchmentSchool(Application application, IReadOnlyList<CatchmentRule> rules) =>
        Schools(Plain(application.HukouAddressCipher), rules)
            .Concat(Schools(application.OwnsProperty ? Plain(application.PropertyAddressCipher) : "", rules))
            .Concat(Schools(Plain(application.LivingAddressCipher), rules))
            .Cast<Guid?>().FirstOrDefault();

    /// <summary>The keyed look-up of the address that confers catchment rights, for the one-address-one-place rule.</summary>
    public string AddressLookup(string hukouAddress, string propertyAddress)
    {
        var address = CatchmentMatcher.Normalize(propertyAddress.Length > 0 ? propertyAddress : hukouAddress);
        return address.Length == 0 ? "" : protector.LookupKey(address);
    }

    private string Plain(string cipher) => cipher.Length == 0 ? "" : protector.Decrypt(cipher);

    private static List<Guid> Schools(string address, IReadOnlyList<CatchmentRule> rules) =>
        [.. CatchmentMatcher.Match(address, rules).Select(r => r.SchoolId).Distinct()];

    private static bool IsLineal(Relation relation) => relation is Relation.Self or Relation.Parent or Relation.Grandparent;

    /// <summary>Did this address give a child a place at this school in one of the previous reuse-period rounds?</summary>
    private static async Task<bool> AddressUsedAsync(AdmissionDbContext db, AdmissionRound round, Application application, Guid school, CancellationToken ct)
    {
        if (application.AddressLookup.Length == 0)
        {
            return false;
        }

        var firstYear = round.Year - round.AddressReuseYears + 1;
        return await db.Applications.AnyAsync(a =>
            a.AddressLookup == application.AddressLookup && a.Id != application.Id && a.OfferedSchoolId == school
            && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled)
            && db.Rounds.Any(r => r.Id == a.RoundId && r.Stage == round.Stage && r.Year >= firstYear && r.Year < round.Year), ct);
    }
}
