using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training.Licensing;

/// <summary>准入: licence applications with departments' opinions and decisions, permits, and the annual review.</summary>
internal static partial class LicensingPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "许可审批", "/training/licensing", "policy", TrainingPermissions.Read, 420),
        new("校外培训", "年度检查", "/training/licensing/reviews", "verification", TrainingPermissions.Read, 421),
        new("校外培训", "办学许可申请", "/training/portal/licensing", "applications", TrainingPermissions.Portal, 473),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SubmitApplication.Handler>();
        services.AddScoped<ListApplications.Handler>();
        services.AddScoped<GetApplication.Handler>();
        services.AddScoped<ReviewApplication.Handler>();
        services.AddScoped<AnnualReviews.Handler>();
        services.AddScoped<PrintLicenceDecision.Handler>();
        DecisionDocuments.Register(services);
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var licensing = training.MapGroup("/licensing");
        licensing.MapGet("/applications", (ListApplications.Handler h, LicenceStatus? status, LicenceKind? kind, bool? openOnly, bool? overdue, string? search, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListApplications.Query(status, kind, openOnly ?? false, overdue ?? false, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("许可申请队列（含法定办结期限、逾期标记）");
        licensing.MapGet("/applications/{id:guid}", (Guid id, GetApplication.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("许可申请详情：部门意见、办理过程");
        licensing.MapPost("/applications/{id:guid}/opinions", async (Guid id, OpinionsBody body, ReviewApplication.Handler h, CancellationToken ct) =>
        {
            await h.RequestAsync(new ReviewApplication.RequestOpinions(id, body.Departments ?? []), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("征求相关部门意见（按规则计算回复期限）");
        licensing.MapPost("/opinions/{id:guid}", async (Guid id, OpinionBody body, ReviewApplication.Handler h, CancellationToken ct) =>
        {
            await h.RecordAsync(new ReviewApplication.RecordOpinion(id, body.Result, body.Text ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("录入部门意见：同意、不同意或需补正");
        licensing.MapPost("/applications/{id:guid}/decision", async (Guid id, DecisionBody body, ReviewApplication.Handler h, CancellationToken ct) =>
        {
            await h.DecideAsync(body.ToCommand(id), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("作出许可决定：准予（核发、换发或注销许可证）或不予许可（写明理由）");
        licensing.MapGet("/applications/{id:guid}/decision-document", (Guid id, PrintLicenceDecision.Handler h, CancellationToken ct) => DownloadAsync(h, id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("许可决定书（Word 公文）：准予或不予行政许可决定书；尚未决定的申请不出具；下载记入审计");
        licensing.MapGet("/reviews", (AnnualReviews.Handler h, int year, ReviewResult? result, bool? pendingOnly, string? search, int? page, int? size, CancellationToken ct) =>
            h.ListAsync(new AnnualReviews.Query(year, result, pendingOnly ?? false, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("年度检查：某年度已许可机构及检查结论");
        licensing.MapPost("/reviews", async (AnnualReviews.Record command, AnnualReviews.Handler h, CancellationToken ct) =>
        {
            var id = await h.RecordAsync(command, ct);
            return Results.Created($"/api/v1/training/licensing/reviews?year={command.Year}", new { id });
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("录入年度检查结论（不合格时自动发出整改通知）");

        var portal = training.MapGroup("/portal/licensing");
        portal.MapGet("/applications", (ListApplications.Handler h, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListApplications.Query { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的许可申请及办理进度");
        portal.MapGet("/applications/{id:guid}", (Guid id, GetApplication.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构许可申请详情");
        portal.MapPost("/applications", async (SubmitBody body, SubmitApplication.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(body.ToCommand(), ct);
            return Results.Created($"/api/v1/training/portal/licensing/applications/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("提交延续、变更、终止（或被拒后重新设立）申请");
        portal.MapPost("/applications/{id:guid}/withdraw", async (Guid id, SubmitApplication.Handler h, CancellationToken ct) =>
        {
            await h.WithdrawAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("撤回尚未办结的申请");
        portal.MapGet("/applications/{id:guid}/decision-document", (Guid id, PrintLicenceDecision.Handler h, CancellationToken ct) => DownloadAsync(h, id, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的许可决定书（Word 公文），下载记入审计");
    }

    private static async Task<IResult> DownloadAsync(PrintLicenceDecision.Handler handler, Guid id, CancellationToken ct)
    {
        var file = await handler.HandleAsync(id, ct);
        return Results.File(file.Content, DecisionFile.ContentType, file.FileName);
    }

    public sealed record OpinionsBody(IReadOnlyList<Department>? Departments);

    public sealed record OpinionBody(OpinionResult Result, string? Text);

    public sealed record DecisionBody(bool Approve, string? Reason, string? PermitNumber, string? Scope, string? Address, DateOnly? ValidUntil)
    {
        public ReviewApplication.Decide ToCommand(Guid id) => new(id, Approve, Reason ?? "")
        {
            PermitNumber = PermitNumber ?? "", Scope = Scope ?? "", Address = Address ?? "", ValidUntil = ValidUntil,
        };
    }

    public sealed record SubmitBody(
        LicenceKind Kind, string? Name, string? Scope, string? Address, string? Statement, int? RemainingPupils, long? UnconsumedFen, string? RefundPlan, string? PlacementPlan,
        IReadOnlyList<InstitutionsPart.FileBody>? Files)
    {
        public SubmitApplication.Command ToCommand() => new(Kind, Name ?? "", Scope ?? "", Address ?? "", Statement ?? "")
        {
            RemainingPupils = RemainingPupils ?? 0, UnconsumedFen = UnconsumedFen ?? 0, RefundPlan = RefundPlan ?? "", PlacementPlan = PlacementPlan ?? "",
            Files = [.. (Files ?? []).Select(InstitutionsPart.FileBody.Decode)],
        };
    }
}
