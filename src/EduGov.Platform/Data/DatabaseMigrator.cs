using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Platform.Data;

/// <summary>Applies every module context's migrations, Platform first (it owns the audit table).</summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<ModuleContextDescriptor> contexts)
{
    public IReadOnlyList<ModuleContextDescriptor> Contexts { get; } = [.. contexts.OrderBy(c => c.Module == "platform" ? 0 : 1).ThenBy(c => c.Module, StringComparer.Ordinal)];

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var descriptor in Contexts)
        {
            await using var context = CreateContext(descriptor);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    public DbContext CreateContext(ModuleContextDescriptor descriptor)
    {
        var factoryType = typeof(IDbContextFactory<>).MakeGenericType(descriptor.ContextType);
        var factory = services.GetRequiredService(factoryType);
        return (DbContext)factoryType.GetMethod(nameof(IDbContextFactory<DbContext>.CreateDbContext))!.Invoke(factory, null)!;
    }
}
