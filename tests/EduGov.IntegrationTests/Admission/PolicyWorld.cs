using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Admission.Seats;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// The registry's small district (public primary schools A and B, public junior school C) plus a private primary school P
/// and a private junior school Q, and helpers that act through the admission handlers as the bureau officer.
/// </summary>
public sealed class PolicyWorld
{
    private int _applications;

    private PolicyWorld(RegistryWorld registry)
    {
        Registry = registry;
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public CurrentUser AdminA => Registry.AdminA;
    public Guid SchoolA => Registry.SchoolA;
    public Guid SchoolB => Registry.SchoolB;
    public Guid JuniorC => Registry.JuniorC;
    public Guid PrivateP { get; private set; }
    public Guid PrivateQ { get; private set; }

    public static async Task<PolicyWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new PolicyWorld(await RegistryWorld.BuildAsync(harness));
        world.PrivateP = await world.AddPrivateSchoolAsync("2131000008", "浦东新区民办协和双语小学", SchoolType.Primary);
        world.PrivateQ = await world.AddPrivateSchoolAsync("3131000009", "浦东新区民办进才实验中学", SchoolType.Junior);
        return world;
    }

    private Task<Guid> AddPrivateSchoolAsync(string code, string name, SchoolType type) =>
        Harness.AsAsync<SaveSchool.Handler, Guid>(Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = code, Name = name, Type = type, Ownership = Ownership.Private, RegionCode = "310115", ZoneId = Registry.ZoneEast,
            Principal = "赵校长", Phone = "021-58889999", FoundedOn = new DateOnly(2005, 9, 1), MainCampusAddress = "上海市浦东新区锦绣路200号",
        }));

    public Task<Guid> CreateRoundAsync(int year, Stage stage = Stage.Primary, CurrentUser? user = null) =>
        Harness.AsAsync<CreateRound.Handler, Guid>(user ?? Officer, h => h.HandleAsync(new CreateRound.Command(year, stage)));

    public Task<GetRound.Detail> RoundAsync(Guid id) => Harness.AsAsync<GetRound.Handler, GetRound.Detail>(Officer, h => h.HandleAsync(id));

    public async Task<int> SavePolicyAsync(Guid roundId, Func<PolicyValues, PolicyValues> change, string reason = "依据区招生细则调整", CurrentUser? user = null)
    {
        var round = await RoundAsync(roundId);
        return await Harness.AsAsync<SavePolicy.Handler, int>(user ?? Officer, h => h.HandleAsync(new SavePolicy.Command(roundId, round.PolicyVersion, change(round.Policy), reason)));
    }

    public Task OpenAsync(Guid roundId) => Harness.AsAsync<OpenRound.Handler>(Officer, h => h.HandleAsync(roundId));

    public Task SaveSeatsAsync(Guid roundId, Guid schoolId, int classes, int? seats = null, string? reason = null, CurrentUser? user = null) =>
        Harness.AsAsync<SaveSeats.Handler>(user ?? Officer, h => h.HandleAsync(new SaveSeats.Command(roundId, schoolId, classes, seats, reason)));

    public Task<ListSeats.Result> SeatsAsync(Guid roundId, CurrentUser? user = null, ApplicationKind? kind = null, string? search = null) =>
        Harness.AsAsync<ListSeats.Handler, ListSeats.Result>(user ?? Officer, h => h.HandleAsync(new ListSeats.Query(roundId, kind, search)));

    public Task<Guid> AddCatchmentAsync(Guid schoolId, string street, int? from = null, int? to = null, HouseNumberParity parity = HouseNumberParity.All, string estate = "") =>
        Harness.AsAsync<SaveCatchment.Handler, Guid>(Officer, h => h.HandleAsync(new SaveCatchment.Command(null, schoolId, street, from, to, parity, estate)));

    internal async Task<AdmissionDbContext> DbAsync() =>
        await Harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();

    /// <summary>Moves a round to a later status directly, as the ceremony and results parts would.</summary>
    public async Task SetStatusAsync(Guid roundId, RoundStatus status)
    {
        await using var db = await DbAsync();
        var round = await db.Rounds.SingleAsync(r => r.Id == roundId);
        round.Status = status;
        await db.SaveChangesAsync();
    }

    /// <summary>Stores an application as the applications part would: public ones by catchment, private ones by their choices.</summary>
    public async Task AddApplicationAsync(Guid roundId, ApplicationStatus status, Guid? catchment = null, Guid[]? privateChoices = null, Guid? offered = null)
    {
        await using var db = await DbAsync();
        var number = ++_applications;
        var application = new Application
        {
            RoundId = roundId, Number = $"T{number:D5}", Status = status, ChildName = "测试儿童", BirthDate = new DateOnly(2020, 1, 1),
            Kind = privateChoices is null ? ApplicationKind.Public : ApplicationKind.Private, CatchmentSchoolId = catchment, OfferedSchoolId = offered,
        };
        application.Choices.AddRange((privateChoices ?? []).Select((school, rank) => new ApplicationChoice { Rank = rank, SchoolId = school }));
        db.Applications.Add(application);
        await db.SaveChangesAsync();
    }
}
