using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Inspectors;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>The registry's small district plus inspectors with sign-in accounts, built through the inspection handlers.</summary>
internal sealed class InspectorWorld
{
    private int _certificates;

    private InspectorWorld(RegistryWorld registry)
    {
        Registry = registry;
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public DateOnly Today { get; } = new(2026, 11, 23);

    public static async Task<InspectorWorld> BuildAsync(PlatformHarness harness) => new(await RegistryWorld.BuildAsync(harness));

    /// <summary>An Inspector-role account, an inspector linked to it, and the user acting as that inspector.</summary>
    public async Task<(Guid Id, CurrentUser User)> AddInspectorAsync(string name, string userName)
    {
        var account = await AddAccountAsync(userName, name, Role.Inspector);
        var id = await Harness.AsAsync<SaveInspector.Handler, Guid>(Officer, h => h.HandleAsync(Inspector(name) with { UserName = userName }));
        var user = new CurrentUser(account, name, Role.Inspector, new OrgScope(ScopeKind.Zone, Registry.ZoneEast, "东片学区"), Harness.Catalog.For(Role.Inspector));
        return (id, user);
    }

    public SaveInspector.Command Inspector(string name) => new()
    {
        Name = name, Employment = InspectorEmployment.PartTime, Background = "退休校长", Stages = [Stage.Primary, Stage.Junior],
        CertificateNumber = $"沪浦督字{++_certificates:000}", Phone = "13812345678",
    };

    public async Task<Guid> AddAccountAsync(string userName, string displayName, Role role)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = userName, DisplayName = displayName, Role = role, ScopeKind = ScopeKind.Bureau, ScopeName = "测试区教育局" };
        var result = await accounts.CreateAsync(account);
        return result.Succeeded ? account.Id : throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
    }

    public Task<Guid> AssignAsync(Guid inspectorId, Guid schoolId, DateOnly from, string note = "") =>
        Harness.AsAsync<AssignSchool.Handler, Guid>(Officer, h => h.HandleAsync(new AssignSchool.Command(inspectorId, schoolId, from, note)));

    /// <summary>Reads the inspection tables directly, to check what a handler wrote.</summary>
    public async Task<T> ReadAsync<T>(Func<InspectionDbContext, Task<T>> read)
    {
        await using var db = await Harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
