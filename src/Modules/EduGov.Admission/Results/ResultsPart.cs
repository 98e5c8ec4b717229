using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Results;

/// <summary>录取及以后: results per school, letters, appeals, declines and freed seats, enrolment into the registry, public results.</summary>
internal static class ResultsPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "录取结果", "/admission/results", "results", AdmissionPermissions.Read, 360),
        new("招生入学", "申诉处理", "/admission/appeals", "appeal", AdmissionPermissions.Read, 370),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["录取结果"] = "Results",
        ["各校学位和录取名单、未安排学位的儿童及原因；录取通知书、放弃录取后的递补和报到注册学籍。"] =
            "Seats and offers per school, the children without a seat and why; admission letters, freed seats after a decline, and enrolment into the registry.",
        ["还没有已摇号的招生轮次。"] = "No round has been drawn yet.",
        ["学位"] = "Seats",
        ["已录取"] = "Offered",
        ["已报到"] = "Enrolled",
        ["放弃"] = "Declined",
        ["空余"] = "Free",
        ["录取名单"] = "Offers",
        ["本校录取通知书"] = "Letters of this school",
        ["全部报到"] = "Enrol all",
        ["递补"] = "Fill the freed seat",
        ["记录报名 {0} 放弃录取："] = "Record that application {0} declines the offer:",
        ["放弃方式和理由（如家长书面声明）"] = "How and why (e.g. the parents' written statement)",
        ["确认放弃录取"] = "Confirm the decline",
        ["姓名"] = "Name",
        ["录取途径"] = "Route",
        ["说明"] = "Reason",
        ["通知书"] = "Letter",
        ["报到"] = "Enrol",
        ["该校没有录取的儿童。"] = "No child holds an offer at this school.",
        ["暂未安排学位（{0} 人）"] = "Without a seat ({0})",
        ["只列出前 {0} 人，完整名单请导出 Excel。"] = "Only the first {0} are listed; export to Excel for all.",
        ["原因"] = "Reason",
        ["每名儿童都已安排学位。"] = "Every child has a seat.",
        ["已记录报名 {0} 放弃录取，学位已空出。"] = "Application {0} declined; the seat is free.",
        ["学位已递补给报名号 {0}。"] = "The seat went to application {0}.",
        ["报名 {0} 已报到，学籍已建立。"] = "Application {0} enrolled; the pupil record is created.",
        ["{0} 人报到注册。"] = "{0} enrolled.",
        ["申诉处理"] = "Appeals",
        ["家长在申诉期内对录取结果提出的申诉：逐件写明理由，决定成立或不成立；成立的可以安排到仍有空余学位的学校。每次处理都记入报名历史和审计。"] =
            "Families' appeals against the results within the appeals window: decide each with reasons, upheld or dismissed; an upheld appeal may get a seat at a school that still has one. Every decision goes into the application's history and the audit log.",
        ["只看待处理"] = "Pending only",
        ["申诉期至"] = "Appeals close on",
        ["没有待处理的申诉。"] = "No pending appeals.",
        ["提出时间"] = "Filed",
        ["（申诉期后提出）"] = "(filed after the window)",
        ["当前结果"] = "Current result",
        ["结果说明"] = "Result reason",
        ["申诉理由"] = "Grounds",
        ["处理意见"] = "Decision",
        ["处理人"] = "Decided by",
        ["处理意见和理由（家长可见）"] = "Decision and reasons (the family sees them)",
        ["申诉成立时安排学位（可选，仅列出有空余学位的学校）"] = "Seat for an upheld appeal (optional; schools with free seats only)",
        ["{0}（空余 {1}）"] = "{0} ({1} free)",
        ["处理"] = "Decide",
        ["报名 {0} 的申诉已处理。"] = "The appeal of application {0} is decided.",
        ["录取结果公示"] = "Published results",
        ["按学校公布录取名单：报名号和脱敏姓名。每名儿童的随机号和摇号过程见摇号公示页面。"] =
            "Offers by school: application number and masked name. Every child's lottery number and the draw are on the lottery page.",
        ["按报名号查询"] = "Look up an application number",
        ["{0}（{1}）"] = "{0} ({1})",
        ["没有找到这个报名号的摇号结果。"] = "No result for this application number.",
        ["学位 {0}，录取 {1} 人。"] = "{0} seats, {1} offered.",
        ["返回全部学校"] = "Back to all schools",
        ["各校录取名单"] = "Offers by school",
        ["查看名单"] = "View offers",
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListResults.Handler>();
        services.AddScoped<ExportResults.Handler>();
        services.AddScoped<AdmissionLetters.Handler>();
        services.AddScoped<DeclineOffer.Handler>();
        services.AddScoped<FillFreedSeat.Handler>();
        services.AddScoped<ListAppeals.Handler>();
        services.AddScoped<DecideAppeal.Handler>();
        services.AddScoped<EnrolPupils.Handler>();
        services.AddScoped<GetPublicResults.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        var results = admission.MapGroup("/results");
        results.MapGet("/rounds", (ListResults.Handler h, CancellationToken ct) => h.RoundsAsync(ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("已摇号的招生轮次");
        results.MapGet("/", (Guid roundId, Guid? schoolId, ListResults.Handler h, CancellationToken ct) => h.HandleAsync(roundId, schoolId, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("各校学位和录取人数，所选学校的录取名单（姓名脱敏），未安排学位的儿童及原因");
        results.MapGet("/export", async (Guid roundId, ExportResults.Handler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(roundId, ct);
            return TypedResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(AdmissionPermissions.Read).WithSummary("导出录取结果（Excel，姓名脱敏，记入审计）");
        results.MapGet("/applications/{id:guid}/letter", async (Guid id, AdmissionLetters.Handler h, CancellationToken ct) =>
        {
            var letter = await h.ForApplicationAsync(id, ct);
            return TypedResults.File(letter.Content, OfficialDocument.ContentType, letter.FileName);
        }).RequirePermission(AdmissionPermissions.Results).WithSummary("一名儿童的录取通知书（Word）");
        results.MapGet("/{roundId:guid}/schools/{schoolId:guid}/letters", async (Guid roundId, Guid schoolId, AdmissionLetters.Handler h, CancellationToken ct) =>
        {
            var letter = await h.ForSchoolAsync(roundId, schoolId, ct);
            return TypedResults.File(letter.Content, OfficialDocument.ContentType, letter.FileName);
        }).RequirePermission(AdmissionPermissions.Results).WithSummary("一所学校全部录取通知书（Word，每页一份）");
        results.MapPost("/applications/{id:guid}/decline", async (Guid id, ReasonBody body, DeclineOffer.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DeclineOffer.Command(id, body.Reason ?? ""), ct);
            return TypedResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Results).WithSummary("记录家长放弃录取，学位空出");
        results.MapPost("/{roundId:guid}/schools/{schoolId:guid}/fill-seat", (Guid roundId, Guid schoolId, FillFreedSeat.Handler h, CancellationToken ct) =>
            h.HandleAsync(new FillFreedSeat.Command(roundId, schoolId), ct))
            .RequirePermission(AdmissionPermissions.Results).WithSummary("递补：空出的学位按顺序给下一名儿童，并记录原因");
        results.MapPost("/applications/{id:guid}/enrol", async (Guid id, EnrolPupils.Handler h, CancellationToken ct) =>
            new { studentId = await h.OneAsync(id, ct) })
            .RequirePermission(AdmissionPermissions.Results).WithSummary("报到注册：在学籍系统中建立学生学籍");
        results.MapPost("/{roundId:guid}/schools/{schoolId:guid}/enrol", (Guid roundId, Guid schoolId, EnrolPupils.Handler h, CancellationToken ct) =>
            h.SchoolAsync(roundId, schoolId, ct))
            .RequirePermission(AdmissionPermissions.Results).WithSummary("一所学校的录取儿童全部报到注册");

        var appeals = admission.MapGroup("/appeals");
        appeals.MapGet("/", (Guid roundId, bool? pendingOnly, ListAppeals.Handler h, CancellationToken ct) => h.HandleAsync(roundId, pendingOnly ?? true, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("申诉（默认只列待处理）");
        appeals.MapPost("/{id:guid}/decision", async (Guid id, AppealBody body, DecideAppeal.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DecideAppeal.Command(id, body.Upheld, body.Decision ?? "", body.SchoolId), ct);
            return TypedResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Results).WithSummary("处理申诉：成立或不成立（附理由），成立的可安排到有空余学位的学校");
    }

    public sealed record ReasonBody(string? Reason);

    public sealed record AppealBody(bool Upheld, string? Decision, Guid? SchoolId);
}
