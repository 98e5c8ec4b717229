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

namespace EduGov.Training.Funds;

/// <summary>预收费资金监管: enrolments and payments, lessons and parents' confirmations, releases, refunds, bank statements, risk alerts.</summary>
internal static partial class FundsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "预收费资金监管", "/training/funds", "funds", TrainingPermissions.Read, 430),
        new("校外培训", "资金风险预警", "/training/alerts", "alerts", TrainingPermissions.Read, 431),
        new("校外培训", "收费与课消", "/training/portal/funds", "ledger", TrainingPermissions.Portal, 475),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<RecordEnrolment.Validator>();
        services.AddScoped<RecordEnrolment.Handler>();
        services.AddScoped<RecordLessons.Validator>();
        services.AddScoped<RecordLessons.Handler>();
        services.AddScoped<AnswerLesson.Handler>();
        services.AddScoped<RequestRefund.Handler>();
        services.AddScoped<AnswerRefund.Handler>();
        services.AddScoped<RequestRelease.Handler>();
        services.AddScoped<GetFunds.Handler>();
        services.AddScoped<GetEnrolmentLedger.Handler>();
        services.AddScoped<ImportStatement.Handler>();
        services.AddScoped<GetReconciliation.Handler>();
        services.AddScoped<ListFunds.Handler>();
        services.AddScoped<ExportFunds.Handler>();
        services.AddScoped<ListAlerts.Handler>();
        services.AddScoped<ExportAlerts.Handler>();
        services.AddScoped<HandleAlert.Handler>();
        services.AddScoped<RecomputeNow.Handler>();
        services.AddScoped<RecomputeFunds.Handler>();
        services.AddScoped<DeemOverdue.Handler>();
        services.AddSingleton<GuardianTexts>();
        services.AddHostedService<GuardianTextSender>();
        services.AddHostedService<FundsWatcher>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var funds = training.MapGroup("/funds");
        funds.MapGet("/", (ListFunds.Handler h, string? search, bool? shortfallOnly, bool? depositShortOnly, bool? alertsOnly, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListFunds.Query(search, shortfallOnly ?? false, depositShortOnly ?? false, alertsOnly ?? false) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("各机构预收费资金：收款、拨付、退费、未消课余额、监管账户余额、缺口、风险保证金");
        funds.MapGet("/export", async (ExportFunds.Handler h, string? search, bool? shortfallOnly, bool? depositShortOnly, bool? alertsOnly, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListFunds.Query(search, shortfallOnly ?? false, depositShortOnly ?? false, alertsOnly ?? false), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出资金监管总览（Excel，记入审计）");
        funds.MapGet("/institutions/{institutionId:guid}", (Guid institutionId, GetFunds.Handler h, CancellationToken ct) => h.HandleAsync(institutionId, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("一家机构的资金台账：报名、课消、退费、银行流水、预警");
        funds.MapGet("/enrolments/{enrolmentId:guid}/ledger", (Guid enrolmentId, GetEnrolmentLedger.Handler h, CancellationToken ct) => h.HandleAsync(enrolmentId, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("一名学员的台账明细及逐笔累计数");
        funds.MapPost("/institutions/{institutionId:guid}/statements", async (Guid institutionId, StatementBody body, ImportStatement.Handler h, CancellationToken ct) =>
        {
            var outcome = await h.HandleAsync(new ImportStatement.Command(institutionId, body.AccountKind, body.FileName, Decode(body.ContentBase64)), ct);
            return outcome.Succeeded ? Results.Ok(outcome) : Results.UnprocessableEntity(outcome);
        }).RequirePermission(TrainingPermissions.Funds).WithSummary("导入银行流水（Excel 或 CSV，全部通过才写入）并与台账对账");
        funds.MapGet("/statements/{statementId:guid}", (Guid statementId, GetReconciliation.Handler h, CancellationToken ct) => h.HandleAsync(statementId, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("银行流水对账结果：逐笔匹配情况和全部差异");
        funds.MapPost("/statements/{statementId:guid}/reconcile", async (Guid statementId, ImportStatement.Handler h, CancellationToken ct) =>
        {
            await h.RerunAsync(statementId, ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Funds).WithSummary("按当前台账重新对账");
        funds.MapPost("/recompute", (RecomputeNow.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Funds).WithSummary("立即重新计算全部机构的资金数据和风险预警");

        var alerts = funds.MapGroup("/alerts");
        alerts.MapGet("/", (ListAlerts.Handler h, AlertKind? kind, AlertSeverity? severity, AlertStatus? status, string? search, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListAlerts.Query(kind, severity, status, search) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("资金风险预警（默认只列待处置）");
        alerts.MapGet("/export", async (ExportAlerts.Handler h, AlertKind? kind, AlertSeverity? severity, AlertStatus? status, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListAlerts.Query(kind, severity, status, search), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(TrainingPermissions.Read).WithSummary("按当前筛选导出资金风险预警（Excel，记入审计）");
        alerts.MapPost("/{alertId:guid}/handle", async (Guid alertId, NoteBody body, HandleAlert.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new HandleAlert.Command(alertId, body.Note ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Funds).WithSummary("处置预警（填写处置意见）");

        var portal = funds.MapGroup("/portal");
        portal.MapGet("/", (GetFunds.Handler h, CancellationToken ct) => h.OwnAsync(ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构的预收费台账");
        portal.MapGet("/enrolments/{enrolmentId:guid}/ledger", (Guid enrolmentId, GetEnrolmentLedger.Handler h, CancellationToken ct) => h.HandleAsync(enrolmentId, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("本机构一名学员的台账明细及逐笔累计数");
        portal.MapPost("/enrolments", async (RecordEnrolment.Command body, RecordEnrolment.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(body, ct);
            return Results.Created($"/api/v1/training/funds/portal/enrolments/{id}/ledger", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("登记报名收费（按预收费规定校验，违规的不予登记）");
        portal.MapPost("/lessons", async (RecordLessons.Command body, RecordLessons.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(body, ct);
            return Results.Created($"/api/v1/training/funds/portal", new { id });
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("登记课消（向家长发送确认短信）");
        portal.MapPost("/releases", (RequestRelease.Command body, RequestRelease.Handler h, CancellationToken ct) => h.HandleAsync(body, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("申请课消拨付（不超过可拨付金额）");
        portal.MapPost("/refunds", (RequestRefund.Command body, RequestRefund.Handler h, CancellationToken ct) => h.HandleAsync(body, ct))
            .RequirePermission(TrainingPermissions.Portal).WithSummary("代家长登记退费申请（金额按规定计算）");
        portal.MapPost("/refunds/{refundId:guid}", async (Guid refundId, RefundAnswerBody body, AnswerRefund.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new AnswerRefund.Command(refundId, body.Action, body.Reference ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(TrainingPermissions.Portal).WithSummary("答复退费申请：同意、退款");
    }

    public sealed record StatementBody(FundAccountKind AccountKind, string FileName, string ContentBase64);

    public sealed record NoteBody(string? Note);

    public sealed record RefundAnswerBody(AnswerRefund.Action Action, string? Reference);

    private static byte[] Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new Platform.Errors.InvalidInputException("ContentBase64", "文件内容不是有效的 Base64");
        }
    }
}
