using System.Globalization;
using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Standards;

namespace EduGov.Admission.Demo;

/// <summary>
/// Demo applications for one round: children of the cohort with valid ID numbers, families whose facts fall in every
/// priority category (人户一致 most often), about one in five applying to private schools.
/// </summary>
internal sealed class ApplicantFactory(FieldProtector protector, ApplicationClassifier classifier, SeededRandom random)
{
    private const string RegionCode = "310115";
    private const string AddressPrefix = "上海市浦东新区";
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
    private const string GivenCharacters = "子涵浩宇欣怡梓萱一诺思远雨桐俊杰佳琪明轩若曦天佑可馨嘉懿博文语嫣";
    private static readonly string[] OtherProvinces = ["320102", "330102", "340102", "360102", "410102", "420102", "430102", "510104"];

    private int _sequence;

    public enum Family
    {
        SameAddress,
        HukouOnly,
        PermitWithProperty,
        PermitRenting,
        Outside,
    }

    private static readonly Weighted<Family> Families = new(
    [
        (Family.SameAddress, 55), (Family.HukouOnly, 15), (Family.PermitWithProperty, 10), (Family.PermitRenting, 12), (Family.Outside, 8),
    ]);

    public Application Create(AdmissionRound round, IReadOnlyList<CatchmentPlan.Street> streets, IReadOnlyList<Guid> privateSchools, IReadOnlyList<CatchmentRule> rules, DateTime at)
    {
        _sequence++;
        var birth = random.NextDate(round.CohortFrom, round.CohortTo);
        var sex = random.Chance(0.5) ? Sex.Male : Sex.Female;
        var family = random.Pick(Families);
        var region = family is Family.SameAddress or Family.HukouOnly ? RegionCode : random.Pick(OtherProvinces);
        var idNumber = IdNumber.Compose(region, birth, (2 * random.NextInt(0, 499)) + (sex == Sex.Male ? 1 : 0));
        var home = HomeAddress(random.Pick(streets));
        var elsewhere = HomeAddress(random.Pick(streets));
        var application = new Application
        {
            RoundId = round.Id,
            Number = string.Create(CultureInfo.InvariantCulture, $"{round.Year}{(round.Stage == Registry.Contracts.Stage.Primary ? 'P' : 'J')}{_sequence:D5}"),
            ChildName = Name(),
            Sex = sex,
            BirthDate = birth,
            GuardianName = $"{Name()[0]}{random.PickChar(GivenCharacters)}{random.PickChar(GivenCharacters)}",
            CreatedAt = at,
            SubmittedAt = at,
            UpdatedAt = at,
        };
        SetIdentity(application, idNumber, $"139{random.NextInt(10_000_000, 99_999_999)}");
        SetFacts(application, family, home, elsewhere);
        if (privateSchools.Count > 0 && random.Chance(0.2))
        {
            application.Kind = ApplicationKind.Private;
            var choices = Math.Min(round.PrivateChoices, privateSchools.Count);
            var listed = privateSchools.OrderBy(_ => random.NextUInt64()).Take(random.NextInt(1, choices + 1)).ToList();
            application.Choices = [.. listed.Select((school, rank) => new ApplicationChoice { ApplicationId = application.Id, Rank = rank, SchoolId = school })];
        }

        classifier.Classify(round, application, rules, addressUsed: false);
        return application;
    }

    private void SetIdentity(Application application, string idNumber, string phone)
    {
        var id = protector.Protect(idNumber, IdNumber.Mask);
        application.IdNumberCipher = id.Cipher;
        application.IdNumberLookup = id.Lookup;
        application.IdNumberMasked = id.Masked;
        application.GuardianPhoneCipher = protector.Encrypt(phone);
        application.GuardianPhoneMasked = Masking.Phone(phone);
    }

    private void SetFacts(Application application, Family family, string home, string elsewhere)
    {
        var hukouAddress = family switch
        {
            Family.SameAddress or Family.HukouOnly => home,
            _ => "",
        };
        var propertyAddress = family switch
        {
            Family.SameAddress or Family.PermitWithProperty => home,
            Family.HukouOnly => random.Chance(0.5) ? elsewhere : "",
            _ => "",
        };
        var living = family == Family.Outside ? $"{AddressPrefix}书院镇外灶村{random.NextInt(1, 400)}号" : home;
        application.LocalHukou = hukouAddress.Length > 0;
        application.HukouSince = hukouAddress.Length > 0 ? application.BirthDate.AddYears(-random.NextInt(0, 8)) : null;
        application.HukouRelation = random.Chance(0.9) ? Relation.Parent : Relation.Grandparent;
        application.OwnsProperty = propertyAddress.Length > 0;
        application.PropertySince = application.OwnsProperty ? application.BirthDate.AddYears(-random.NextInt(0, 10)) : null;
        application.PropertyRelation = Relation.Parent;
        application.HasResidencePermit = family is Family.PermitWithProperty or Family.PermitRenting or Family.Outside;
        application.ResidencePoints = application.HasResidencePermit ? (family == Family.PermitWithProperty ? random.NextInt(120, 160) : random.NextInt(60, 130)) : null;
        Protect(hukouAddress, c => application.HukouAddressCipher = c, m => application.HukouAddressMasked = m);
        Protect(propertyAddress, c => application.PropertyAddressCipher = c, m => application.PropertyAddressMasked = m);
        Protect(living, c => application.LivingAddressCipher = c, m => application.LivingAddressMasked = m);
        application.AddressLookup = classifier.AddressLookup(hukouAddress, propertyAddress);
    }

    private void Protect(string address, Action<string> cipher, Action<string> masked)
    {
        cipher(address.Length == 0 ? "" : protector.Encrypt(address));
        masked(Masking.Address(address));
    }

    private string HomeAddress(CatchmentPlan.Street street) => random.Chance(0.25)
        ? string.Create(CultureInfo.InvariantCulture, $"{AddressPrefix}{street.Estate}{random.NextInt(1, 40)}号{random.NextInt(1, 19)}{random.NextInt(1, 5):D2}室")
        : string.Create(CultureInfo.InvariantCulture, $"{AddressPrefix}{street.Road}{random.NextInt(street.From, street.To + 1)}弄{random.NextInt(1, 60)}号{random.NextInt(1, 19)}{random.NextInt(1, 5):D2}室");

    private string Name() => string.Concat(random.PickChar(Surnames), random.PickChar(GivenCharacters), random.Chance(0.7) ? random.PickChar(GivenCharacters).ToString() : "");
}
