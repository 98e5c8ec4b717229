using EduGov.Platform.Exporting;
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
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace EduGov.Training.Credit;

/// <summary>信用: catalogue, records, score and grade, red and yellow cards, white and black lists, credit repair and objections.</summary>
internal static partial class CreditPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "信用管理", "/training/credit", "results", TrainingPermissions.Read, 440),
        new("校外培训", "黑白名单", "/training/credit/lists", "policy", TrainingPermissions.Read, 441),
        new("校外培训", "异议申诉", "/training/credit/objections", "appeal", TrainingPermissions.Read, 442),
        new("校外培训", "信用修复", "/training/credit/repairs", "issues", TrainingPermissions.Read, 443),
        new("校外培训", "信用评价指标", "/training/credit/catalogue", "template", TrainingPermissions.Read, 444),
        new("校外培训", "本机构信用", "/training/portal/credit", "results", TrainingPermissions.Portal, 475),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CreditEngine>();
        services.AddScoped<CreditFindings.Validator>();
        services.AddScoped<CreditFindings>();
        services.AddScoped<ICreditFindings>(sp => sp.GetRequiredService<CreditFindings>());
        services.AddScoped<ListCredit.Handler>();
        services.AddScoped<ExportCredit.Handler>();
        services.AddScoped<GetCreditProfile.Handler>();
        services.AddScoped<RecordFinding.Handler>();
        services.AddScoped<SubmitObjection.Handler>();
        services.AddScoped<DecideObjection.Handler>();
        services.AddScoped<ListObjections.Handler>();
        services.AddScoped<SubmitRepair.Handler>();
        services.AddScoped<DecideRepair.Handler>();
        services.AddScoped<ListRepairs.Handler>();
        services.AddScoped<GetCatalogues.Handler>();
        services.AddScoped<SwitchCatalogue.Handler>();
        services.AddScoped<SaveCreditItem.Handler>();
        services.AddScoped<SaveCreditItem.Validator>();
        services.AddScoped<ListCreditLists.Handler>();
        services.AddScoped<ExportCreditLists.Handler>();
        services.AddScoped<BlacklistOperator.Handler>();
        services.AddScoped<BlacklistOperator.Validator>();
        services.AddScoped<RecomputeCredit.Handler>();
        services.AddScoped<PrintObjectionDecision.Handler>();
        services.AddScoped<PrintRepairDecision.Handler>();
        DecisionDocuments.Register(services);
        services.AddHostedService<CreditWatcher>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var credit = training.MapGroup("/credit");
        MapInstitutions(credit);
        MapCatalogue(credit);
        MapQueues(credit);
        MapPortal(training.MapGroup("/portal/credit"));
    }

    private static void MapInstitutions(RouteGroupBuilder credit)
    {
        credit.MapGet("/", (ListCredit.Handler h, string? search, CreditGrade? grade, CardLevel? card, ListStatus? list, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListCredit.Query(search, grade, card, list) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("培训机构信用等级（千分制信用分、等级、红黄牌、名单）");
        credit.MapGet("/summary", (ListCredit.Handler h, CancellationToken ct) => h.SummarizeAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("各信用等级机构数、红黄牌和黑白名单数量");
        credit.MapGet("/export", async (ExportCredit.Handler h, string? search, CreditGrade? grade, CardLevel? card, ListStatus? list, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListCredit.Query(search, grade, card, list), ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出培训机构信用等级（Excel，记入审计）");
        credit.MapGet("/institutions/{id:guid}", (Guid id, GetCreditProfile.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("一家机构的信用档案：失信记录、逐项得分、红黄牌和名单记录、修复和异议");
        credit.MapPost("/institutions/{id:guid}/records", async (Guid id, FindingBody body, RecordFinding.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new RecordFinding.Command(id, body.ItemId, body.Instances, body.Description ?? "", body.DecidedOn, body.Severity), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("记录一条失信行为（选择当前目录的评价项目，可另定失信程度），并重算信用");
    }

    private static void MapCatalogue(RouteGroupBuilder credit)
    {
        credit.MapGet("/catalogues", (GetCatalogues.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("信用评价指标目录及其项目");
        credit.MapPost("/catalogues/{id:guid}/activate", async (Guid id, SwitchCatalogue.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("启用另一套信用评价指标并重算全部机构");
        credit.MapPut("/items/{id:guid}", async (Guid id, ItemBody body, SaveCreditItem.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new SaveCreditItem.Command(id, body.MaxPoints, body.PointsPerInstance, body.Standard ?? ""), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("修改评价项目分值（目录版本加一，记入审计，重算全部机构）");
    }

    private static void MapQueues(RouteGroupBuilder credit)
    {
        credit.MapGet("/lists", (ListCreditLists.Handler h, ListStatus? list, bool? currentOnly, string? search, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListCreditLists.Query(list ?? ListStatus.Black, currentOnly ?? true, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("白名单、黑名单（当前或全部历史）");
        credit.MapGet("/lists/export", async (ExportCreditLists.Handler h, ListStatus? list, bool? currentOnly, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListCreditLists.Query(list ?? ListStatus.Black, currentOnly ?? true, search), ct);
            return HttpResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出白名单或黑名单（当前在列或含历史，Excel，记入审计）");
        credit.MapPost("/lists/unlicensed", async (OperatorBody body, BlacklistOperator.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(new BlacklistOperator.Command(body.Name ?? "", body.Address ?? "", body.Reason ?? ""), ct);
            return HttpResults.Created($"/api/v1/training/credit/lists/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("将擅自举办的无证经营者列入黑名单");
        credit.MapPost("/lists/{id:guid}/remove", async (Guid id, DecisionBody body, BlacklistOperator.Handler h, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, body.Decision ?? "", ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("将手工列入的无证经营者移出黑名单（须说明理由）");
        credit.MapGet("/objections", (ListObjections.Handler h, RequestStatus? status, bool? overdue, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListObjections.Query(status, overdue ?? false) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("异议申诉队列（办结期限、逾期标记）");
        credit.MapPost("/objections/{id:guid}/decision", async (Guid id, VerdictBody body, DecideObjection.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DecideObjection.Command(id, body.Accept, body.Decision ?? ""), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("处理异议申诉：成立则撤销记录并重算，不成立须说明理由");
        credit.MapGet("/repairs", (ListRepairs.Handler h, RequestStatus? status, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListRepairs.Query(status) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("信用修复申请队列");
        credit.MapPost("/repairs/{id:guid}/decision", async (Guid id, VerdictBody body, DecideRepair.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DecideRepair.Command(id, body.Accept, body.Decision ?? ""), ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Credit).WithSummary("处理信用修复申请：同意则停止公示并重算，不同意须说明理由");
        MapDocuments(credit, TrainingPermissions.Read, "");
    }

    /// <summary>The decision documents, for bureau staff (any institution) and for the institution's portal (its own only).</summary>
    private static void MapDocuments(RouteGroupBuilder group, string permission, string whose)
    {
        group.MapGet("/objections/{id:guid}/decision-document", async (Guid id, PrintObjectionDecision.Handler h, CancellationToken ct) => Download(await h.HandleAsync(id, ct)))
            .RequirePermission(permission).WithSummary($"{whose}异议处理决定书（Word 公文）；尚未处理的异议不出具；下载记入审计");
        group.MapGet("/repairs/{id:guid}/decision-document", async (Guid id, PrintRepairDecision.Handler h, CancellationToken ct) => Download(await h.HandleAsync(id, ct)))
            .RequirePermission(permission).WithSummary($"{whose}信用修复决定书（Word 公文）；尚未处理的申请不出具；下载记入审计");
    }

    private static IResult Download(DecisionFile file) => HttpResults.File(file.Content, DecisionFile.ContentType, file.FileName);

    private static void MapPortal(RouteGroupBuilder portal)
    {
        portal.MapGet("/", (GetCreditProfile.Handler h, CancellationToken ct) => h.OwnAsync(ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的信用分、等级、失信记录和申请处理结果");
        portal.MapPost("/objections", async (ObjectionBody body, SubmitObjection.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(new SubmitObjection.Command(body.RecordId, body.Reason ?? ""), ct);
            return HttpResults.Created($"/api/v1/training/portal/credit/objections/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("对本机构的失信记录提出异议");
        portal.MapPost("/repairs", async (RepairBody body, SubmitRepair.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(new SubmitRepair.Command(body.RecordId, body.Commitment ?? "", body.Evidence ?? "", body.ObligationsFulfilled), ct);
            return HttpResults.Created($"/api/v1/training/portal/credit/repairs/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("申请信用修复（须满最短公示期、履行义务并签署信用承诺书）");
        MapDocuments(portal, TrainingPermissions.Portal, "本机构的");
    }

    public sealed record FindingBody(Guid ItemId, int Instances, string? Description, DateOnly DecidedOn, BreachSeverity? Severity);

    public sealed record ItemBody(int MaxPoints, int PointsPerInstance, string? Standard);

    public sealed record OperatorBody(string? Name, string? Address, string? Reason);

    public sealed record DecisionBody(string? Decision);

    public sealed record VerdictBody(bool Accept, string? Decision);

    public sealed record ObjectionBody(Guid RecordId, string? Reason);

    public sealed record RepairBody(Guid RecordId, string? Commitment, string? Evidence, bool ObligationsFulfilled);
}
