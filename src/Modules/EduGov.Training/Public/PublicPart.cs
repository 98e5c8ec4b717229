using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training.Public;

/// <summary>公众查询: institution search, each institution's public record, the white and black lists, the complaint form and its status.</summary>
internal static partial class PublicPart
{
    public static IEnumerable<MenuEntry> Menu => [];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SearchPublicInstitutions.Handler>();
        services.AddScoped<GetPublicInstitution.Handler>();
        services.AddScoped<PublicLists.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var published = training.MapGroup("/public").AllowAnonymous();
        published.MapGet("/institutions", (SearchPublicInstitutions.Handler h, string? name, Guid? zoneId, TrainingCategory? category, int? page, CancellationToken ct) =>
            h.HandleAsync(new SearchPublicInstitutions.Query(name, zoneId, category, page ?? 1), ct))
            .WithSummary("公开查询培训机构（无需登录；不含申请中和不予许可的机构）");
        published.MapGet("/institutions/{id:guid}", (Guid id, GetPublicInstitution.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .WithSummary("培训机构公示信息：许可证、收费标准、资金监管账户、信用等级、名单和已公开的行政处罚（无需登录）");
        published.MapGet("/lists", (PublicLists.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .WithSummary("培训机构白名单和黑名单（无需登录）");
    }
}
