using EduGov.Platform.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Platform.Data;

/// <summary>The one place that decides how a module's DbContext talks to the database.</summary>
public static class ModuleContextRegistration
{
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, DatabaseSettings settings, string module)
        where TContext : DbContext
    {
        services.AddSingleton(new ModuleContextDescriptor(module, typeof(TContext)));
        services.AddDbContextFactory<TContext>((provider, options) => Configure(options, settings, module, provider.GetRequiredService<AuditInterceptor>()));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings, string module, AuditInterceptor? auditInterceptor)
    {
        var historyTable = $"{module}_migrations_history";
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(settings.ConnectionString);
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(settings.MigrationsAssembly).MigrationsHistoryTable(historyTable));
                options.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(settings.MigrationsAssembly).MigrationsHistoryTable(historyTable));
                break;
            default:
                throw new InvalidOperationException($"未知的数据库类型 {settings.Provider}");
        }

        if (auditInterceptor is not null)
        {
            options.AddInterceptors(auditInterceptor);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

public sealed record ModuleContextDescriptor(string Module, Type ContextType);
