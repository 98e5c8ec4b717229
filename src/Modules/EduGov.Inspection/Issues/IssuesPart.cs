using EduGov.Inspection.Attachments;
using EduGov.Inspection.Domain;
using EduGov.Platform.Exporting;
using EduGov.Platform.Files;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Issues;

/// <summary>问题清单 → 一校一策 → 复查 → 销号: the closed loop of findings.</summary>
internal static partial class IssuesPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("督导", "问题清单", "/inspection/issues", "issues", InspectionPermissions.Read, 150),
    ];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<OpenIssue.Handler>();
        services.AddScoped<ListIssues.Handler>();
        services.AddScoped<ExportIssues.Handler>();
        services.AddScoped<GetIssue.Handler>();
        services.AddScoped<AdvanceIssue.Handler>();
        services.AddScoped<GetRectificationPlan.Handler>();
        services.AddScoped<EscalateOverdueIssues.Handler>();
        services.AddHostedService<OverdueIssueWatcher>();
    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
        var issues = inspection.MapGroup("/issues");
        issues.MapGet("/", (ListIssues.Handler h, [AsParameters] IssueFilter filter, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(filter.ToQuery() with { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("问题清单（按督导范围）");
        issues.MapGet("/summary", (ListIssues.Handler h, Guid? schoolId, CancellationToken ct) => h.SummarizeAsync(schoolId, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("问题清单各状态、逾期、上报数量");
        issues.MapGet("/export", async (ExportIssues.Handler h, [AsParameters] IssueFilter filter, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(filter.ToQuery(), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("按当前筛选导出问题清单（Excel，记入审计）");
        issues.MapGet("/{id:guid}", (Guid id, GetIssue.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("问题详情与整改全过程");
        issues.MapPost("/", async (OpenIssueBody body, OpenIssue.Handler h, CancellationToken ct) =>
        {
            var ids = await h.HandleAsync([new NewIssue(body.SchoolId, IssueSource.Visit, body.Item, body.Description ?? "", body.Severity, body.Rule ?? "", body.Deadline)], ct);
            return Results.Created($"/api/v1/inspection/issues/{ids[0]}", new { id = ids[0] });
        }).RequirePermission(InspectionPermissions.Visit).WithSummary("督学下达问题（列入学校问题清单）");
        issues.MapPost("/{id:guid}/steps", async (Guid id, StepBody body, AdvanceIssue.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(body.ToCommand(id), ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Read).WithSummary("整改闭环的一步：整改方案、进展、完成、复查、销号、退回（各步另需相应权限）");
        inspection.MapGet("/rectification-plans/{schoolId:guid}", (Guid schoolId, GetRectificationPlan.Handler h, CancellationToken ct) => h.HandleAsync(schoolId, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("一校一策：学校全部问题及整改方案");
    }

    public sealed record IssueFilter(Guid? SchoolId, IssueStatus? Status, IssueSeverity? Severity, SupervisionItem? Item, bool? Overdue, bool? Escalated, bool? OpenOnly, string? Search)
    {
        public ListIssues.Query ToQuery() => new(SchoolId, Status, Severity, Item, Overdue ?? false, Escalated ?? false, OpenOnly ?? false, Search);
    }

    public sealed record OpenIssueBody(Guid SchoolId, SupervisionItem Item, string? Description, IssueSeverity Severity, string? Rule, DateOnly? Deadline);

    public sealed record FileBody(string FileName, string ContentBase64);

    public sealed record StepBody(IssueAction Action, string? Text, string? PlanOwner, DateOnly? PlanDueOn, IReadOnlyList<FileBody>? Files)
    {
        public AdvanceIssue.Command ToCommand(Guid id) => new(id, Action, Text ?? "")
        {
            PlanOwner = PlanOwner ?? "",
            PlanDueOn = PlanDueOn,
            Files = [.. (Files ?? []).Select(f => UploadedFile.FromBase64(f.FileName, f.ContentBase64, "Files"))],
        };
    }
}
