using EduGov.Platform.Localization;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Bulletins;

/// <summary>通报: monthly and quarterly bulletins per school, zone and bureau, on the page, as a Word 公文 and as Excel.</summary>
internal static class BulletinsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("督导", "督导通报", "/inspection/bulletins", "bulletin", InspectionPermissions.Read, 160),
    ];

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["督导通报"] = "Inspection bulletins",
        ["责任督学挂牌督导的月报和季报：计划完成情况、发现的问题和整改销号。"] = "Monthly and quarterly reports of assigned inspectors: visits against plan, findings and close-out.",
        ["下载通报（Word）"] = "Download bulletin (Word)",
        ["导出 Excel"] = "Export to Excel",
        ["月报"] = "Monthly",
        ["季报"] = "Quarterly",
        ["通报类型"] = "Report",
        ["年份"] = "Year",
        ["月份"] = "Month",
        ["季度"] = "Quarter",
        ["{0}年"] = "{0}",
        ["{0}月"] = "Month {0}",
        ["第一季度"] = "Q1",
        ["第二季度"] = "Q2",
        ["第三季度"] = "Q3",
        ["第四季度"] = "Q4",
        ["范围"] = "Scope",
        ["全区"] = "Whole district",
        ["学区"] = "Zone",
        ["选择学区"] = "Choose a zone",
        ["选择学校"] = "Choose a school",
        ["您目前没有可查看通报的学校。"] = "There is no school whose bulletin you may view.",
        ["统计期间 {0} 至 {1}"] = "Period {0} to {1}",
        ["（本期尚未结束，数据截至今天）"] = " (period not over: figures as of today)",
        ["计划督导"] = "Planned visits",
        ["完成计划"] = "Planned visits done",
        ["计划完成率"] = "Completion rate",
        ["到校督导"] = "Visits",
        ["发现问题"] = "Findings",
        ["本期销号"] = "Closed out",
        ["未销号"] = "Open",
        ["逾期未销号"] = "Overdue",
        ["计划外督导"] = "Unplanned visits",
        ["突发事件督导"] = "Emergency visits",
        ["新下达问题"] = "Items opened",
        ["逾期销号"] = "Closed late",
        ["平均整改天数"] = "Average days to close",
        ["整改天数中位数"] = "Median days to close",
        ["{0} 次"] = "{0}",
        ["按督导事项"] = "Findings by supervision item",
        ["督导事项"] = "Supervision item",
        ["合计"] = "Total",
        ["逾期问题（逾期最久的 {0} 项）"] = "Overdue items (the {0} longest overdue)",
        ["没有逾期未销号的问题。"] = "No overdue items.",
        ["问题编号"] = "Item no.",
        ["严重程度"] = "Severity",
        ["整改期限"] = "Deadline",
        ["逾期天数"] = "Days overdue",
        ["各学区"] = "By zone",
        ["各学校"] = "By school",
        ["学校数"] = "Schools",
        ["销号"] = "Closed",
        ["逾期"] = "Overdue",
        ["完成率"] = "Rate",
        ["未划学区"] = "No zone",
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ComposeBulletin.Handler>();
        services.AddScoped<ExportBulletin.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
        var bulletins = inspection.MapGroup("/bulletins");
        bulletins.MapGet("/", (ComposeBulletin.Handler h, TimeProvider clock, BulletinPeriod? period, int? year, int? number, BulletinScope? scope, Guid? unitId, CancellationToken ct) =>
            h.HandleAsync(QueryOf(clock, period, year, number, scope, unitId), ct))
            .RequirePermission(InspectionPermissions.Read)
            .WithSummary("督导通报数据：月报或季报（默认本季度），全区、学区或学校（限督导范围；不指定范围时，只管一个学区或一所学校的用户看本单位）");
        bulletins.MapGet("/word", async (ExportBulletin.Handler h, TimeProvider clock, BulletinPeriod? period, int? year, int? number, BulletinScope? scope, Guid? unitId, CancellationToken ct) =>
        {
            var file = await h.WordAsync(QueryOf(clock, period, year, number, scope, unitId), ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("下载督导通报（Word 公文格式，记入审计）");
        bulletins.MapGet("/excel", async (ExportBulletin.Handler h, TimeProvider clock, BulletinPeriod? period, int? year, int? number, BulletinScope? scope, Guid? unitId, CancellationToken ct) =>
        {
            var file = await h.ExcelAsync(QueryOf(clock, period, year, number, scope, unitId), ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("导出督导通报的各统计表（Excel，记入审计）");
    }

    /// <summary>Missing parameters mean this quarter (or this month) of the whole bureau.</summary>
    private static ComposeBulletin.Query QueryOf(TimeProvider clock, BulletinPeriod? period, int? year, int? number, BulletinScope? scope, Guid? unitId)
    {
        var kind = period ?? BulletinPeriod.Quarter;
        var current = PeriodSpan.Containing(kind, ChinaTime.Today(clock));
        return new ComposeBulletin.Query(kind, year ?? current.Year, number ?? current.Number, scope ?? BulletinScope.Bureau, unitId);
    }
}
