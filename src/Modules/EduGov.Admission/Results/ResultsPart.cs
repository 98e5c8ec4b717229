using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Results;

internal static class ResultsPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>();

    public static void AddServices(IServiceCollection services)
    {
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
    }
}
