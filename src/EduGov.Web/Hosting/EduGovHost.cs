using EduGov.Platform;
using EduGov.Platform.Data;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Web.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using MudBlazor;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace EduGov.Web.Hosting;

/// <summary>Builds and prepares the web host; tests build the same host with their own configuration.</summary>
public static class EduGovHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        ConfigureLogging(builder);
        var dataFolder = builder.Configuration["DataFolder"] ?? "data";
        var privacyKey = PrivacyKey.Resolve(builder.Configuration, allowGenerated: !builder.Environment.IsProduction(), dataFolder, StartupConsole.Announce);
        builder.Services.AddEduGovPlatform(builder.Configuration, Modules.All, privacyKey);
        AddWeb(builder.Services);
        var app = builder.Build();
        UseWeb(app);
        return app;
    }

    public static async Task PrepareAsync(WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        if (configuration.GetValue("Demo:SeedOnFirstStart", false))
        {
            await DemoStart.SeedIfEmptyAsync(app.Services, configuration);
        }

        app.Lifetime.ApplicationStarted.Register(() => StartupConsole.PrintWelcome(app));
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Configuration["Logging:Format"] == "json")
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
    }

    private static void AddWeb(IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddMudServices(c => c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter);
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddScoped<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<UserAccount>, EduGovClaimsFactory>();
        services.AddEduGovAuthentication();
        services.AddLocalization();
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "EduGov 教育局业务平台 API";
            doc.Info.Description = "区县教育局业务平台的 HTTP 接口。认证：Authorization: Bearer <接口令牌>。错误按 RFC 9457 返回，detail 为中文说明。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    private static void UseWeb(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(async context =>
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(statusCode: context.HttpContext.Response.StatusCode, title: ProblemDetailsExceptionHandler.TitleFor(context.HttpContext.Response.StatusCode))
                    .ExecuteAsync(context.HttpContext);
            }
        });
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Text.Chinese.Name).AddSupportedCultures(Text.Chinese.Name, Text.English.Name).AddSupportedUICultures(Text.Chinese.Name, Text.English.Name);
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi("/api/v1/openapi.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("EduGov API").WithOpenApiRoutePattern("/api/v1/openapi.json")).AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        foreach (var module in Modules.All)
        {
            module.MapApi(api);
        }

        AccountEndpoints.Map(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. Modules.All.Select(m => m.PagesAssembly).Append(typeof(PlatformServices).Assembly).Distinct()]);
    }
}
