using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training.Funds;

internal static partial class FundsPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
    }
}
