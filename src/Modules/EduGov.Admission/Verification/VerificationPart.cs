using EduGov.Admission.Domain;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Verification;

/// <summary>审核: the queue per school and officer, one application with its computed category, and the three decisions.</summary>
internal static class VerificationPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "报名审核", "/admission/verification", "verification", AdmissionPermissions.Verify, 340),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["报名审核"] = "Verification",
        ["逐份核对户籍、房产、居住证等材料：系统按政策从事实计算优先类别并给出理由，审核员通过、退回修改或不予受理，每一步都记入报名历史和审计。"] =
            "Check household registration, property and residence permits one application at a time: the system computes the priority category from the facts with its reason; the officer verifies, returns for correction or rejects, and every step goes into the application's history and the audit log.",
        ["还没有开始报名的招生轮次。"] = "No admission round has opened yet.",
        ["招生轮次"] = "Admission round",
        ["学校（公办按对口学校，民办按第一志愿）"] = "School (catchment school for public, first choice for private)",
        ["全部"] = "All",
        ["报名号、姓名或证件号码"] = "Application number, name or ID number",
        ["分配给我"] = "Assigned to me",
        ["有学籍提示"] = "Flagged by the registry",
        ["报名号"] = "Application no.",
        ["儿童姓名"] = "Child",
        ["类型"] = "Kind",
        ["提交时间"] = "Submitted",
        ["学籍提示"] = "Registry flag",
        ["审核员"] = "Officer",
        ["我"] = "Me",
        ["已由他人领取"] = "Taken by a colleague",
        ["领取"] = "Take",
        ["没有符合条件的报名。"] = "No applications match.",
        ["已领取报名 {0}。"] = "Application {0} is now yours.",
        ["审核报名"] = "Verify application",
        ["返回审核队列"] = "Back to the queue",
        ["儿童和监护人"] = "Child and guardian",
        ["性别"] = "Sex",
        ["男"] = "Male",
        ["女"] = "Female",
        ["出生日期"] = "Date of birth",
        ["身份证号"] = "ID number",
        ["监护人"] = "Guardian",
        ["联系电话"] = "Phone",
        ["户籍、房产和居住"] = "Hukou, property and residence",
        ["本市户籍"] = "Local hukou",
        ["是"] = "Yes",
        ["否"] = "No",
        ["户籍地址"] = "Hukou address",
        ["户籍迁入日期"] = "Hukou registered since",
        ["与户主关系"] = "Relation to householder",
        ["产权房"] = "Owned property",
        ["有"] = "Yes",
        ["无"] = "None",
        ["产权地址"] = "Property address",
        ["产权登记日期"] = "Property registered since",
        ["与产权人关系"] = "Relation to owner",
        ["居住地址"] = "Living address",
        ["有，积分 {0}"] = "Yes, {0} points",
        ["志愿"] = "Choices",
        ["对口学校和优先类别（按事实重新计算）"] = "Catchment school and priority category (computed again from the facts)",
        ["对口学校"] = "Catchment school",
        ["优先类别"] = "Priority category",
        ["第{0}类 {1}"] = "Category {0} {1}",
        ["理由"] = "Reason",
        ["与提交时的计算结果不同（提交时：{0}），以审核通过时的计算为准。"] = "Differs from the result at submission ({0}); the computation at verification counts.",
        ["无优先类别"] = "No priority category",
        ["审核结论"] = "Decision",
        ["这份报名已由其他审核员领取。"] = "A colleague has taken this application.",
        ["审核意见（退回修改和不予受理时必填，家长可见）"] = "Remarks (required to return or reject; the family sees them)",
        ["通过"] = "Verify",
        ["退回原因"] = "Reason for return",
        ["学籍和重复报名"] = "Registry and duplicates",
        ["学籍系统中已有此证件号码：{0}，{1}{2}（{3}）"] = "The registry already holds this ID number: {0}, {1} {2} ({3})",
        ["学籍系统中没有此证件号码的学生。"] = "The registry holds no pupil with this ID number.",
        ["本轮还有同一证件号码的报名："] = "Other applications with the same ID number in this round:",
        ["本轮没有同一证件号码的其他报名。"] = "No other application with this ID number in this round.",
        ["证明材料"] = "Proofs",
        ["未上传材料。"] = "No documents uploaded.",
        ["{0} KB"] = "{0} KB",
        ["办理过程"] = "History",
        ["报名已{0}。"] = "Application: {0}.",
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListVerificationQueue.Handler>();
        services.AddScoped<GetVerification.Handler>();
        services.AddScoped<DecideVerification.Validator>();
        services.AddScoped<DecideVerification.Handler>();
        services.AddScoped<ClaimApplication.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        var verification = admission.MapGroup("/verification");
        verification.MapGet("/", (ListVerificationQueue.Handler h, [AsParameters] QueueFilter filter, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(filter.ToQuery() with { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(AdmissionPermissions.Verify).WithSummary("审核队列（按学校、审核员、学籍提示筛选，先提交先审核）");
        verification.MapGet("/counts", (ListVerificationQueue.Handler h, [AsParameters] QueueFilter filter, CancellationToken ct) => h.CountAsync(filter.ToQuery(), ct))
            .RequirePermission(AdmissionPermissions.Verify).WithSummary("审核队列各状态数量");
        verification.MapGet("/{id:guid}", (Guid id, GetVerification.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.Verify).WithSummary("一份报名：事实（脱敏）、材料、对口学校、按事实重新计算的优先类别和理由、学籍和重复报名、办理过程");
        verification.MapPost("/{id:guid}/claim", async (Guid id, ClaimApplication.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Verify).WithSummary("领取一份待审核的报名");
        verification.MapPost("/{id:guid}/decision", async (Guid id, DecisionBody body, DecideVerification.Handler h, CancellationToken ct) =>
            new { status = await h.HandleAsync(new DecideVerification.Command(id, body.Decision, body.Reason ?? ""), ct) })
            .RequirePermission(AdmissionPermissions.Verify).WithSummary("审核结论：通过、退回修改（附原因，家长可见）或不予受理（附原因）");
    }

    public sealed record QueueFilter(Guid RoundId, ApplicationStatus? Status, Guid? SchoolId, bool? Mine, bool? Flagged, string? Search)
    {
        public ListVerificationQueue.Query ToQuery() => new(RoundId, Status ?? ApplicationStatus.Submitted, SchoolId, Mine ?? false, Flagged ?? false, Search);
    }

    public sealed record DecisionBody(DecideVerification.Decision Decision, string? Reason);
}
