using EduGov.Inspection.Issues;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection.Balanced;

/// <summary>优质均衡: schools' 办学条件 per year (form, export, import) and the balanced-development evaluation built on them.</summary>
internal static class BalancedPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("督导", "优质均衡", "/inspection/balanced", "balanced", InspectionPermissions.Read, 170),
        new("督导", "办学条件", "/inspection/facilities", "facilities", InspectionPermissions.Read, 180),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportFacilities.Definition];

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["优质均衡"] = "Balanced development",
        ["办学条件"] = "School facilities",
        ["各义务教育学校每年的用房、场馆、仪器设备和多媒体教室，是优质均衡评估的依据。九年一贯制学校填一行，评估时按小学、初中在校生比例分摊。"] =
            "Each compulsory-education school's rooms, sports grounds, equipment and multimedia classrooms per year: the basis of the balanced-development evaluation. A nine-year school reports one row; the evaluation splits it between primary and junior by their pupils.",
        ["批量导入"] = "Import",
        ["年度"] = "Year",
        ["搜索学校名称或标识码"] = "Search school name or code",
        ["{0} 年度已填报 {1} / {2} 所"] = "{0}: {1} of {2} schools reported",
        ["学校标识码"] = "School code",
        ["学校名称"] = "School name",
        ["学校类型"] = "School type",
        ["学区"] = "School zone",
        ["教学及辅助用房（㎡）"] = "Teaching rooms (m²)",
        ["体育运动场馆（㎡）"] = "Sports grounds (m²)",
        ["教学仪器设备值（元）"] = "Teaching equipment (yuan)",
        ["网络多媒体教室（间）"] = "Multimedia classrooms",
        ["填报人"] = "Reported by",
        ["未填报"] = "Not reported",
        ["修改"] = "Edit",
        ["填报"] = "Report",
        ["没有符合条件的学校。"] = "No matching schools.",
        ["填报办学条件"] = "Report school facilities",
        ["{0} · {1} 年度办学条件"] = "{0} · facilities {1}",
        ["教学及辅助用房面积（平方米）"] = "Teaching and auxiliary rooms (m²)",
        ["不含室内体育用房"] = "Without indoor sports rooms",
        ["体育运动场馆面积（平方米）"] = "Sports grounds and halls (m²)",
        ["运动场地加体育馆及室内体育用房"] = "Sports grounds plus gymnasium and indoor sports rooms",
        ["教学仪器设备资产账面原值"] = "Book value of teaching instruments and equipment",
        ["取消"] = "Cancel",
        ["保存"] = "Save",
        ["已保存{0} {1} 年度办学条件。"] = "Saved the {1} facilities of {0}.",
        ["县域义务教育优质均衡发展督导评估（教督〔2017〕6号）的资源配置部分：每所学校七项指标是否达标，以及全区各项指标按在校生加权的校际差异系数。"] =
            "Resource allocation in the county evaluation of high-quality balanced compulsory education (2017 No. 6): whether each school meets the seven indicators, and the district's pupil-weighted difference coefficient of each indicator.",
        ["{0} 个学校学段缺少 {1} 年度办学条件数据，未纳入计算；补齐前无法判定是否达到优质均衡。"] =
            "{0} school stages have no facilities for {1} and are left out; balance cannot be judged until they are reported.",
        ["参评学校"] = "Schools evaluated",
        ["达标学校"] = "Schools meeting the standard",
        ["缺少办学条件数据"] = "Facilities not reported",
        ["该学段没有在读学生"] = "No enrolled pupils in this stage",
        ["指标"] = "Indicator",
        ["差异系数"] = "Difference coefficient",
        ["上限"] = "Maximum",
        ["结果"] = "Result",
        ["达标"] = "Met",
        ["超标"] = "Exceeded",
        ["未达标"] = "Not met",
        ["本学段没有参评学校，无差异系数。"] = "No school of this stage was evaluated: no coefficients.",
        ["列出差异系数超标的指标"] = "List indicators whose coefficient fails",
        ["全区各学段各项指标的差异系数均未超过上限。"] = "Every coefficient of every stage is within its maximum.",
        ["差异系数超过上限的指标（全区）"] = "Indicators whose coefficient exceeds the maximum (district)",
        ["{0} · {1}：差异系数 {2}，上限 {3}"] = "{0} · {1}: coefficient {2}, maximum {3}",
        ["学段"] = "Stage",
        ["只看未达标学校"] = "Failing schools only",
        ["在校生"] = "Pupils",
        ["学校达标"] = "School meets standard",
        ["红色数值未达到标准；鼠标停留可查看标准值。学校达标：七项中至少六项达标，且未达标的一项不低于标准的 85%。"] =
            "Values in red are below the standard (hover to see it). A school meets the standard when at least six of the seven indicators are met and the seventh reaches 85 % of its standard.",
        ["已列入问题清单"] = "On the issue list",
        ["列入问题清单"] = "Add to issue list",
        ["标准 {0}"] = "Standard {0}",
        ["未纳入计算的学校学段（{0}）"] = "School stages left out ({0})",
        ["原因"] = "Reason",
        ["{0} 年度：全区达到优质均衡（资源配置）：所有参评学校达标，各项差异系数均未超过上限。"] =
            "{0}: the district reaches balanced development (resource allocation): every school meets the standard and every coefficient is within its maximum.",
        ["{0} 年度：全区未达到优质均衡（资源配置）。"] = "{0}: the district does not reach balanced development (resource allocation).",
        ["{0} 年度：数据不全，暂无法判定是否达到优质均衡。"] = "{0}: data are incomplete; balance cannot be judged yet.",
        ["达到优质均衡"] = "Balanced",
        ["未达到优质均衡"] = "Not balanced",
        ["无法判定"] = "Cannot be judged",
        ["已将{0}（{1}）的 {2} 项未达标指标列入问题清单。"] = "Added {2} unmet indicators of {0} ({1}) to the issue list.",
        ["{0} 项已在问题清单中且尚未销号，未重复列入：{1}"] = "{0} already on the issue list and not closed out, not added again: {1}",
        ["高学历教师（人/百生）"] = "Qualified teachers per 100",
        ["骨干教师（人/百生）"] = "Key teachers per 100",
        ["体育艺术教师（人/百生）"] = "PE and art teachers per 100",
        ["生均教学用房（㎡）"] = "Teaching rooms per pupil (m²)",
        ["生均体育场馆（㎡）"] = "Sports grounds per pupil (m²)",
        ["生均仪器设备（元）"] = "Equipment per pupil (yuan)",
        ["多媒体教室（间/百生）"] = "Multimedia classrooms per 100",
        ["每百名学生拥有高于规定学历教师数"] = "Teachers above the required qualification per 100 pupils",
        ["每百名学生拥有县级以上骨干教师数"] = "Key teachers (county level or above) per 100 pupils",
        ["每百名学生拥有体育、艺术（美术、音乐）专任教师数"] = "PE and art (fine art, music) teachers per 100 pupils",
        ["生均教学及辅助用房面积"] = "Teaching and auxiliary rooms per pupil",
        ["生均体育运动场馆面积"] = "Sports grounds and halls per pupil",
        ["生均教学仪器设备值"] = "Teaching equipment value per pupil",
        ["每百名学生拥有网络多媒体教室数"] = "Networked multimedia classrooms per 100 pupils",
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListFacilities.Handler>();
        services.AddScoped<SaveFacilities.Handler>();
        services.AddScoped<ExportFacilities.Handler>();
        services.AddScoped<IImportKind, ImportFacilities.Kind>();
        services.AddScoped<EvaluateBalanced.Handler>();
        services.AddScoped<ExportBalanced.Handler>();
        services.AddScoped<OpenBalancedIssues.Handler>();

    }

    public static void MapApi(IEndpointRouteBuilder inspection)
    {
        MapBalanced(inspection.MapGroup("/balanced"));
        MapFacilities(inspection.MapGroup("/facilities"));
    }

    private static void MapBalanced(RouteGroupBuilder balanced)
    {
        balanced.MapGet("/", (EvaluateBalanced.Handler h, int year, SchoolStage? stage, bool? onlyFailing, string? search, CancellationToken ct) =>
            h.HandleAsync(new EvaluateBalanced.Query(year, stage, onlyFailing ?? false, search), ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("优质均衡评估：全区各学段差异系数，及督导范围内学校各项指标达标情况");
        balanced.MapGet("/export", async (ExportBalanced.Handler h, int year, SchoolStage? stage, bool? onlyFailing, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new EvaluateBalanced.Query(year, stage, onlyFailing ?? false, search), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("按当前筛选导出学校达标情况（Excel，记入审计）");
        balanced.MapPost("/issues", async (OpenBalancedIssues.Command command, OpenBalancedIssues.Handler h, CancellationToken ct) =>
            Results.Ok(await h.HandleAsync(command, ct)))
            .RequirePermission(InspectionPermissions.Manage).WithSummary("将未达标学校学段的各项未达标指标列入问题清单（已列入且未销号的不重复列入）");
    }

    private static void MapFacilities(RouteGroupBuilder facilities)
    {
        facilities.MapGet("/", (ListFacilities.Handler h, int year, string? search, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListFacilities.Query(year, search) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(InspectionPermissions.Read).WithSummary("某年度各校办学条件（分页、搜索；未填报的学校数值为空）");
        facilities.MapGet("/export", async (ExportFacilities.Handler h, int year, string? search, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListFacilities.Query(year, search), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(InspectionPermissions.Read).WithSummary("导出某年度办学条件（Excel，可修改后导入，记入审计）");
        facilities.MapPut("/{schoolId:guid}/{year:int}", async (Guid schoolId, int year, FacilitiesValues values, SaveFacilities.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new SaveFacilities.Command(schoolId, year, values), ct);
            return Results.NoContent();
        }).RequirePermission(InspectionPermissions.Facilities).WithSummary("填报或修改一所学校某年度的办学条件");
    }
}
