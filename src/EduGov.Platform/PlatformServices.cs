using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Messaging;
using EduGov.Platform.Modules;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduGov.Platform;

public static class PlatformServices
{
    /// <summary>Everything the web host and the CLI share: database, audit, privacy, accounts, permissions, modules.</summary>
    public static PlatformSetup AddEduGovPlatform(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IEduGovModule> modules, byte[] privacyKey)
    {
        var setup = new PlatformSetup(configuration, DatabaseSettings.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(setup.Database);
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton(new FieldProtector(privacyKey));
        services.AddSingleton(modules);
        services.AddSingleton(new PermissionCatalog(modules.SelectMany(m => m.Permissions).Concat(PlatformPermissions.Grants)));
        services.AddSingleton(new Text(modules.Select(m => m.EnglishTexts).Append(PlatformTexts.English)));
        services.AddScoped<CurrentUserAccessor>();
        services.TryAddSingleton<ITextMessageSender, LoggingTextMessageSender>();
        services.AddModuleDbContext<PlatformDbContext>(setup.Database, PlatformDbContext.Module);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<RecordHistory>();
        services.AddSingleton<ApiTokens>();
        services.AddScoped<ListAuditEvents.Handler>();
        services.AddScoped<ImportRunner>();
        services.AddSingleton<ImportJobs>();
        services.AddDataProtection()
            .SetApplicationName("EduGov")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(configuration["DataFolder"] ?? "data", "keys")));
        services.AddIdentityCore<UserAccount>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        foreach (var module in modules)
        {
            module.AddServices(services, setup);
        }

        return setup;
    }
}
