using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>The white or black list as Excel with the page's filter (current stays or the whole history); audited.</summary>
public static class ExportCreditLists
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListCreditLists.Handler list, IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListCreditLists.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var codes = await CreditCodesAsync(rows, ct);
            var listName = TrainingNames.Of(query.List);
            var scope = query.CurrentOnly ? "当前在列" : "含历史";
            var file = await ExcelFile.WriteAsync($"{listName}_{scope}_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", listName, rows.Select(r => ToCells(r, codes)), ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, nameof(ListEntry), "", $"导出{listName}（{scope}）{rows.Count} 条", users.User, ct);
            return file;
        }

        private async Task<Dictionary<Guid, string>> CreditCodesAsync(IReadOnlyList<ListCreditLists.Row> rows, CancellationToken ct)
        {
            var ids = rows.Where(r => r.InstitutionId is not null).Select(r => r.InstitutionId!.Value).Distinct().ToList();
            var codes = new Dictionary<Guid, string>();
            await using var db = await contexts.CreateDbContextAsync(ct);
            foreach (var chunk in ids.Chunk(1_000))
            {
                foreach (var institution in await db.Institutions.AsNoTracking().Where(i => chunk.Contains(i.Id)).Select(i => new { i.Id, i.CreditCode }).ToListAsync(ct))
                {
                    codes[institution.Id] = institution.CreditCode;
                }
            }

            return codes;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListCreditLists.Row r, Dictionary<Guid, string> codes) =>
        [
            new("名单", TrainingNames.Of(r.List)),
            new("名称", r.Name),
            new("统一社会信用代码", r.InstitutionId is { } id ? codes.GetValueOrDefault(id, "") : ""),
            new("类型", r.Unlicensed ? "无证经营者" : "培训机构"),
            new("地址", r.Address),
            new("列入日期", r.EnteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("列入理由", r.Reason),
            new("列入人", r.EnteredBy),
            new("状态", r.LeftOn is null ? "在列" : "已移出"),
            new("移出日期", r.LeftOn is { } left ? left.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""),
            new("移出理由", r.LeftReason),
        ];
    }
}
