using EduGov.Admission.Domain;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Applications;

/// <summary>报名管理: one submission path for the portal and the bulk import, the officers' list, detail, export and proofs.</summary>
internal static partial class ApplicationsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "报名管理", "/admission/applications", "applications", AdmissionPermissions.Read, 330),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportApplications.Definition];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ApplicationInputValidator>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<SubmitApplication.Handler>();
        services.AddScoped<ResubmitApplication.Handler>();
        services.AddScoped<WithdrawApplication.Handler>();
        services.AddScoped<GetApplication.Handler>();
        services.AddScoped<ListApplications.Handler>();
        services.AddScoped<ExportApplications.Handler>();
        services.AddScoped<RevealApplicationData.Handler>();
        services.AddScoped<ApplicationDocuments.Handler>();
        services.AddScoped<IImportKind, ImportApplications.ImportKind>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        var applications = admission.MapGroup("/applications");
        applications.MapGet("/", (ListApplications.Handler h, [AsParameters] ApplicationFilter filter, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(filter.ToQuery() with { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("招生报名列表（按招生范围；证件号码、电话脱敏）");
        applications.MapGet("/export", async (ExportApplications.Handler h, [AsParameters] ApplicationFilter filter, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(filter.ToQuery(), ct);
            return TypedResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(AdmissionPermissions.Read).WithSummary("按当前筛选导出招生报名（Excel，个人信息脱敏，记入审计）");
        applications.MapGet("/{id:guid}", (Guid id, GetApplication.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("报名详情：报名信息（脱敏）、志愿、类别及理由、学籍标记、材料、办理记录");
        applications.MapPost("/", async (SubmitApplication.Command command, SubmitApplication.Handler h, CancellationToken ct) =>
        {
            var result = await h.HandleAsync(command, ct);
            return TypedResults.Created($"/api/v1/admission/applications/{result.Id}", result);
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("教育局代为录入一份报名（与家长网上报名同样校验）");
        admission.MapGet("/documents/{id:guid}", async (Guid id, ApplicationDocuments.Handler h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToResult()).RequireAuthorization().WithSummary("下载报名证明材料（家长限本人的报名；工作人员限招生范围内的报名）");
    }

    public sealed record ApplicationFilter(Guid? RoundId, ApplicationStatus? Status, ApplicationKind? Kind, Guid? SchoolId, int? Category, bool? FlaggedOnly, string? Search)
    {
        public ListApplications.Query ToQuery() => new(RoundId, Status, Kind, SchoolId, Category, FlaggedOnly ?? false, Search);
    }
}
