using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Credit;

/// <summary>The credit list as Excel with the page's filter; audited.</summary>
public static class ExportCredit
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListCredit.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListCredit.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var file = await ExcelFile.WriteAsync($"培训机构信用_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "信用等级", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(TrainingInstitution), "", $"导出培训机构信用等级 {rows.Count} 家", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListCredit.Row r) =>
        [
            new("机构名称", r.Name),
            new("统一社会信用代码", r.CreditCode),
            new("类别", TrainingNames.Of(r.Category)),
            new("状态", TrainingNames.Of(r.Status)),
            new("信用分（千分制）", r.UpdatedAt is null ? "" : r.Score.ToString(CultureInfo.InvariantCulture)),
            new("信用等级", r.UpdatedAt is null ? "未评价" : TrainingNames.Of(r.Grade)),
            new("红黄牌", TrainingNames.Of(r.Card)),
            new("名单", TrainingNames.Of(r.List)),
            new("有效失信记录", r.ActiveRecords),
            new("评价时间", r.UpdatedAt is { } at ? ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : ""),
        ];
    }
}
