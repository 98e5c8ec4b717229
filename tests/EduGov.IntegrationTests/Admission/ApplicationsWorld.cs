using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// An open 2026 primary round on top of <see cref="RegistryWorld"/> (the harness clock is 2026-11-23): children born
/// 2019-09-01 – 2020-08-31, default categories, 张杨路 1–500 is school A's catchment and 育才小区 school B's, seats at A, B
/// and at one private primary school P; a private junior school Q without seats in the round.
/// </summary>
public sealed class ApplicationsWorld
{
    public const string CatchmentAddress = "上海市浦东新区张杨路100弄5号";

    private ApplicationsWorld(RegistryWorld registry)
    {
        Registry = registry;
        ParentOne = Harness.User(Role.Parent, OrgScope.None, "138****5678");
        ParentTwo = Harness.User(Role.Parent, OrgScope.None, "139****0000");
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public CurrentUser ParentOne { get; }
    public CurrentUser ParentTwo { get; }
    public Guid RoundId { get; private set; }
    public Guid PrivateP { get; private set; }
    public Guid PrivateJuniorQ { get; private set; }

    public static async Task<ApplicationsWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new ApplicationsWorld(await RegistryWorld.BuildAsync(harness));
        await world.BuildAsync();
        return world;
    }

    /// <summary>A valid ID number of a child born on <paramref name="birth"/> (sequence odd: boy, even: girl).</summary>
    public static string Id(DateOnly birth, int sequence = 12) => IdNumber.Compose("310115", birth, sequence);

    public static ApplicationInput Public(string idNumber, string name = "林小雨") => new()
    {
        ChildName = name, IdNumber = idNumber, GuardianName = "林建国", GuardianPhone = "13812345678",
        LocalHukou = true, HukouAddress = CatchmentAddress, HukouSince = new DateOnly(2018, 3, 1), HukouRelation = Relation.Parent,
        OwnsProperty = true, PropertyAddress = CatchmentAddress, PropertySince = new DateOnly(2018, 1, 10), PropertyRelation = Relation.Parent,
        LivingAddress = CatchmentAddress,
    };

    public ApplicationInput Private(string idNumber, params Guid[] choices) =>
        Public(idNumber) with { Kind = ApplicationKind.Private, PrivateChoices = choices.Length == 0 ? [PrivateP] : choices };

    public Task<SubmitApplication.Result> SubmitAsync(CurrentUser user, ApplicationInput input, Guid? round = null) =>
        Harness.AsAsync<SubmitApplication.Handler, SubmitApplication.Result>(user, h => h.HandleAsync(new SubmitApplication.Command(round ?? RoundId, input)));

    internal async Task<AdmissionDbContext> DbAsync() =>
        await Harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();

    public async Task<Application> StoredAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.Applications.AsNoTracking().Include(a => a.Choices).SingleAsync(a => a.Id == id);
    }

    public async Task<List<ApplicationStep>> StepsAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.At).ThenBy(s => s.Action).ToListAsync();
    }

    /// <summary>What an officer's verification would do: return the application for correction.</summary>
    public async Task ReturnAsync(Guid id, string reason)
    {
        await using var db = await DbAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        application.Status = ApplicationStatus.Returned;
        application.ReturnReason = reason;
        await db.SaveChangesAsync();
    }

    private async Task BuildAsync()
    {
        PrivateP = await AddSchoolAsync("2131000007", "浦东新区民办华育小学", SchoolType.Primary);
        PrivateJuniorQ = await AddSchoolAsync("3131000008", "浦东新区民办兰生中学", SchoolType.Junior);
        await using var db = await DbAsync();
        var round = new AdmissionRound
        {
            Year = 2026, Stage = Stage.Primary, Name = "2026年小学招生", Status = RoundStatus.Open, PolicySource = DefaultPolicy.Source,
            CohortFrom = new DateOnly(2019, 9, 1), CohortTo = new DateOnly(2020, 8, 31),
            ApplicationOpens = new DateOnly(2026, 11, 1), ApplicationCloses = new DateOnly(2026, 11, 30), VerificationCloses = new DateOnly(2026, 12, 10),
            DrawOn = new DateOnly(2026, 12, 15), ResultsOn = new DateOnly(2026, 12, 20), AppealsClose = new DateOnly(2026, 12, 31),
            PrivateChoices = 2, CreatedAt = Harness.Clock.GetUtcNow().UtcDateTime,
        };
        round.Categories = DefaultPolicy.Categories(round.Id);
        db.Rounds.Add(round);
        db.Seats.AddRange(
            new SeatPlan { RoundId = round.Id, SchoolId = Registry.SchoolA, PlannedClasses = 2, ClassCap = 45 },
            new SeatPlan { RoundId = round.Id, SchoolId = Registry.SchoolB, PlannedClasses = 2, ClassCap = 45 },
            new SeatPlan { RoundId = round.Id, SchoolId = PrivateP, PlannedClasses = 1, ClassCap = 45 });
        db.Catchments.AddRange(
            new CatchmentRule { SchoolId = Registry.SchoolA, Street = "张杨路", FromNumber = 1, ToNumber = 500 },
            new CatchmentRule { SchoolId = Registry.SchoolB, Estate = "育才小区" });
        await db.SaveChangesAsync();
        RoundId = round.Id;
    }

    private Task<Guid> AddSchoolAsync(string code, string name, SchoolType type) =>
        Harness.AsAsync<SaveSchool.Handler, Guid>(Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = code, Name = name, Type = type, Ownership = Ownership.Private, RegionCode = "310115", ZoneId = Registry.ZoneEast,
            Principal = "赵校长", Phone = "021-58880000", FoundedOn = new DateOnly(2001, 9, 1), MainCampusAddress = "上海市浦东新区锦绣路200号",
        }));
}
