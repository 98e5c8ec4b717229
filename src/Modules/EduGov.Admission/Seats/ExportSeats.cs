using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Seats;

/// <summary>A round's 学位计划 as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportSeats
{
    internal sealed class Handler(ListSeats.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListSeats.Query query, CancellationToken ct = default)
        {
            var result = await list.HandleAsync(query, ct);
            var file = await ExcelFile.WriteAsync($"学位计划_{result.Round.Year}{AdmissionNames.StageOf(result.Round.Stage)}_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学位计划",
                result.Rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(SeatPlan), result.Round.Id.ToString(),
                $"导出{result.Round.Name}学位计划 {result.Rows.Count} 所学校", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListSeats.Row r) =>
        [
            new("学校标识码", r.Code),
            new("学校名称", r.Name),
            new("办学性质", r.IsPublic ? "公办" : "民办"),
            new("学校类型", StageNames.Of(r.Type)),
            new("计划班数", r.PlannedClasses),
            new("班额", r.ClassCap),
            new("核定学位数", r.SeatsOverride),
            new("调整原因", r.OverrideReason),
            new("学位数", r.Seats),
            new("报名数", r.Demand),
            new("报名/学位", r.Ratio),
        ];
    }
}
