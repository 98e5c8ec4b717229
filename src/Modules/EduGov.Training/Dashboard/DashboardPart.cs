using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace EduGov.Training.Dashboard;

/// <summary>The supervision officer's overview page and its export.</summary>
internal static partial class DashboardPart
{
    public static IEnumerable<MenuEntry> Menu => [new("校外培训", "监管概览", "/training", "training", TrainingPermissions.Read, 400)];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<GetDashboard.Handler>();
        services.AddScoped<ExportDashboard.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        training.MapGet("/dashboard", (GetDashboard.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("校外培训监管概览：类别与信用等级、预收费资金、风险预警、双随机抽查、投诉");
        training.MapGet("/dashboard/export", async (ExportDashboard.Handler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("导出校外培训监管概览（Excel，记入审计）");
    }
}
