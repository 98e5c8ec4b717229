using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Attachments;

/// <summary>Photos and files of visits and rectification steps: storage, download, and the page components.</summary>
internal static class AttachmentsPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["添加照片或文件"] = "Add photos or files",
        ["照片、PDF、Word、Excel，每个不超过 10 MB"] = "Photos, PDF, Word, Excel; up to 10 MB each",
        ["移除"] = "Remove",
        ["附件"] = "Attachments",
    };

    public static void AddServices(IServiceCollection services) => services.AddScoped<GetAttachment.Handler>();

    public static void MapApi(IEndpointRouteBuilder inspection) =>
        inspection.MapGet("/attachments/{id:guid}", async (Guid id, GetAttachment.Handler h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToResult()).RequirePermission(InspectionPermissions.Read).WithSummary("下载督导照片或佐证材料（限督导范围内的学校）");
}
