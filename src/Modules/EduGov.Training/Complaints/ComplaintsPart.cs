using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace EduGov.Training.Complaints;

/// <summary>投诉举报、线索移交、行政处罚: the complaint queue and its handling, referrals to other authorities, penalties, the institution's side.</summary>
internal static partial class ComplaintsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "投诉举报", "/training/complaints", "appeal", TrainingPermissions.Read, 460),
        new("校外培训", "线索移交", "/training/referrals", "change", TrainingPermissions.Read, 462),
        new("校外培训", "行政处罚", "/training/penalties", "policy", TrainingPermissions.Read, 464),
        new("校外培训", "本机构投诉", "/training/portal/complaints", "appeal", TrainingPermissions.Portal, 480),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SubmitComplaint.Validator>();
        services.AddScoped<SubmitComplaint.Handler>();
        services.AddScoped<LookUpComplaintStatus.Handler>();
        services.AddScoped<ListComplaints.Handler>();
        services.AddScoped<ExportComplaints.Handler>();
        services.AddScoped<GetComplaint.Handler>();
        services.AddScoped<AdvanceComplaint.Handler>();
        services.AddScoped<ComplaintPeople.Handler>();
        services.AddScoped<PortalComplaints.Handler>();
        services.AddScoped<FindInstitutions.Handler>();
        services.AddScoped<Referrals.Handler>();
        services.AddScoped<Penalties.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        MapComplaints(training.MapGroup("/complaints"));
        MapReferrals(training.MapGroup("/referrals"));
        MapPenalties(training.MapGroup("/penalties"));
        training.MapGet("/institutions/find", (FindInstitutions.Handler h, string? search, CancellationToken ct) => h.HandleAsync(search, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("按名称或统一社会信用代码查找培训机构（最多 20 家，供表单选择）");
        var portal = training.MapGroup("/portal/complaints");
        portal.MapGet("/", (PortalComplaints.Handler h, int? page, int? size, CancellationToken ct) => h.ListAsync(new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("机构端：针对本机构的投诉（投诉人信息脱敏）");
        portal.MapPost("/{id:guid}/account", async (Guid id, TextBody body, PortalComplaints.Handler h, CancellationToken ct) =>
        {
            await h.GiveAccountAsync(new PortalComplaints.AccountCommand(id, body.Text ?? ""), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("机构端：对投诉提交情况说明");
    }

    private static void MapComplaints(RouteGroupBuilder complaints)
    {
        complaints.MapGet("/", (ListComplaints.Handler h, [AsParameters] ComplaintFilter filter, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(filter.ToQuery() with { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("投诉台账（按状态、类别、机构、逾期筛选，分页）");
        complaints.MapGet("/summary", (ListComplaints.Handler h, CancellationToken ct) => h.SummarizeAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("投诉各状态和逾期数量");
        complaints.MapGet("/export", async (ExportComplaints.Handler h, [AsParameters] ComplaintFilter filter, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(filter.ToQuery(), ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出投诉台账（Excel，不含投诉人信息，记入审计）");
        complaints.MapGet("/{id:guid}", (Guid id, GetComplaint.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("投诉详情与办理记录（投诉人电话脱敏）");
        complaints.MapPost("/", async (ComplaintBody body, SubmitComplaint.Handler h, CancellationToken ct) =>
        {
            var result = await h.HandleAsync(body.ToCommand(), ct);
            return HttpResults.Created($"/api/v1/training/complaints/{result.Id}", result);
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("登记热线、来信来访等渠道的投诉");
        complaints.MapPost("/{id:guid}/steps", async (Guid id, StepBody body, AdvanceComplaint.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new AdvanceComplaint.Command(id, body.Action, body.Text ?? "") { AssigneeId = body.AssigneeId, Category = body.Category }, ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("办理投诉：分派、调整类别、答复（短信告知投诉人）、办结");
        complaints.MapPost("/{id:guid}/phone", async (Guid id, ComplaintPeople.Handler h, CancellationToken ct) => new { phone = await h.RevealPhoneAsync(id, ct) })
            .RequirePermission(TrainingPermissions.Reveal).WithSummary("查看投诉人电话明文（记入审计）");
        complaints.MapGet("/photos/{id:guid}", async (Guid id, ComplaintPeople.Handler h, CancellationToken ct) => (await h.PhotoAsync(id, ct)).ToResult()).RequirePermission(TrainingPermissions.Read).WithSummary("投诉所附照片");
        complaints.MapGet("/officers", (ComplaintPeople.Handler h, CancellationToken ct) => h.OfficersAsync(ct))
            .RequirePermission(TrainingPermissions.Complaints).WithSummary("可分派的承办人（在用的业务员账号）");
    }

    private static void MapReferrals(RouteGroupBuilder referrals)
    {
        referrals.MapGet("/", (Referrals.Handler h, ReferralStatus? status, ReferralAuthority? authority, string? search, int? page, int? size, CancellationToken ct) =>
            h.ListAsync(new Referrals.Query(status, authority, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("线索移交记录（按状态、接收部门筛选）");
        referrals.MapGet("/{id:guid}/steps", (Guid id, Referrals.Handler h, CancellationToken ct) => h.StepsAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("一次移交的办理经过");
        referrals.MapPost("/", async (Referrals.CreateCommand body, Referrals.Handler h, CancellationToken ct) =>
        {
            var id = await h.CreateAsync(body, ct);
            return HttpResults.Created($"/api/v1/training/referrals/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("移交线索：从投诉或就某机构移交市场监管、公安等部门");
        referrals.MapPost("/{id:guid}/steps", async (Guid id, ReferralStepBody body, Referrals.Handler h, CancellationToken ct) =>
        {
            await h.AdvanceAsync(new Referrals.AdvanceCommand(id, body.Status, body.Feedback ?? "", body.On), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("登记对方部门受理、办结或退回");
    }

    private static void MapPenalties(RouteGroupBuilder penalties)
    {
        penalties.MapGet("/", (Penalties.Handler h, Guid? institutionId, PenaltyType? type, string? search, int? page, int? size, CancellationToken ct) =>
            h.ListAsync(new Penalties.Query(institutionId, type, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("行政处罚记录");
        penalties.MapPost("/", async (Penalties.RecordCommand body, Penalties.Handler h, CancellationToken ct) =>
        {
            var id = await h.RecordAsync(body, ct);
            return HttpResults.Created($"/api/v1/training/penalties/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("记录行政处罚（责令停止招收学员使机构停止招生，吊销许可证件同时吊销许可证）");
        penalties.MapPost("/{id:guid}/lift", async (Guid id, TextBody body, Penalties.Handler h, CancellationToken ct) =>
        {
            await h.LiftAsync(new Penalties.LiftCommand(id, body.Text ?? ""), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Complaints).WithSummary("解除责令停止招收学员（说明理由，机构恢复为已许可）");
    }

    public sealed record TextBody(string? Text);

    public sealed record ComplaintFilter(ComplaintStatus? Status, ComplaintCategory? Category, Guid? InstitutionId, bool? Overdue, bool? OpenOnly, string? Search)
    {
        public ListComplaints.Query ToQuery() => new(Status, Category, InstitutionId, Overdue ?? false, OpenOnly ?? false, Search);
    }

    public sealed record ComplaintBody(
        ComplaintChannel Channel, Guid? InstitutionId, string? InstitutionName, ComplaintCategory Category, string? Text, string? ComplainantName, string? Phone)
    {
        public SubmitComplaint.Command ToCommand() =>
            new(Channel, InstitutionId, InstitutionName ?? "", Category, Text ?? "", ComplainantName ?? "", Phone ?? "");
    }

    public sealed record StepBody(ComplaintAction Action, string? Text, Guid? AssigneeId, ComplaintCategory? Category);

    public sealed record ReferralStepBody(ReferralStatus Status, string? Feedback, DateOnly On);
}
