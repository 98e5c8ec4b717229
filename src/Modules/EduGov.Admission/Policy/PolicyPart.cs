using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Policy;

/// <summary>招生轮次与招生政策: rounds per year and stage, the policy as versioned data, locked when applications open.</summary>
internal static partial class PolicyPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "招生轮次", "/admission/rounds", "policy", AdmissionPermissions.Read, 300),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<PolicyValidator>();
        services.AddScoped<ListRounds.Handler>();
        services.AddScoped<CreateRound.Handler>();
        services.AddScoped<GetRound.Handler>();
        services.AddScoped<SavePolicy.Handler>();
        services.AddScoped<SavePolicy.Validator>();
        services.AddScoped<OpenRound.Handler>();
        services.AddScoped<ListRevisions.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        var rounds = admission.MapGroup("/rounds");
        rounds.MapGet("/", (ListRounds.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("招生轮次列表（状态、政策版本、有学位的学校数、学位数、报名数）");
        rounds.MapGet("/{id:guid}", (Guid id, GetRound.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("招生轮次及其完整招生政策（含优先类别）");
        rounds.MapPost("/", async (CreateRound.Command command, CreateRound.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return HttpResults.Created($"/api/v1/admission/rounds/{id}", new { id });
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("新建招生轮次（年度 + 学段），采用默认招生政策");
        rounds.MapPut("/{id:guid}/policy", async (Guid id, PolicyBody body, SavePolicy.Handler h, CancellationToken ct) =>
            HttpResults.Ok(new { version = await h.HandleAsync(new SavePolicy.Command(id, body.BaseVersion, body.Policy, body.Reason ?? ""), ct) }))
            .RequirePermission(AdmissionPermissions.Manage).WithSummary("修改招生政策（须填写原因，保存为新版本；开始报名后拒绝）");
        rounds.MapPost("/{id:guid}/open", async (Guid id, OpenRound.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return HttpResults.NoContent();
        }).RequirePermission(AdmissionPermissions.Manage).WithSummary("开始报名：检查招生政策和学位，锁定政策");
        rounds.MapGet("/{id:guid}/revisions", (Guid id, ListRevisions.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("招生政策版本历史（修改人、时间、原因、各版本完整政策）");
    }

    /// <param name="BaseVersion">The policy version the change was made on; a newer saved version refuses the change.</param>
    internal sealed record PolicyBody(int BaseVersion, PolicyValues Policy, string? Reason = null);
}
