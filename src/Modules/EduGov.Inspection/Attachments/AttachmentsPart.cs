using EduGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Attachments;

/// <summary>Services, endpoints, menu entries and English texts of this part of the inspection module.</summary>
internal static class AttachmentsPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>();

    public static void AddServices(IServiceCollection services)
    {
    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
    }
}
