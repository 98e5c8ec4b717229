using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>The institution list as Excel with the page's filter; audited.</summary>
public static class ExportInstitutions
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListInstitutions.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListInstitutions.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var file = await ExcelFile.WriteAsync($"校外培训机构_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "培训机构", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(TrainingInstitution), "", $"导出校外培训机构名录 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListInstitutions.Row r) =>
        [
            new("机构名称", r.Name),
            new("统一社会信用代码", r.CreditCode),
            new("类型", TrainingNames.Of(r.Kind)),
            new("类别", TrainingNames.Of(r.Category)),
            new("形式", TrainingNames.Of(r.Mode)),
            new("性质", TrainingNames.ProfitOf(r.ForProfit)),
            new("状态", TrainingNames.Of(r.Status)),
            new("所在学区", r.ZoneName),
            new("地址", r.Address),
            new("办学许可证编号", r.PermitNumber ?? ""),
            new("许可证有效期至", r.PermitValidUntil is { } until ? until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""),
            new("信用分", r.CreditScore),
            new("信用等级", TrainingNames.Of(r.Grade)),
            new("红黄牌", TrainingNames.Of(r.Card)),
            new("名单", TrainingNames.Of(r.List)),
        ];
    }
}
