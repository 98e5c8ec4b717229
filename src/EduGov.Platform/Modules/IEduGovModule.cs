using System.Reflection;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Platform.Modules;

/// <summary>The one contract a module fulfils to join the platform: services, API, pages, menu, permissions, texts.</summary>
public interface IEduGovModule
{
    string Name { get; }

    Assembly PagesAssembly { get; }

    IEnumerable<PermissionGrant> Permissions { get; }

    IEnumerable<MenuEntry> Menu { get; }

    /// <summary>The Excel imports the module offers; each has an <see cref="IImportKind"/> service registered under the same key.</summary>
    IEnumerable<ImportDefinition> Imports { get; }

    IReadOnlyDictionary<string, string> EnglishTexts { get; }

    void AddServices(IServiceCollection services, PlatformSetup setup);

    void MapApi(IEndpointRouteBuilder api);
}

/// <summary>A navigation entry; shown only to users holding <see cref="Permission"/>.</summary>
public sealed record MenuEntry(string Group, string Title, string Href, string Icon, string Permission, int Order);
