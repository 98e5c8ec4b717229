using EduGov.Admission.Domain;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Seats;

/// <summary>学位与对口地段: seats per school and round, catchment rules (form, import, export), and the public look-up page.</summary>
internal static partial class SeatsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "学位计划", "/admission/seats", "seats", AdmissionPermissions.Read, 310),
        new("招生入学", "对口地段", "/admission/catchments", "catchment", AdmissionPermissions.Read, 320),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportCatchments.Definition];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListSeats.Handler>();
        services.AddScoped<SaveSeats.Handler>();
        services.AddScoped<SaveSeats.Validator>();
        services.AddScoped<ExportSeats.Handler>();
        services.AddScoped<ListCatchments.Handler>();
        services.AddScoped<SaveCatchment.Handler>();
        services.AddScoped<DeleteCatchment.Handler>();
        services.AddScoped<ExportCatchments.Handler>();
        services.AddScoped<MatchAddress.Handler>();
        services.AddScoped<LookUpCatchment.Handler>();
        services.AddScoped<IImportKind, ImportCatchments.Kind>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        MapSeats(admission.MapGroup("/rounds/{roundId:guid}/seats"));
        MapCatchments(admission.MapGroup("/catchments"));
    }

    private static void MapSeats(RouteGroupBuilder seats)
    {
        seats.MapGet("/", (Guid roundId, ListSeats.Handler h, ApplicationKind? kind, string? search, CancellationToken ct) =>
            h.HandleAsync(new ListSeats.Query(roundId, kind, search), ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("某招生轮次各校学位计划（计划班数、班额、核定学位、报名数和报名/学位比）");
        seats.MapGet("/export", async (Guid roundId, ExportSeats.Handler h, ApplicationKind? kind, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListSeats.Query(roundId, kind, search), ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(AdmissionPermissions.Read).WithSummary("导出学位计划（Excel，记入审计）");
        seats.MapPut("/{schoolId:guid}", async (Guid roundId, Guid schoolId, SeatsBody body, SaveSeats.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new SaveSeats.Command(roundId, schoolId, body.PlannedClasses, body.SeatsOverride, body.OverrideReason), ct);
            return HttpResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("填写一所学校的计划班数，或说明原因后核定学位数（名单冻结后拒绝）");
    }

    private static void MapCatchments(RouteGroupBuilder catchments)
    {
        catchments.MapGet("/", (ListCatchments.Handler h, Guid? schoolId, string? search, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListCatchments.Query(schoolId, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("公办学校对口地段规则（按学校、道路或小区筛选，分页）");
        catchments.MapGet("/export", async (ExportCatchments.Handler h, Guid? schoolId, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListCatchments.Query(schoolId, search), ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(AdmissionPermissions.Read).WithSummary("导出对口地段（Excel，可修改后导入，记入审计）");
        catchments.MapGet("/match", (MatchAddress.Handler h, string address, CancellationToken ct) => h.HandleAsync(address, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("试一试：某地址属于哪些公办学校的对口地段");
        catchments.MapPost("/", async (CatchmentBody body, SaveCatchment.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(body.ToCommand(null), ct);
            return HttpResults.Created($"/api/v1/admission/catchments/{id}", new { id });
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("添加对口地段规则（道路门牌号范围和单双号，或小区）");
        catchments.MapPut("/{id:guid}", async (Guid id, CatchmentBody body, SaveCatchment.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(body.ToCommand(id), ct);
            return HttpResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("修改对口地段规则");
        catchments.MapDelete("/{id:guid}", async (Guid id, DeleteCatchment.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return HttpResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("删除对口地段规则");
    }

    internal sealed record SeatsBody(int PlannedClasses, int? SeatsOverride = null, string? OverrideReason = null);

    /// <summary>A catchment rule as the API takes it: a street (with optional range and parity) or an estate, or both.</summary>
    internal sealed record CatchmentBody(
        Guid SchoolId, string? Street = null, int? FromNumber = null, int? ToNumber = null, HouseNumberParity Parity = HouseNumberParity.All,
        string? Estate = null, string? Note = null)
    {
        public SaveCatchment.Command ToCommand(Guid? id) => new(id, SchoolId, Street ?? "", FromNumber, ToNumber, Parity, Estate ?? "", Note);
    }
}
