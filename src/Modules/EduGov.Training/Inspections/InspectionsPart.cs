using System.Text;
using EduGov.Platform.Files;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Documents;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training.Inspections;

/// <summary>双随机、一公开: officer pool and conflicts, plans, freeze → draw → tasks → inspection → rectification, publication.</summary>
internal static partial class InspectionsPart
{
    private const string Group = "校外培训";

    public static IEnumerable<MenuEntry> Menu =>
    [
        new(Group, "双随机抽查", "/training/inspections", "lottery", TrainingPermissions.Read, 450),
        new(Group, "执法人员库", "/training/inspections/officers", "inspector", TrainingPermissions.Read, 451),
        new(Group, "我的检查任务", "/training/inspections/tasks", "visit", TrainingPermissions.Inspect, 452),
        new(Group, "检查整改", "/training/inspections/rectifications", "issues", TrainingPermissions.Read, 453),
        new(Group, "检查整改通知", "/training/portal/rectifications", "issues", TrainingPermissions.Portal, 476),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SaveOfficer.Validator>();
        services.AddScoped<SaveOfficer.Handler>();
        services.AddScoped<OfficerConflicts.Validator>();
        services.AddScoped<OfficerConflicts.Handler>();
        services.AddScoped<ListOfficers.Handler>();
        services.AddScoped<SavePlan.Validator>();
        services.AddScoped<SavePlan.Handler>();
        services.AddScoped<ListPlans.Handler>();
        services.AddScoped<GetPlan.Handler>();
        services.AddScoped<ExportPlanTasks.Handler>();
        services.AddScoped<FreezePlan.Handler>();
        services.AddScoped<DrawPlan.Validator>();
        services.AddScoped<DrawPlan.Handler>();
        services.AddScoped<PublishPlan.Handler>();
        services.AddScoped<ListMyTasks.Handler>();
        services.AddScoped<GetTask.Handler>();
        services.AddScoped<ListFindingItems.Handler>();
        services.AddScoped<SubmitInspection.Validator>();
        services.AddScoped<SubmitInspection.Handler>();
        services.AddScoped<GetInspectionFile.Handler>();
        services.AddScoped<ListRectifications.Handler>();
        services.AddScoped<AnswerRectification.Validator>();
        services.AddScoped<AnswerRectification.Handler>();
        services.AddScoped<VerifyRectification.Validator>();
        services.AddScoped<VerifyRectification.Handler>();
        services.AddScoped<GetInspectionPublication.Handler>();
        services.AddScoped<PrintRectificationNotice.Handler>();
        DecisionDocuments.Register(services);
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var inspections = training.MapGroup("/inspections");
        MapOfficers(inspections);
        MapPlans(inspections);
        MapTasks(inspections);
        MapRectifications(inspections);
        inspections.MapGet("/public/{planId:guid}/{file}", async (Guid planId, string file, GetInspectionPublication.Handler h, CancellationToken ct) =>
            TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(await h.FileAsync(planId, file, ct)), "text/csv; charset=utf-8", file))
            .AllowAnonymous().WithSummary("双随机抽查公示文件（匿名，公示后）：targets.csv、inspectors.csv、draw.csv，可用 edugov training draw 复核");
    }

    private static void MapOfficers(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/officers", (string? search, bool? activeOnly, int? page, int? size, ListOfficers.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListOfficers.Query(search, activeOnly ?? false), new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("执法检查人员名录库（含回避关系），分页、搜索");
        inspections.MapPost("/officers", (SaveOfficer.Command command, SaveOfficer.Handler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("登记或修改执法人员（限科室业务员）");
        inspections.MapPost("/officers/{id:guid}/conflicts", (Guid id, ConflictBody body, OfficerConflicts.Handler h, CancellationToken ct) =>
            h.AddAsync(new OfficerConflicts.AddCommand(id, body.InstitutionId, body.Reason), ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("登记执法人员须回避的机构（限科室业务员）");
        inspections.MapPost("/conflicts/{id:guid}/end", async (Guid id, OfficerConflicts.Handler h, CancellationToken ct) =>
        {
            await h.EndAsync(id, ct);
            return TypedResults.NoContent();
        }).RequirePermission(TrainingPermissions.Inspect).WithSummary("解除回避关系（记录保留，限科室业务员）");
    }

    private static void MapPlans(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/plans", (int? year, InspectionPlanStatus? status, string? search, int? page, int? size, ListPlans.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListPlans.Query(year, status, search), new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("抽查计划及进度（已检查/应检查）、公示期限");
        inspections.MapGet("/plans/defaults", (SavePlan.Handler h, CancellationToken ct) => h.DefaultsAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("新抽查计划的默认值（抽查比例和检查组人数取自现行规则）");
        inspections.MapPost("/plans", (SavePlan.Command command, SavePlan.Handler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("新建或修改草稿状态的抽查计划（限科室业务员）");
        inspections.MapGet("/plans/{id:guid}", (Guid id, GetPlan.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("抽查计划详情：冻结清单摘要、抽取结果、检查任务和检查组");
        inspections.MapGet("/plans/{id:guid}/export", async (Guid id, ExportPlanTasks.Handler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(id, ct);
            return TypedResults.File(file.Content, EduGov.Platform.Exporting.ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("导出抽查计划的检查任务（顺序、机构、信用代码、等级、随机号、检查组、状态、结果和发现的问题；Excel，记入审计）");
        inspections.MapPost("/plans/{id:guid}/freeze", (Guid id, FreezePlan.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("冻结检查对象和执法人员名录，公布清单摘要（限科室业务员）");
        inspections.MapPost("/plans/{id:guid}/draw", (Guid id, DrawBody body, DrawPlan.Handler h, CancellationToken ct) =>
            h.HandleAsync(new DrawPlan.Command(id, body.PublicDraw, body.Dice), ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("抽取：由清单摘要、公开开奖号码和骰子生成种子，分等级抽取对象并抽取检查组（限科室业务员）");
        inspections.MapPost("/plans/{id:guid}/publish", async (Guid id, PublishPlan.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        }).RequirePermission(TrainingPermissions.Inspect).WithSummary("公示检查结果（全部任务检查完毕后，限科室业务员）");
    }

    private static void MapTasks(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/tasks/mine", (InspectionTaskStatus? status, int? page, int? size, ListMyTasks.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListMyTasks.Query(status), new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("我的检查任务（当前账号关联的执法人员所在检查组）");
        inspections.MapGet("/tasks/{id:guid}", (Guid id, GetTask.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("检查任务：抽查事项、检查组、检查记录和整改");
        inspections.MapGet("/credit-items", (ListFindingItems.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("现行信用评价目录中的项目（记录检查发现的问题时选择）");
        inspections.MapPost("/tasks/{id:guid}/submit", (Guid id, SubmitInspection.Command command, SubmitInspection.Handler h, CancellationToken ct) =>
            h.HandleAsync(command with { TaskId = id }, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("提交检查记录：完成任务，问题计入信用并责令整改（同一事务）");
        inspections.MapGet("/files/{id:guid}", async (Guid id, GetInspectionFile.Handler h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToResult()).RequireAuthorization().WithSummary("下载检查照片或整改佐证（检查人员和业务员；机构限本机构）");
        inspections.MapGet("/tasks/{id:guid}/rectification-notice", (Guid id, PrintRectificationNotice.Handler h, CancellationToken ct) => NoticeAsync(h, id, ct))
            .RequirePermission(TrainingPermissions.Inspect).WithSummary("责令整改通知书（Word 公文）：发现的问题、信用扣分和整改期限；未提交或未发现问题的任务不出具；下载记入审计");
    }

    private static void MapRectifications(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/rectifications", (RectificationStatus? status, bool? overdueOnly, string? search, int? page, int? size, ListRectifications.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListRectifications.Query(status, overdueOnly ?? false, search), new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("检查发现问题的整改情况（全区）");
        inspections.MapPost("/rectifications/{id:guid}/verify", async (Guid id, VerifyBody body, VerifyRectification.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new VerifyRectification.Command(id, body.Completed, body.Note), ct);
            return TypedResults.NoContent();
        }).RequirePermission(TrainingPermissions.Inspect).WithSummary("核查整改：确认整改完成或退回");
        inspections.MapGet("/portal/rectifications", (RectificationStatus? status, int? page, int? size, ListRectifications.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListRectifications.Query(status), new PageRequest(page ?? 1, size ?? 20), ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的检查整改通知");
        inspections.MapPost("/portal/rectifications/{id:guid}/answer", async (Guid id, AnswerBody body, AnswerRectification.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new AnswerRectification.Command(id, body.Measures, body.Evidence), ct);
            return TypedResults.NoContent();
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("机构提交整改措施和佐证");
        inspections.MapGet("/portal/tasks/{id:guid}/rectification-notice", (Guid id, PrintRectificationNotice.Handler h, CancellationToken ct) => NoticeAsync(h, id, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的责令整改通知书（Word 公文），下载记入审计");
    }

    private static async Task<IResult> NoticeAsync(PrintRectificationNotice.Handler handler, Guid taskId, CancellationToken ct)
    {
        var file = await handler.HandleAsync(taskId, ct);
        return TypedResults.File(file.Content, DecisionFile.ContentType, file.FileName);
    }

    public sealed record ConflictBody(Guid InstitutionId, string Reason);

    public sealed record DrawBody(string PublicDraw, IReadOnlyList<string> Dice);

    public sealed record VerifyBody(bool Completed, string Note);

    public sealed record AnswerBody(string Measures, IReadOnlyList<UploadedFile> Evidence);
}
