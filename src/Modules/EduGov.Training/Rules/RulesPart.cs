using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace EduGov.Training.Rules;

/// <summary>监管规则与节假日: every threshold with its versions and sources, and the holiday calendar that working-day deadlines count with.</summary>
internal static partial class RulesPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("校外培训", "监管规则", "/training/rules", "settings", TrainingPermissions.Read, 490),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportHolidays.Definition];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListRules.Handler>();
        services.AddScoped<AddRuleVersion.Validator>();
        services.AddScoped<AddRuleVersion.Handler>();
        services.AddScoped<HolidayCalendar.Handler>();
        services.AddScoped<IImportKind, ImportHolidays.Kind>();
    }

    public static void MapApi(IEndpointRouteBuilder training)
    {
        var rules = training.MapGroup("/rules");
        rules.MapGet("/", (ListRules.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("全部监管规则：今日有效值、依据文件、层级和历次版本");
        rules.MapPost("/versions", async (AddRuleVersion.Command body, AddRuleVersion.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(body, ct);
            return HttpResults.Created($"/api/v1/training/rules/versions/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("新增规则版本（自某日起生效，注明依据文件和层级）");
        var calendar = training.MapGroup("/calendar");
        calendar.MapGet("/{year:int}", (int year, HolidayCalendar.Handler h, CancellationToken ct) => h.ListAsync(year, ct))
            .RequirePermission(TrainingPermissions.Read).WithSummary("某年的节假日和调休上班日");
        calendar.MapPost("/", async (HolidayCalendar.AddCommand body, HolidayCalendar.Handler h, CancellationToken ct) =>
        {
            var id = await h.AddAsync(body, ct);
            return HttpResults.Created($"/api/v1/training/calendar/{id}", new { id });
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("添加节假日或调休上班日");
        calendar.MapDelete("/{id:guid}", async (Guid id, HolidayCalendar.Handler h, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, ct);
            return HttpResults.NoContent();
        }).RequirePermission(TrainingPermissions.Manage).WithSummary("删除误录的日期（仅限今天以后）");
    }
}
