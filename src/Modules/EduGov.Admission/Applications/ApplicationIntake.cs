using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>
/// What every way in (the parent portal, a resubmission, the officers' bulk import) does with an application: the same
/// checks, the same encryption of personal data, the registry flag, the preliminary category and the choices.
/// </summary>
internal sealed class ApplicationIntake(
    ApplicationInputValidator validator, FieldProtector protector, ApplicationClassifier classifier,
    IRegistryDirectory registry, IPupilEnrolment enrolment, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static async Task<AdmissionRound> RoundAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct) =>
        await db.Rounds.Include(r => r.Categories).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == roundId, ct)
        ?? throw new NotFoundException("招生轮次不存在。");

    /// <summary>The private schools a family may list in the round.</summary>
    public async Task<IReadOnlyList<SchoolRef>> PrivateSchoolsAsync(AdmissionDbContext db, AdmissionRound round, CancellationToken ct)
    {
        var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == round.Id).ToListAsync(ct);
        var seats = plans.ToDictionary(s => s.SchoolId, s => s.Seats);
        return [.. (await registry.AllSchoolsAsync(ct)).Where(s => ApplicationRules.IsEligiblePrivate(s, round.Stage, seats))];
    }

    /// <summary>Every problem by field name (<see cref="ApplicationInput"/> members), in Chinese; empty when the input is acceptable.</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(ApplicationInput input, AdmissionRound round, IReadOnlyCollection<Guid> eligiblePrivate, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(input, ct);
        var problems = result.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var id = Standards.IdNumber.Parse(input.IdNumber, Today);
        if (id.IsValid)
        {
            foreach (var (field, message) in ApplicationRules.Problems(round, id.BirthDate.Value, input, eligiblePrivate))
            {
                problems.TryAdd(field, [message]);
            }
        }

        return problems;
    }

    public async Task DemandValidAsync(ApplicationInput input, AdmissionRound round, AdmissionDbContext db, CancellationToken ct)
    {
        var eligible = input.Kind == ApplicationKind.Private ? (await PrivateSchoolsAsync(db, round, ct)).Select(s => s.Id).ToHashSet() : [];
        var problems = await ProblemsAsync(input, round, eligible, ct);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    public string IdLookup(string idNumber) => protector.LookupKey(DigitNormalizer.Normalize(idNumber));

    /// <summary>Applying twice (重复报名): one application per child and round, whoever entered it; a withdrawn one does not count.</summary>
    public static async Task DemandFirstAsync(AdmissionDbContext db, Guid roundId, string idLookup, Guid? except, CancellationToken ct)
    {
        var existing = await db.Applications.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.IdNumberLookup == idLookup && a.Status != ApplicationStatus.Withdrawn && a.Id != except)
            .Select(a => new { a.Number, a.ChildName }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            throw new ConflictException(DuplicateMessage(existing.Number, existing.ChildName));
        }
    }

    public static string DuplicateMessage(string number, string childName) =>
        $"该身份证号已在本轮报名（报名号 {number}，{Masking.Name(childName)}），同一儿童在同一轮次只能报名一次";

    public static async Task<int> NextSequenceAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct) =>
        ApplicationNumbers.Next(await db.Applications.Where(a => a.RoundId == roundId).MaxAsync(a => (string?)a.Number, ct));

    /// <summary>A new application in the round, numbered, with the family's facts; <see cref="CompleteAsync"/> finishes it.</summary>
    public Application Create(AdmissionRound round, int sequence, ApplicationInput input, Guid? parentId)
    {
        var now = Now;
        var application = new Application
        {
            RoundId = round.Id,
            Number = ApplicationNumbers.Format(round.Year, round.Stage, sequence),
            ParentId = parentId,
            BulkEntered = parentId is null,
            Kind = input.Kind,
            CreatedAt = now,
        };
        Apply(application, input);
        return application;
    }

    /// <summary>Writes the stated facts onto the application, personal data encrypted and masked. The input must be valid.</summary>
    public void Apply(Application application, ApplicationInput input)
    {
        var id = Standards.IdNumber.Parse(input.IdNumber, Today);
        var idNumber = id.Value!;
        var phone = PhoneNumber.Validate(input.GuardianPhone).Value!;
        application.ChildName = input.ChildName.Trim();
        application.Sex = id.Sex!.Value;
        application.BirthDate = id.BirthDate!.Value;
        application.IdNumberCipher = protector.Encrypt(idNumber);
        application.IdNumberLookup = protector.LookupKey(idNumber);
        application.IdNumberMasked = Masking.IdNumber(idNumber);
        application.GuardianName = input.GuardianName.Trim();
        application.GuardianPhoneCipher = protector.Encrypt(phone);
        application.GuardianPhoneMasked = Masking.Phone(phone);
        application.LocalHukou = input.LocalHukou;
        (application.HukouAddressCipher, application.HukouAddressMasked) = Address(input.HukouAddress);
        application.HukouSince = input.HukouSince;
        application.HukouRelation = input.HukouRelation;
        application.OwnsProperty = input.OwnsProperty;
        (application.PropertyAddressCipher, application.PropertyAddressMasked) = Address(input.OwnsProperty ? input.PropertyAddress : "");
        application.PropertySince = input.OwnsProperty ? input.PropertySince : null;
        application.PropertyRelation = input.PropertyRelation;
        (application.LivingAddressCipher, application.LivingAddressMasked) = Address(input.LivingAddress);
        application.HasResidencePermit = input.HasResidencePermit;
        application.ResidencePoints = input.HasResidencePermit ? input.ResidencePoints : null;
        application.AddressLookup = classifier.AddressLookup(input.LocalHukou ? input.HukouAddress.Trim() : "", input.OwnsProperty ? input.PropertyAddress.Trim() : "");
        application.UpdatedAt = Now;
    }

    /// <summary>The registry flag, the preliminary category and the choices (a public application lists its catchment school).</summary>
    public async Task CompleteAsync(AdmissionDbContext db, AdmissionRound round, Application application, ApplicationInput input, CancellationToken ct)
    {
        application.RegistryFlag = RegistryFlags.Describe(await enrolment.FindAsync(application.IdNumberLookup, ct), round.Stage);
        await classifier.ClassifyAsync(db, round, application, ct);
        var schools = application.Kind == ApplicationKind.Private ? input.PrivateChoices
            : application.CatchmentSchoolId is { } catchment ? [catchment] : [];
        SetChoices(application, schools);
    }

    /// <summary>The facts as the family stated them, decrypted, to pre-fill a correction.</summary>
    public ApplicationInput ToInput(Application application) => new()
    {
        ChildName = application.ChildName,
        IdNumber = Plain(application.IdNumberCipher),
        Sex = application.Sex,
        BirthDate = application.BirthDate,
        GuardianName = application.GuardianName,
        GuardianPhone = Plain(application.GuardianPhoneCipher),
        LocalHukou = application.LocalHukou,
        HukouAddress = Plain(application.HukouAddressCipher),
        HukouSince = application.HukouSince,
        HukouRelation = application.HukouRelation,
        OwnsProperty = application.OwnsProperty,
        PropertyAddress = Plain(application.PropertyAddressCipher),
        PropertySince = application.PropertySince,
        PropertyRelation = application.PropertyRelation,
        LivingAddress = Plain(application.LivingAddressCipher),
        HasResidencePermit = application.HasResidencePermit,
        ResidencePoints = application.ResidencePoints,
        Kind = application.Kind,
        PrivateChoices = application.Kind == ApplicationKind.Private ? [.. application.Choices.OrderBy(c => c.Rank).Select(c => c.SchoolId)] : [],
    };

    public string Plain(string cipher) => cipher.Length == 0 ? "" : protector.Decrypt(cipher);

    public ApplicationStep Step(Application application, ApplicationAction action, string text, string actorName) =>
        new() { ApplicationId = application.Id, Action = action, Text = text, ActorName = actorName, At = Now };

    private (string Cipher, string Masked) Address(string value)
    {
        var address = value.Trim();
        return address.Length == 0 ? ("", "") : (protector.Encrypt(address), Masking.Address(address));
    }

    /// <summary>Ranks 0.. in order; existing rows are reused so that a correction never breaks the (application, rank) index.</summary>
    private static void SetChoices(Application application, IReadOnlyList<Guid> schools)
    {
        var existing = application.Choices.OrderBy(c => c.Rank).ToList();
        for (var rank = 0; rank < schools.Count; rank++)
        {
            if (rank < existing.Count)
            {
                existing[rank].SchoolId = schools[rank];
            }
            else
            {
                application.Choices.Add(new ApplicationChoice { ApplicationId = application.Id, Rank = rank, SchoolId = schools[rank] });
            }
        }

        foreach (var extra in existing.Skip(schools.Count))
        {
            application.Choices.Remove(extra);
        }
    }
}
