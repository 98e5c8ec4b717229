using EduGov.Platform;
using EduGov.Platform.Data;
using EduGov.Platform.Security;
using EduGov.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduGov.IntegrationTests.Infrastructure;

/// <summary>The platform's real services on a real, migrated database, without the web host; act as any user.</summary>
public sealed class PlatformHarness : IAsyncDisposable
{
    public static readonly byte[] PrivacyKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private PlatformHarness(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    public PermissionCatalog Catalog => Services.GetRequiredService<PermissionCatalog>();

    public static async Task<PlatformHarness> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddEduGovPlatform(configuration, Modules.All, PrivacyKey);
        var provider_ = services.BuildServiceProvider();
        await provider_.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new PlatformHarness(database, provider_, clock);
    }

    public CurrentUser User(Role role, OrgScope scope, string name = "测试用户") =>
        new(Guid.CreateVersion7(), name, role, scope, Catalog.For(role));

    public CurrentUser System => CurrentUser.System("测试", Catalog);

    /// <summary>Resolves <typeparamref name="T"/> in a fresh scope acting as <paramref name="user"/> and runs <paramref name="action"/>.</summary>
    public async Task<TResult> AsAsync<T, TResult>(CurrentUser user, Func<T, Task<TResult>> action)
        where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Set(user);
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async Task AsAsync<T>(CurrentUser user, Func<T, Task> action)
        where T : notnull =>
        await AsAsync<T, bool>(user, async h =>
        {
            await action(h);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
