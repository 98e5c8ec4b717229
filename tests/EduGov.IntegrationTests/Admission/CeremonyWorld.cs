using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Verification;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// A small admission district on top of <see cref="RegistryWorld"/>: public schools A and B (东片) and D (西片), private schools
/// P (西片) and Q (东片), an open 2026 primary round with the default categories, seat plans, catchments, and applications
/// written straight into the admission context with encrypted facts (as SubmitApplication would leave them).
/// </summary>
internal sealed class CeremonyWorld
{
    public const string ZhangyangRoad = "上海市浦东新区张杨路";
    public const string EshanRoad = "上海市浦东新区峨山路";
    public const string CenturyGarden = "上海市浦东新区世纪花园";
    public const string Elsewhere = "上海市浦东新区花木路";
    private int _sequence;

    private CeremonyWorld(RegistryWorld registry) => Registry = registry;

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public Guid SchoolA => Registry.SchoolA;
    public Guid SchoolB => Registry.SchoolB;
    public Guid SchoolD { get; private set; }
    public Guid PrivateP { get; private set; }
    public Guid PrivateQ { get; private set; }
    public Guid RoundId { get; private set; }

    public static async Task<CeremonyWorld> BuildAsync(PlatformHarness harness, int seatsA = 6, int seatsB = 5, int seatsD = 6, int seatsP = 3, int seatsQ = 2)
    {
        var world = new CeremonyWorld(await RegistryWorld.BuildAsync(harness));
        await world.BuildAsync(seatsA, seatsB, seatsD, seatsP, seatsQ);
        return world;
    }

    public IDbContextFactory<AdmissionDbContext> Contexts => Harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>();

    private FieldProtector Protector => Harness.Services.GetRequiredService<FieldProtector>();

    private async Task BuildAsync(int seatsA, int seatsB, int seatsD, int seatsP, int seatsQ)
    {
        SchoolD = await AddSchoolAsync("2131000004", "浦东新区实验小学", Ownership.Public, Registry.ZoneWest);
        PrivateP = await AddSchoolAsync("2131000005", "浦东新区民办协和小学", Ownership.Private, Registry.ZoneWest);
        PrivateQ = await AddSchoolAsync("2131000006", "浦东新区民办平和小学", Ownership.Private, Registry.ZoneEast);
        var round = new AdmissionRound
        {
            Year = 2026, Stage = Stage.Primary, Name = "2026年小学招生", Status = RoundStatus.Open, PolicySource = DefaultPolicy.Source,
            CohortFrom = new DateOnly(2019, 9, 1), CohortTo = new DateOnly(2020, 8, 31),
            ApplicationOpens = new DateOnly(2026, 4, 26), ApplicationCloses = new DateOnly(2026, 4, 30), VerificationCloses = new DateOnly(2026, 5, 10),
            DrawOn = new DateOnly(2026, 5, 18), ResultsOn = new DateOnly(2026, 5, 20), AppealsClose = new DateOnly(2026, 12, 31),
            CreatedAt = Now, OpenedAt = Now,
        };
        round.Categories = DefaultPolicy.Categories(round.Id);
        RoundId = round.Id;
        await using var db = await Contexts.CreateDbContextAsync();
        db.Rounds.Add(round);
        db.Seats.AddRange(Plan(SchoolA, seatsA), Plan(SchoolB, seatsB), Plan(SchoolD, seatsD), Plan(PrivateP, seatsP), Plan(PrivateQ, seatsQ));
        db.Catchments.AddRange(
            new CatchmentRule { SchoolId = SchoolA, Street = "张杨路", FromNumber = 1, ToNumber = 500 },
            new CatchmentRule { SchoolId = SchoolB, Street = "峨山路" },
            new CatchmentRule { SchoolId = SchoolD, Estate = "世纪花园" });
        await db.SaveChangesAsync();
    }

    private DateTime Now => Harness.Clock.GetUtcNow().UtcDateTime;

    private SeatPlan Plan(Guid school, int seats) => new() { RoundId = RoundId, SchoolId = school, PlannedClasses = 1, ClassCap = 45, SeatsOverride = seats, OverrideReason = "测试", UpdatedAt = Now };

    private Task<Guid> AddSchoolAsync(string code, string name, Ownership ownership, Guid zone) =>
        Harness.AsAsync<SaveSchool.Handler, Guid>(Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = code, Name = name, Type = SchoolType.Primary, Ownership = ownership, RegionCode = "310115", ZoneId = zone,
            Principal = "王校长", Phone = "021-58881234", FoundedOn = new DateOnly(2001, 9, 1), MainCampusAddress = "上海市浦东新区锦绣路1号",
        }));

    /// <summary>人户一致 in A's catchment: local hukou and owned property at the same address.</summary>
    public Task<Guid> AddHomeOwnerAsync(string street = ZhangyangRoad, int houseNumber = 100, DateOnly? since = null) =>
        AddAsync(ApplicationKind.Public, $"{street}{houseNumber}号", true, since ?? new DateOnly(2015, 3, 1), $"{street}{houseNumber}号", null, []);

    /// <summary>户籍在地段 without property (人户分离).</summary>
    public Task<Guid> AddHukouOnlyAsync(string street = ZhangyangRoad, int houseNumber = 200, DateOnly? since = null) =>
        AddAsync(ApplicationKind.Public, $"{street}{houseNumber}号", true, since ?? new DateOnly(2018, 6, 1), null, null, []);

    /// <summary>居住证持有人 living in the catchment, hukou elsewhere.</summary>
    public Task<Guid> AddPermitHolderAsync(string street = ZhangyangRoad, int houseNumber = 300) =>
        AddAsync(ApplicationKind.Public, "江苏省南京市玄武区中山路1号", false, null, null, $"{street}{houseNumber}号", [], permitPoints: 90);

    /// <summary>A public applicant whose addresses fall in no catchment.</summary>
    public Task<Guid> AddOutsiderAsync() =>
        AddAsync(ApplicationKind.Public, $"{Elsewhere}1号", true, new DateOnly(2016, 1, 1), null, null, []);

    public Task<Guid> AddPrivateAsync(params Guid[] choices) =>
        AddAsync(ApplicationKind.Private, $"{Elsewhere}9号", true, new DateOnly(2016, 1, 1), null, null, choices);

    public async Task<Guid> AddAsync(
        ApplicationKind kind, string hukouAddress, bool localHukou, DateOnly? hukouSince, string? propertyAddress, string? livingAddress, Guid[] choices,
        int? permitPoints = null, ApplicationStatus status = ApplicationStatus.Submitted)
    {
        var n = ++_sequence;
        var birth = new DateOnly(2019, 9, 1).AddDays(n * 7);
        var idNumber = IdNumber.Compose("310115", birth, 10 + n);
        var id = IdNumber.Parse(idNumber, new DateOnly(2026, 11, 23));
        var living = livingAddress ?? propertyAddress ?? hukouAddress;
        var application = new Application
        {
            RoundId = RoundId, Number = $"2026{(kind == ApplicationKind.Private ? "M" : "P")}{n:D5}", Kind = kind, Status = status,
            ChildName = $"林小{"一二三四五六七八九十"[n % 10]}{n}", Sex = id.Sex ?? Sex.Female, BirthDate = birth,
            IdNumberCipher = Protector.Encrypt(idNumber), IdNumberLookup = Protector.LookupKey(idNumber), IdNumberMasked = Masking.IdNumber(idNumber),
            GuardianName = "林建国", GuardianPhoneCipher = Protector.Encrypt("13812345678"), GuardianPhoneMasked = Masking.Phone("13812345678"),
            LocalHukou = localHukou, HukouAddressCipher = Protector.Encrypt(hukouAddress), HukouAddressMasked = Masking.Address(hukouAddress), HukouSince = hukouSince,
            OwnsProperty = propertyAddress is not null, PropertyAddressCipher = propertyAddress is null ? "" : Protector.Encrypt(propertyAddress),
            PropertyAddressMasked = propertyAddress is null ? "" : Masking.Address(propertyAddress), PropertySince = propertyAddress is null ? null : new DateOnly(2014, 5, 1),
            LivingAddressCipher = Protector.Encrypt(living), LivingAddressMasked = Masking.Address(living),
            HasResidencePermit = permitPoints is not null, ResidencePoints = permitPoints,
            CreatedAt = Now, SubmittedAt = Now.AddMinutes(n), UpdatedAt = Now,
            Choices = [.. choices.Select((school, rank) => new ApplicationChoice { Rank = rank, SchoolId = school })],
        };
        await using var db = await Contexts.CreateDbContextAsync();
        var round = await db.Rounds.AsNoTracking().Include(r => r.Categories).FirstAsync(r => r.Id == RoundId);
        await Harness.Services.GetRequiredService<ApplicationClassifier>().ClassifyAsync(db, round, application, CancellationToken.None);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    public Task VerifyAsync(Guid application, CurrentUser? user = null) =>
        Harness.AsAsync<DecideVerification.Handler>(user ?? Officer, h => h.HandleAsync(new DecideVerification.Command(application, DecideVerification.Decision.Verify)));

    /// <summary>
    /// The ceremony district: 10 applicants at A (3 人户一致, 4 户籍在地段, 3 居住证), 4 at B, 3 at D, 2 outside every catchment,
    /// 7 private applicants listing P then Q and 4 listing Q then P — 30 in all, every one verified; and one left awaiting verification.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> AddDistrictAsync()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await AddHomeOwnerAsync(houseNumber: 100 + i));
        }

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await AddHukouOnlyAsync(houseNumber: 200 + i, since: new DateOnly(2017 + i, 6, 1)));
        }

        for (var i = 0; i < 3; i++)
        {
            ids.Add(await AddPermitHolderAsync(houseNumber: 300 + i));
        }

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await AddHukouOnlyAsync(EshanRoad, 10 + i, new DateOnly(2018, 1, 1)));
        }

        for (var i = 0; i < 3; i++)
        {
            ids.Add(await AddHukouOnlyAsync(CenturyGarden, 1 + i, new DateOnly(2018, 1, 1)));
        }

        ids.Add(await AddOutsiderAsync());
        ids.Add(await AddOutsiderAsync());
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await AddPrivateAsync(PrivateP, PrivateQ));
        }

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await AddPrivateAsync(PrivateQ, PrivateP));
        }

        foreach (var id in ids)
        {
            await VerifyAsync(id);
        }

        await AddHukouOnlyAsync(houseNumber: 400);
        return ids;
    }

    public async Task<List<Application>> ApplicationsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Applications.AsNoTracking().Include(a => a.Choices).Where(a => a.RoundId == RoundId).OrderBy(a => a.Number).ToListAsync();
    }

    public async Task<AdmissionRound> RoundAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == RoundId);
    }

    public async Task<List<ApplicationStep>> StepsAsync(Guid application)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Steps.AsNoTracking().Where(s => s.ApplicationId == application).OrderBy(s => s.At).ToListAsync();
    }
}
