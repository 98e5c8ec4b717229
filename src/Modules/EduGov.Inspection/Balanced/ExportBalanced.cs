using EduGov.Inspection.Data;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// The school table of the evaluation as Excel, with the page's filters and the user's scope: each school stage's seven
/// values (rounded to four decimals) and whether each is met, then the school stages left out and why; audited.
/// </summary>
public static class ExportBalanced
{
    internal sealed class Handler(EvaluateBalanced.Handler evaluate, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(EvaluateBalanced.Query query, CancellationToken ct = default)
        {
            var result = await evaluate.HandleAsync(query, ct);
            var rows = result.Schools.Select(Evaluated).Concat(result.NotEvaluated.Select(Left));
            var file = await ExcelFile.WriteAsync($"优质均衡学校达标情况_{query.Year}_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "学校达标情况", rows, ct);
            await audit.RecordAsync(AuditActions.Export, InspectionDbContext.Module, "BalancedEvaluation", "",
                $"导出{query.Year}年度优质均衡学校达标情况 {result.Schools.Count + result.NotEvaluated.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> Evaluated(EvaluateBalanced.SchoolRow row) =>
        [
            .. Head(row.Code, row.Name, row.Zone, row.Stage, row.Pupils),
            .. row.Indicators.SelectMany(i => Cells(i.Indicator, Math.Round(i.Value, 4, MidpointRounding.AwayFromZero), i.Met ? "达标" : "未达标")),
            new("达标指标数", row.IndicatorsMet),
            new("是否达到学校标准", row.MeetsStandard ? "是" : "否"),
            new("未达标指标", string.Join("、", row.Shortfalls.Select(s => s.Indicator.ChineseName()))),
            new("说明", ""),
        ];

        private static IReadOnlyList<KeyValuePair<string, object?>> Left(EvaluateBalanced.NotEvaluatedRow row) =>
        [
            .. Head(row.Code, row.Name, row.Zone, row.Stage, row.Pupils),
            .. BalancedIndicators.All.SelectMany(i => Cells(i, null, "")),
            new("达标指标数", null),
            new("是否达到学校标准", "未评估"),
            new("未达标指标", ""),
            new("说明", row.Reason),
        ];

        private static IEnumerable<KeyValuePair<string, object?>> Head(string code, string name, string? zone, SchoolStage stage, int pupils) =>
        [
            new("学校标识码", code),
            new("学校名称", name),
            new("学区", zone ?? ""),
            new("学段", stage.ChineseName()),
            new("在校生", pupils),
        ];

        private static IEnumerable<KeyValuePair<string, object?>> Cells(BalancedIndicator indicator, decimal? value, string met) =>
        [
            new(BalancedSchools.ShortName(indicator), value),
            new($"{BalancedSchools.ShortName(indicator)}是否达标", met),
        ];
    }
}
