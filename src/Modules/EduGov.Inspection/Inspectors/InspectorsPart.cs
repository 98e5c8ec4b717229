using EduGov.Inspection.Domain;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Inspectors;

/// <summary>Inspectors, assignments to schools (挂牌), the schools' public signs and the bureau's inspection settings.</summary>
internal static class InspectorsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("督导", "督学", "/inspection/inspectors", "inspector", InspectionPermissions.Read, 110),
        new("督导", "挂牌督导", "/inspection/signs", "sign", InspectionPermissions.Read, 120),
        new("督导", "督导设置", "/inspection/settings", "settings", InspectionPermissions.Manage, 190),
    ];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListInspectors.Handler>();
        services.AddScoped<GetInspector.Handler>();
        services.AddScoped<SaveInspector.Handler>();
        services.AddScoped<SaveInspector.Validator>();
        services.AddScoped<SetInspectorActive.Handler>();
        services.AddScoped<AssignSchool.Handler>();
        services.AddScoped<AssignSchool.Validator>();
        services.AddScoped<EndAssignment.Handler>();
        services.AddScoped<EndAssignment.Validator>();
        services.AddScoped<ListSchoolAssignments.Handler>();
        services.AddScoped<ListSchoolSigns.Handler>();
        services.AddScoped<GetSign.Handler>();
        services.AddScoped<GetSettings.Handler>();
        services.AddScoped<SaveSettings.Handler>();
        services.AddScoped<SaveSettings.Validator>();
    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
        MapInspectors(inspection.MapGroup("/inspectors"));
        inspection.MapPost("/assignments/{id:guid}/end", async (Guid id, EndBody body, EndAssignment.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new EndAssignment.Command(id, body.Until, body.Note ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("结束挂牌（当天仍由该督学负责）");
        inspection.MapGet("/schools/{schoolId:guid}/assignments", (Guid schoolId, ListSchoolAssignments.Handler h, CancellationToken ct) => h.HandleAsync(schoolId, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("学校的责任督学挂牌历史");
        inspection.MapGet("/signs", (ListSchoolSigns.Handler h, string? search, Guid? zoneId, bool? unassignedOnly, CancellationToken ct) =>
            h.HandleAsync(new ListSchoolSigns.Query(search, zoneId, unassignedOnly ?? false), ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("各校现任责任督学（未挂牌的学校在前）");
        inspection.MapGet("/signs/{schoolId:guid}", (Guid schoolId, GetSign.Handler h, CancellationToken ct) => h.HandleAsync(schoolId, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("学校的责任督学挂牌督导公示牌内容");
        inspection.MapGet("/settings", (GetSettings.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("督导设置：到校频次、督学负责学校数、整改期限、提醒间隔");
        inspection.MapPut("/settings", async (SaveSettings.Command command, SaveSettings.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command, ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("修改督导设置");
    }

    private static void MapInspectors(RouteGroupBuilder inspectors)
    {
        inspectors.MapGet("/", (ListInspectors.Handler h, string? search, InspectorEmployment? employment, Stage? stage, bool? includeInactive, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListInspectors.Query(search, employment, stage, includeInactive ?? false) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("督学名单（现负责学校数与配置的负责数）");
        inspectors.MapGet("/{id:guid}", (Guid id, GetInspector.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("督学详情与挂牌历史");
        inspectors.MapPost("/", async (SaveInspector.Command command, SaveInspector.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command with { Id = null }, ct);
            return Results.Created($"/api/v1/inspection/inspectors/{id}", new { id });
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("登记督学");
        inspectors.MapPut("/{id:guid}", async (Guid id, SaveInspector.Command command, SaveInspector.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command with { Id = id }, ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("修改督学信息");
        inspectors.MapPost("/{id:guid}/active", async (Guid id, ActiveBody body, SetInspectorActive.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new SetInspectorActive.Command(id, body.Active), ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Manage).WithSummary("停用或重新启用督学（不删除）");
        inspectors.MapPost("/{id:guid}/assignments", async (Guid id, AssignBody body, AssignSchool.Handler h, CancellationToken ct) =>
            Results.Ok(new { id = await h.HandleAsync(new AssignSchool.Command(id, body.SchoolId, body.From, body.Note ?? ""), ct) }))
            .RequirePermission(InspectionPermissions.Manage).WithSummary("挂牌：指定为学校的责任督学（原督学的挂牌于前一天结束）");
    }

    internal sealed record ActiveBody(bool Active);

    internal sealed record AssignBody(Guid SchoolId, DateOnly From, string? Note);

    internal sealed record EndBody(DateOnly Until, string? Note);

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["挂牌学校"] = "Assign a school",
        ["学校（名称或标识码）"] = "School (name or code)",
        ["未挂牌"] = "No inspector",
        ["挂牌日期"] = "Assigned from",
        ["挂牌"] = "Assign",
        ["现任：{0}"] = "Current: {0}",
        ["该校现任责任督学为 {0}，其挂牌将于新挂牌日期的前一天结束。"] = "{0} is currently assigned to this school; that assignment ends the day before the new one starts.",
        ["已挂牌：{0}"] = "Assigned: {0}",
        ["起止日期"] = "Period",
        ["挂牌人"] = "Assigned by",
        ["至今"] = "present",
        ["现任"] = "Current",
        ["暂无挂牌记录。"] = "No assignments yet.",
        ["现负责学校"] = "Current schools",
        ["结束挂牌"] = "End assignment",
        ["结束日期（当天仍由其负责）"] = "Last day (still responsible that day)",
        ["确认结束"] = "End assignment",
        ["目前没有负责的学校。"] = "No schools assigned at present.",
        ["负责学校数超过设置的 {0} 所。"] = "More schools than the configured {0}.",
        ["{0} 起"] = "since {0}",
        ["已结束 {0} 的挂牌。"] = "Assignment to {0} ended.",
        ["专兼职"] = "Full/part-time",
        ["督学证号"] = "Certificate number",
        ["工作电话"] = "Work phone",
        ["来源背景"] = "Background",
        ["负责学段"] = "Stages covered",
        ["登录账号"] = "Sign-in account",
        ["未关联"] = "Not linked",
        ["挂牌历史"] = "Assignment history",
        ["在任"] = "In office",
        ["已停用"] = "Inactive",
        ["停用"] = "Deactivate",
        ["重新启用"] = "Reactivate",
        ["督学已重新启用。"] = "Inspector reactivated.",
        ["督学已停用。"] = "Inspector deactivated.",
        ["工作电话和照片将显示在学校的挂牌公示牌上。"] = "The work phone and photo appear on the schools' public signs.",
        ["如 退休校长、在职教研员、教育行政人员"] = "e.g. retired principal, teaching researcher, education official",
        ["关联登录账号（用户名，可不填）"] = "Sign-in account (user name, optional)",
        ["须为督学角色、未关联其他督学的账号"] = "An Inspector-role account not linked to another inspector",
        ["督学信息已保存。"] = "Inspector saved.",
        ["登记督学"] = "Appoint inspector",
        ["修改督学信息"] = "Edit inspector",
        ["责任督学由督导室聘任、发放督学证；每人负责 5 所左右学校，超过设置的负责数时标红。"] = "Inspectors are appointed by the inspection office and hold a certificate; each covers about 5 schools, shown in red above the configured load.",
        ["姓名或督学证号"] = "Name or certificate number",
        ["包括已停用"] = "Include inactive",
        ["没有符合条件的督学。"] = "No inspectors match.",
        ["督学照片"] = "Inspector photo",
        ["证件照，jpg、png、webp 或 heic，不超过 10 MB"] = "ID photo: jpg, png, webp or heic, up to 10 MB",
        ["上传照片"] = "Upload photo",
        ["更换照片"] = "Change photo",
        ["挂牌督导"] = "School assignments",
        ["督导设置"] = "Inspection settings",
        ["设置的负责数：{0} 所"] = "Configured load: {0} schools",
        ["本校责任督学历史"] = "Assigned inspectors of this school",
        ["依据《中小学校责任督学挂牌督导办法》（国教督办〔2013〕2号）和本区规定；修改后对新生成的计划和新下达的问题生效。"] = "Based on the 2013 rules on assigned inspectors (国教督办〔2013〕2号) and district rules; changes apply to plans generated and issues opened from now on.",
        ["每校每月到校次数"] = "Visits per school per month",
        ["经常性督导，常见为每月至少 1 次（1–8）"] = "Routine inspection, commonly at least once a month (1–8)",
        ["每名督学负责学校数"] = "Schools per inspector",
        ["按 1 人负责 5 所左右学校；督学责任区不超过 20 所（1–20）"] = "About 5 schools per inspector; at most 20 per responsibility zone (1–20)",
        ["一般问题整改期限（天）"] = "Deadline for minor issues (days)",
        ["较重问题整改期限（天）"] = "Deadline for serious issues (days)",
        ["严重问题整改期限（天）"] = "Deadline for critical issues (days)",
        ["逾期提醒间隔（天）"] = "Overdue reminder interval (days)",
        ["问题逾期后，每隔几天再次提醒学校（1–30）"] = "Once an issue is overdue, remind the school again every so many days (1–30)",
        ["督导设置已保存。"] = "Inspection settings saved.",
        ["最近修改：{0}，{1}"] = "Last changed by {0}, {1}",
        ["责任督学挂牌督导"] = "Assigned School Inspector",
        ["责任督学"] = "Assigned inspector",
        ["本校目前没有责任督学，请督导室尽快挂牌。"] = "This school has no assigned inspector at present; the inspection office should assign one.",
        ["督导事项"] = "Supervision items",
        ["教育局督导室"] = "Bureau inspection office",
        ["{0}督导室 监督电话：{1}"] = "{0} Inspection Office · complaints line: {1}",
        ["每所学校都应有一名责任督学；未挂牌的学校排在最前。点击学校查看并打印公示牌。"] = "Every school needs an assigned inspector; schools without one come first. Open a school to see and print its sign.",
        ["学校名称或标识码"] = "School name or code",
        ["只看未挂牌"] = "Only schools without an inspector",
        ["共 {0} 所，未挂牌 {1} 所"] = "{0} schools, {1} without an inspector",
        ["挂牌公示牌"] = "Public sign",
        ["打印后张贴在校门口（A4 横向）。"] = "Print and post at the school gate (A4 landscape).",
        ["打印"] = "Print",
        ["专职"] = "Full-time",
        ["兼职"] = "Part-time",
    };
}
