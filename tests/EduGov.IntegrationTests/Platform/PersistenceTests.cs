using System.Text;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Security;
using EduGov.Registry.Students;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Platform;

public sealed class PersistenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryModuleContext_HasNoPendingModelChanges(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var migrator = harness.Services.GetRequiredService<DatabaseMigrator>();

        migrator.Contexts.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var descriptor in migrator.Contexts)
        {
            await using var context = migrator.CreateContext(descriptor);
            context.Database.HasPendingModelChanges().ShouldBeFalse($"{descriptor.Module} 有未生成迁移的模型变更");
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task SqliteFile_ContainsNoPlaintextIdNumberPhoneOrAddress()
    {
        await using var harness = await PlatformHarness.StartAsync("Sqlite");
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        await using (var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(harness.Database.SqlitePath!);
        var text = Encoding.UTF8.GetString(bytes);

        text.ShouldContain("林小雨");
        text.ShouldContain("310115********0020");
        text.ShouldNotContain(RegistryWorld.ValidIdNumber);
        text.ShouldNotContain("13812345678");
        text.ShouldNotContain("峨山路91弄5号302室");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditChain_VerifiesIntact_AndDetectsAChangedOrDeletedEvent(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await RegistryWorld.BuildAsync(harness);
        await harness.AsAsync<RegisterStudent.Handler, Guid>(world.AdminA, h => h.HandleAsync(RegistryWorld.Pupil(world.SchoolA)));
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();

        var events = await db.AuditEvents.OrderBy(e => e.Sequence).AsNoTracking().ToListAsync();
        events.Count.ShouldBeGreaterThan(5);
        events.ShouldContain(e => e.EntityType == "Student" && e.Action == AuditActions.Create && e.ActorName == "陈校管");
        events.ShouldNotContain(e => (e.Changes ?? "").Contains(RegistryWorld.ValidIdNumber));
        var audit = harness.Services.GetRequiredService<AuditLog>();
        var intact = await audit.VerifyChainAsync();
        intact.IsIntact.ShouldBeTrue();
        intact.Events.ShouldBe(events.Count);

        await db.Database.ExecuteSqlRawAsync("UPDATE platform_audit_event SET \"ActorName\" = '篡改者' WHERE \"Sequence\" = 3");
        var changed = await audit.VerifyChainAsync();
        changed.Break.ShouldNotBeNull().Sequence.ShouldBe(3);
        changed.Events.ShouldBe(2);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit_event WHERE \"Sequence\" = 3");
        var deleted = await audit.VerifyChainAsync();
        deleted.Break.ShouldNotBeNull().Reason.ShouldContain("缺少序号 3");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreatingAnAccount_AuditsItWithoutPasswordHashOrStamps(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Set(harness.System);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var result = await users.CreateAsync(new UserAccount { UserName = "auditee", DisplayName = "审计测试", Role = Role.Officer, ScopeKind = ScopeKind.Bureau }, "Audit@2026test");
            result.Succeeded.ShouldBeTrue();
        }

        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var created = await db.AuditEvents.SingleAsync(e => e.EntityType == nameof(UserAccount) && e.Action == AuditActions.Create);

        created.Changes.ShouldNotBeNull().ShouldContain("auditee");
        created.Changes.ShouldNotContain("PasswordHash");
        created.Changes.ShouldNotContain("SecurityStamp");
        created.ActorName.ShouldBe("测试");
    }
}
