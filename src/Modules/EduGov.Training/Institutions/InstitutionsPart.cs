using EduGov.Platform.Exporting;
using EduGov.Platform.Files;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training.Institutions;

/// <summary>机构管理: the register of institutions, their portal, proposed changes, notices and documents, self-registration.</summary>
internal static partial class InstitutionsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "培训机构", "/training/institutions", "organisation", TrainingPermissions.Read, 410),
        new("校外培训", "变更审核", "/training/changes", "change", TrainingPermissions.Manage, 411),
        new("校外培训", "机构首页", "/training/portal", "school", TrainingPermissions.Portal, 470),
        new("校外培训", "信息变更", "/training/portal/changes", "change", TrainingPermissions.Portal, 471),
        new("校外培训", "通知答复", "/training/portal/notices", "bulletin", TrainingPermissions.Portal, 472),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportInstitutions.Definition];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<InstitutionFacts.Validator>();
        services.AddScoped<RegisterInstitution.Handler>();
        services.AddScoped<IImportKind, ImportInstitutions.ImportKind>();
        services.AddScoped<SelfRegister.Handler>();
        services.AddScoped<ListInstitutions.Handler>();
        services.AddScoped<ExportInstitutions.Handler>();
        services.AddScoped<GetInstitution.Handler>();
        services.AddScoped<ProposeChange.Handler>();
        services.AddScoped<DecideChange.Handler>();
        services.AddScoped<ListChanges.Handler>();
        services.AddScoped<Notices.Handler>();
        services.AddScoped<RevealStaffId.Handler>();
        services.AddScoped<PortalHome.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        MapOfficerApi(training);
        MapPortalApi(training.MapGroup("/portal"));
    }

    private static void MapOfficerApi(IEndpointRouteBuilder training)
    {
        var institutions = training.MapGroup("/institutions");
        institutions.MapGet("/", (ListInstitutions.Handler h, [AsParameters] InstitutionFilter filter, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(filter.ToQuery() with { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("培训机构名录（分页、检索、筛选）");
        institutions.MapGet("/export", async (ExportInstitutions.Handler h, [AsParameters] InstitutionFilter filter, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(filter.ToQuery(), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出培训机构名录（Excel，记入审计）");
        institutions.MapGet("/{id:guid}", (Guid id, GetInstitution.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("培训机构详情：许可证、场所、人员（证件号脱敏）、课程、监管账户");
        institutions.MapPost("/", async (RegisterInstitution.Command command, RegisterInstitution.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return Results.Created($"/api/v1/training/institutions/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("登记已有培训机构（可同时登记其办学许可证）");
        institutions.MapPut("/{id:guid}", async (Guid id, InstitutionFacts facts, RegisterInstitution.Handler h, CancellationToken ct) =>
        {
            await h.EditAsync(new RegisterInstitution.Edit(id, facts), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("修改培训机构基本信息");
        institutions.MapGet("/{id:guid}/notices", (Guid id, Notices.Handler h, CancellationToken ct) => h.ListAsync(id, false, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("发给该机构的通知及其答复");
        institutions.MapPost("/{id:guid}/notices", async (Guid id, NoticeBody body, Notices.Handler h, CancellationToken ct) =>
        {
            var noticeId = await h.SendAsync(new Notices.Send(id, body.Title ?? "", body.Body ?? "", body.DueOn), ct);
            return Results.Created($"/api/v1/training/institutions/{id}/notices", new { id = noticeId });
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("向培训机构发送通知（含答复期限）");
        training.MapPost("/staff/{id:guid}/reveal", async (Guid id, RevealStaffId.Handler h, CancellationToken ct) => new { idNumber = await h.HandleAsync(id, ct) })
            .RequirePermission(TrainingPermissions.Reveal).WithSummary("查看从业人员证件号码明文（记入审计）");
        training.MapGet("/documents/{id:guid}", async (Guid id, Notices.Handler h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToResult()).RequirePermission(TrainingPermissions.Read).WithSummary("下载培训机构提交的材料（记入审计）");
        var changes = training.MapGroup("/changes");
        changes.MapGet("/", (ListChanges.Handler h, ChangeStatus? status, ChangeKind? kind, Guid? institutionId, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListChanges.Query(status, kind, institutionId) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("机构信息变更申请（审核队列）");
        changes.MapPost("/{id:guid}/decision", async (Guid id, DecisionBody body, DecideChange.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DecideChange.Command(id, body.Approve, body.Reason ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("审核变更申请：通过（立即生效）或退回（写明理由）");
    }

    private static void MapPortalApi(IEndpointRouteBuilder portal)
    {
        portal.MapGet("/home", (PortalHome.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构概况：状态、许可证、待办");
        portal.MapGet("/institution", (GetInstitution.Handler h, CurrentUserAccessor users, CancellationToken ct) => h.HandleAsync(Scope.TrainingScope.DemandOwn(users.User), ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构详情");
        portal.MapGet("/changes", (ListChanges.Handler h, ChangeStatus? status, ChangeKind? kind, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListChanges.Query(status, kind) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的变更申请");
        portal.MapPost("/changes", async (ProposeChange.Command command, ProposeChange.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return Results.Created($"/api/v1/training/portal/changes/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("提交机构信息、场所、人员、课程或账户变更申请（待教育局审核）");
        portal.MapGet("/notices", (Notices.Handler h, CancellationToken ct) => h.ListAsync(null, false, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("教育局发给本机构的通知");
        portal.MapPost("/notices/{id:guid}/answer", async (Guid id, AnswerBody body, Notices.Handler h, CancellationToken ct) =>
        {
            await h.AnswerAsync(new Notices.Answer(id, body.Text ?? "", [.. (body.Files ?? []).Select(FileBody.Decode)]), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("答复通知（文字及 PDF/JPG/PNG 材料，每个不超过 10 MB）");
        portal.MapGet("/documents/{id:guid}", async (Guid id, Notices.Handler h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToResult()).RequirePermission(TrainingPermissions.Portal).WithSummary("下载本机构提交的材料（记入审计）");
    }

    public sealed record InstitutionFilter(
        string? Search, TrainingKind? Kind, TrainingCategory? Category, TrainingMode? Mode, InstitutionStatus? Status, Guid? ZoneId, CreditGrade? Grade, CardLevel? Card, ListStatus? List)
    {
        public ListInstitutions.Query ToQuery() => new(Search, Kind, Category, Mode, Status, ZoneId, Grade, Card, List);
    }

    public sealed record NoticeBody(string? Title, string? Body, DateOnly DueOn);

    public sealed record DecisionBody(bool Approve, string? Reason);

    public sealed record AnswerBody(string? Text, IReadOnlyList<FileBody>? Files);

    public sealed record FileBody(string FileName, string ContentBase64)
    {
        public static UploadedFile Decode(FileBody file) => UploadedFile.FromBase64(file.FileName, file.ContentBase64, "Files");
    }
}
