using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Infrastructure;

/// <summary>The registry world plus an inspector (with a sign-in account) assigned to school A only.</summary>
public sealed class InspectionWorld
{
    private InspectionWorld(RegistryWorld registry, CurrentUser inspector)
    {
        Registry = registry;
        Inspector = inspector;
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Inspector { get; }
    public Guid InspectorId { get; private set; }

    public static async Task<InspectionWorld> BuildAsync(PlatformHarness harness)
    {
        var registry = await RegistryWorld.BuildAsync(harness);
        var inspector = harness.User(Role.Inspector, new OrgScope(ScopeKind.Zone, registry.ZoneWest, "西片学区"), "赵督学");
        var world = new InspectionWorld(registry, inspector);
        await world.AddInspectorAsync();
        return world;
    }

    private async Task AddInspectorAsync()
    {
        await using var db = await Harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
        using var system = CurrentUserAccessor.Use(Harness.System);
        var record = new EduGov.Inspection.Domain.Inspector
        {
            Name = Inspector.Name, Employment = InspectorEmployment.PartTime, Background = "退休校长", Stages = "2,3", CertificateNumber = "督学证 2026-001",
            Phone = "021-58880000", UserId = Inspector.Id, CreatedAt = Harness.Clock.GetUtcNow().UtcDateTime,
        };
        db.Inspectors.Add(record);
        db.Assignments.Add(new Assignment { InspectorId = record.Id, SchoolId = Registry.SchoolA, From = new DateOnly(2026, 9, 1), AssignedByName = "李科长", AssignedAt = Harness.Clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        InspectorId = record.Id;
    }

    internal async Task<T> QueryAsync<T>(Func<InspectionDbContext, Task<T>> query)
    {
        await using var db = await Harness.Services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
