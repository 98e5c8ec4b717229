using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Registry.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Registry;

/// <summary>The registry's demo-data entry point for the host (first start) and the CLI (<c>edugov seed</c>).</summary>
public static class RegistryDemo
{
    public const string Password = DemoAccounts.Password;

    public static IReadOnlyList<string> PresetNames => [.. DemoPreset.All.Select(p => p.Name)];

    public static async Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDistrictSeeder>().IsEmptyAsync(ct);
    }

    /// <summary>Generates the preset deterministically from <paramref name="seed"/>, writes it, and creates one account per role.</summary>
    public static async Task<DemoSeedResult> SeedAsync(IServiceProvider services, string preset, int seed, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PermissionCatalog>();
        using (CurrentUserAccessor.Use(CurrentUser.System("演示数据生成", catalog)))
        {
            var district = await scope.ServiceProvider.GetRequiredService<DemoDistrictSeeder>().SeedAsync(DemoPreset.Find(preset), seed, progress, ct);
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(district);
            var moduleLines = new List<string>();
            foreach (var module in scope.ServiceProvider.GetServices<IModuleDemoData>())
            {
                moduleLines.Add(await module.SeedAsync(seed, ct));
            }

            return new DemoSeedResult(district.Schools.Count, district.Students.Count, district.Staff.Count, accounts, moduleLines);
        }
    }
}

public sealed record DemoSeedResult(int Schools, int Students, int Staff, IReadOnlyList<DemoAccount> Accounts, IReadOnlyList<string> ModuleLines);
