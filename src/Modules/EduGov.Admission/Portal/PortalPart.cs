using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Portal;

/// <summary>家长端: sign-in by phone and one-time code, applying, proofs, following the status, appeals. Static pages under /apply.</summary>
internal static partial class PortalPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        ParentPortal.AddPolicy(services);
        services.AddScoped<SendSignInCode.Handler>();
        services.AddScoped<VerifySignInCode.Handler>();
        services.AddScoped<ListMyApplications.Handler>();
        services.AddScoped<GetApplicationForm.Handler>();
        services.AddScoped<UploadDocument.Handler>();
        services.AddScoped<FileAppeal.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder admission) =>
        admission.MapPost("/portal/sign-out", SignOutEndpoint.HandleAsync)
            .AllowAnonymous().DisableAntiforgery().WithSummary("家长退出登录（家长端页面的表单提交，校验防伪令牌后跳转到登录页）");
}
