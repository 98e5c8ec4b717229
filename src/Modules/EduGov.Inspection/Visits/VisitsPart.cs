using EduGov.Inspection.Domain;
using EduGov.Inspection.Visits.Templates;
using EduGov.Platform.Exporting;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Visits;

/// <summary>Monthly visit plans, visit records (by the eight items or a checklist), emergencies, and checklist templates.</summary>
internal static class VisitsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("督导", "督导记录", "/inspection/visits", "visit", InspectionPermissions.Read, 130),
        new("督导", "检查表", "/inspection/templates", "template", InspectionPermissions.Read, 140),
    ];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<GenerateVisitPlan.Handler>();
        services.AddScoped<ListVisitPlan.Handler>();
        services.AddScoped<StartVisit.Handler>();
        services.AddScoped<GetVisit.Handler>();
        services.AddScoped<SaveVisit.Handler>();
        services.AddScoped<SaveVisit.Validator>();
        services.AddScoped<ReportEmergency.Handler>();
        services.AddScoped<ListVisits.Handler>();
        services.AddScoped<ExportVisits.Handler>();
        services.AddScoped<ListTemplates.Handler>();
        services.AddScoped<GetTemplate.Handler>();
        services.AddScoped<SaveTemplate.Handler>();
        services.AddScoped<SaveTemplate.Validator>();
        services.AddScoped<SetTemplateActive.Handler>();
        services.AddScoped<DeleteTemplate.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
        inspection.MapGet("/visit-plan", (ListVisitPlan.Handler h, DateOnly month, Guid? zoneId, Guid? inspectorId, PlannedVisitStatus? status, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListVisitPlan.Query(month, zoneId, inspectorId, status) { Page = new PageRequest(page ?? 1, size ?? 50) }, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("某月的督导计划与完成进度");
        inspection.MapPost("/visit-plan", (MonthBody body, GenerateVisitPlan.Handler h, CancellationToken ct) => h.HandleAsync(new GenerateVisitPlan.Command(body.Month), ct))
            .RequirePermission(InspectionPermissions.Manage).WithSummary("生成某月督导计划（可重复执行：只补缺，并取消已改派学校的未完成计划）");
        inspection.MapPost("/emergencies", (ReportEmergency.Command command, ReportEmergency.Handler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .RequirePermission(InspectionPermissions.Visit).WithSummary("报告突发事件：提交一条突发事件督导记录，并下达一个严重问题直报局里");
        MapVisits(inspection.MapGroup("/visits"));
        MapTemplates(inspection.MapGroup("/templates"));
    }

    private static void MapVisits(RouteGroupBuilder visits)
    {
        visits.MapGet("/", (ListVisits.Handler h, DateOnly? month, string? search, Guid? zoneId, Guid? inspectorId, VisitStatus? status, InspectionKind? kind, bool? emergenciesOnly, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListVisits.Query(month, search, zoneId, inspectorId, status, kind, emergenciesOnly ?? false) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("督导记录列表（突发事件在前）");
        visits.MapGet("/export", async (ExportVisits.Handler h, DateOnly? month, string? search, Guid? zoneId, Guid? inspectorId, VisitStatus? status, InspectionKind? kind, bool? emergenciesOnly, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListVisits.Query(month, search, zoneId, inspectorId, status, kind, emergenciesOnly ?? false), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("按当前筛选导出督导记录（Excel，记入审计）");
        visits.MapPost("/", async (StartVisit.Command command, StartVisit.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return Results.Created($"/api/v1/inspection/visits/{id}", new { id });
        }).RequirePermission(InspectionPermissions.Visit).WithSummary("开始督导：按计划或临时到校，生成督导记录草稿");
        visits.MapGet("/{id:guid}", (Guid id, GetVisit.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("督导记录详情");
        visits.MapPut("/{id:guid}", async (Guid id, SaveVisit.Command command, SaveVisit.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command with { VisitId = id }, ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Visit).WithSummary("保存督导记录草稿，或提交（submit=true：下达发现的问题，记录不可再改）");
    }

    private static void MapTemplates(RouteGroupBuilder templates)
    {
        templates.MapGet("/", (ListTemplates.Handler h, InspectionKind? kind, bool? includeInactive, CancellationToken ct) =>
            h.HandleAsync(new ListTemplates.Query(kind, includeInactive ?? false), ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("专项、综合督导检查表");
        templates.MapGet("/{id:guid}", (Guid id, GetTemplate.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("检查表及其检查项");
        templates.MapPost("/", async (SaveTemplate.Command command, SaveTemplate.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command with { Id = null }, ct);
            return Results.Created($"/api/v1/inspection/templates/{id}", new { id });
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("新建检查表（权重之和为 100）");
        templates.MapPut("/{id:guid}", async (Guid id, SaveTemplate.Command command, SaveTemplate.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command with { Id = id }, ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("修改检查表（已用于评分的检查表只能改名称和说明）");
        templates.MapPost("/{id:guid}/active", async (Guid id, ActiveBody body, SetTemplateActive.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new SetTemplateActive.Command(id, body.Active), ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("停用或重新启用检查表");
        templates.MapDelete("/{id:guid}", async (Guid id, DeleteTemplate.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("删除未使用过的检查表");
    }

    internal sealed record MonthBody(DateOnly Month);

    internal sealed record ActiveBody(bool Active);

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["生成本月计划"] = "Generate this month's plan",
        ["待督导"] = "To visit",
        ["已完成"] = "Done",
        ["第几次"] = "Visit no.",
        ["填写中"] = "In progress",
        ["本月还没有督导计划。"] = "No visit plan for this month yet.",
        ["本月计划"] = "This month's plan",
        ["本月计划 {0} 所，已完成 {1} 所（到校 {2}/{3} 次）"] = "Planned this month: {0} schools, {1} done ({2}/{3} visits)",
        ["已生成：新增 {0} 项，取消 {1} 项（已改派的学校），共 {2} 所学校有责任督学。"] = "Generated: {0} added, {1} cancelled (reassigned schools); {2} schools have an assigned inspector.",
        ["得分"] = "Score",
        ["得分 {0}"] = "Score {0}",
        ["已评 {0}/{1} 项"] = "{0}/{1} lines scored",
        ["权重 {0} · 满分 {1}"] = "Weight {0} · maximum {1}",
        ["报告突发事件"] = "Report an emergency",
        ["发生突发事件或重大事故，请第一时间赶赴现场并报告。提交后立即生成一条严重问题，直报局里。"] = "For an emergency or major accident, go to the scene at once and report. Submitting opens a critical issue reported straight to the bureau.",
        ["涉及事项"] = "Item concerned",
        ["发生了什么"] = "What happened",
        ["时间、地点、经过、伤亡和已采取的措施"] = "Time, place, what happened, casualties and measures taken",
        ["立即上报"] = "Report now",
        ["请选择学校"] = "Choose a school",
        ["已上报局里，问题编号 {0}。"] = "Reported to the bureau, issue {0}.",
        ["添加问题"] = "Add finding",
        ["严重程度"] = "Severity",
        ["问题描述"] = "Description",
        ["依据（违反的规定）"] = "Rule broken",
        ["如 《义务教育学校管理标准》第 … 条"] = "e.g. Compulsory-education school management standard, article …",
        ["整改期限（可不填）"] = "Deadline (optional)",
        ["不填按严重程度的默认天数"] = "Empty: the default days for the severity",
        ["没有发现问题时无需添加。"] = "Add nothing when there are no findings.",
        ["发现的问题（{0}）"] = "Findings ({0})",
        ["问题 {0}"] = "Finding {0}",
        ["本月还没有督导计划。计划由督导室每月生成。"] = "No visit plan for this month yet. The inspection office generates it every month.",
        ["本月计划 {0} 所，已完成 {1} 所"] = "Planned this month: {0} schools, {1} done",
        ["本月 {0}/{1} 次"] = "{0}/{1} visits this month",
        ["已检查"] = "Checked",
        ["检查情况"] = "What was found",
        ["督导事项（已检查 {0}/8）"] = "Supervision items ({0}/8 checked)",
        ["上个月"] = "Previous month",
        ["下个月"] = "Next month",
        ["{0}年{1}月"] = "{1}/{0}",
        ["继续填写"] = "Continue",
        ["开始督导"] = "Start visit",
        ["已完成，查看记录"] = "Done, view record",
        ["临时到校督导（不在本月计划内）"] = "Ad hoc visit (not in this month's plan)",
        ["检查表"] = "Checklists",
        ["新建检查表"] = "New checklist",
        ["督导类型"] = "Kind",
        ["各项权重之和必须为 100；每项满分可自定（如 10 分）。"] = "Weights must sum to 100; each line has its own maximum (e.g. 10 points).",
        ["检查表已保存。"] = "Checklist saved.",
        ["删除检查表"] = "Delete checklist",
        ["检查表已删除。"] = "Checklist deleted.",
        ["已用于 {0} 次督导评分，检查项不能再修改；需要调整时请停用并新建。"] = "Used to score {0} visits: its lines can no longer change; deactivate it and create a new one instead.",
        ["确定删除“{0}”吗？"] = "Delete “{0}”?",
        ["检查项"] = "Checklist lines",
        ["检查内容"] = "What to check",
        ["权重"] = "Weight",
        ["满分"] = "Maximum",
        ["添加检查项"] = "Add line",
        ["权重合计 {0} / 100"] = "Weights total {0} / 100",
        ["专项督导和综合督导按检查表逐项评分：各项权重之和为 100，得分 = Σ 权重 × 得分 ÷ 满分。"] = "Thematic and comprehensive inspections are scored line by line: weights sum to 100, score = Σ weight × points ÷ maximum.",
        ["已用于督导"] = "Used in visits",
        ["还没有检查表。"] = "No checklists yet.",
        ["启用"] = "Active",
        ["督导日期"] = "Visit date",
        ["还没有这一类督导的检查表，请督导室先在“检查表”中新建。"] = "No checklist for this kind of inspection yet; the inspection office creates them under “Checklists”.",
        ["督导方式"] = "Methods",
        ["照片和佐证材料"] = "Photos and evidence",
        ["督导意见"] = "Summary and advice",
        ["总体评价、肯定的做法和改进建议（提交时必填）"] = "Overall assessment, good practice and advice (required to submit)",
        ["保存草稿"] = "Save draft",
        ["提交"] = "Submit",
        ["发现的问题在提交时一并下达；保存草稿不保存问题，请在本页完成后提交。"] = "Findings are opened when you submit; a draft does not keep them, so finish on this page and submit.",
        ["提交督导记录"] = "Submit visit record",
        ["确认提交"] = "Submit now",
        ["提交后记录不能再修改，发现的 {0} 个问题将下达给学校。"] = "After submitting, the record can no longer change, and the {0} findings are sent to the school.",
        ["督导记录已提交，问题已下达。"] = "Visit submitted; findings sent to the school.",
        ["草稿已保存。"] = "Draft saved.",
        ["督导记录"] = "Visits",
        ["突发事件"] = "Emergency",
        ["督导记录详情"] = "Visit record",
        ["责任督学：{0}"] = "Assigned inspector: {0}",
        ["已提交"] = "Submitted",
        ["草稿"] = "Draft",
        ["发现问题"] = "Findings",
        ["本月没有督导记录。"] = "No visit records this month.",
        ["提交时间"] = "Submitted at",
        ["未提交"] = "Not submitted",
        ["这次督导没有下达问题。"] = "This visit opened no issues.",
        ["得分 {0}/{1}（权重 {2}）"] = "Points {0}/{1} (weight {2})",
        ["下达的问题（{0}）"] = "Issues opened ({0})",
        ["依据：{0}；整改期限 {1}"] = "Rule: {0}; deadline {1}",
        ["经常性督导按月计划到校，按八个督导事项记录；突发事件直报局里。"] = "Routine visits follow a monthly plan and are recorded by the eight supervision items; emergencies go straight to the bureau.",
        ["随机听课"] = "Class observation",
        ["查阅资料"] = "Document review",
        ["列席会议"] = "Meeting attendance",
        ["座谈走访"] = "Interviews and visits",
        ["问卷调查"] = "Questionnaire",
        ["校园巡查"] = "Campus patrol",
        ["待整改"] = "Open",
        ["整改中"] = "Rectifying",
        ["待复查"] = "Awaiting re-check",
        ["待销号"] = "Awaiting close-out",
        ["已销号"] = "Closed out",
    };
}
