using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Dashboard;

/// <summary>The dashboard as an Excel workbook, one sheet per table; the download is audited.</summary>
public static class ExportDashboard
{
    internal sealed class Handler(GetDashboard.Handler dashboard, CurrentUserAccessor users, AuditLog audit)
    {
        public async Task<ExcelFile> HandleAsync(CancellationToken ct = default)
        {
            var data = await dashboard.HandleAsync(ct);
            var grades = Enum.GetValues<CreditGrade>();
            ExcelSheet[] sheets =
            [
                new("机构状态", ["状态", "机构数"], data.Statuses.Select(s => (IReadOnlyList<object?>)[TrainingNames.Of(s.Status), s.Institutions])),
                new("类别与信用等级", ["类别", .. grades.Select(TrainingNames.Of), "合计"],
                    data.Grades.Select(g => (IReadOnlyList<object?>)[TrainingNames.Of(g.Category), .. g.ByGrade.Cast<object?>(), g.Total])),
                new("预收费资金", ["项目", "金额（元）"],
                [
                    ["累计收费", data.Prepaid.PaidFen / 100m], ["已拨付", data.Prepaid.ReleasedFen / 100m], ["已退费", data.Prepaid.RefundedFen / 100m],
                    ["监管中（未消课）", data.Prepaid.UnconsumedFen / 100m], ["存在缺口", data.Prepaid.AtRiskFen / 100m],
                ]),
                new("风险预警", ["预警类型", "待处置", "其中严重", "涉及金额（元）"],
                    data.Alerts.Select(a => (IReadOnlyList<object?>)[TrainingNames.Of(a.Kind), a.Open, a.Serious, a.AmountFen / 100m])),
                new("双随机抽查", ["年度", "抽查计划", "应检查", "已检查", "已公示", "发现问题", "逾期未公示计划"],
                [
                    [data.Inspections.Year, data.Inspections.Plans, data.Inspections.Planned, data.Inspections.Done, data.Inspections.Published, data.Inspections.WithFindings, data.Inspections.PublicationsOverdue],
                ]),
                new("未办结投诉", ["受理时长", "件数"], data.ComplaintAges.Select(a => (IReadOnlyList<object?>)[a.Label, a.Complaints])),
            ];
            var file = await ExcelFile.WriteSheetsAsync($"校外培训监管概览-{data.Today:yyyyMMdd}.xlsx", sheets, ct);
            await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, "Dashboard", "", "导出校外培训监管概览", users.User, ct);
            return file;
        }
    }
}
