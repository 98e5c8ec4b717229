using EduGov.Inspection.Domain;
using EduGov.Platform.Exporting;
using static EduGov.Inspection.Bulletins.BulletinFormat;

namespace EduGov.Inspection.Bulletins;

/// <summary>The bulletin's tables as Excel, one sheet each: 概况, 按事项, 按学校, 按学区, 逾期问题.</summary>
internal static class BulletinWorkbook
{
    private static readonly string[] UnitFigures = ["计划督导", "完成计划", "计划完成率（%）", "到校督导", "发现问题", "销号", "未销号", "逾期未销号"];

    public static IReadOnlyList<ExcelSheet> Sheets(ComposeBulletin.Bulletin b) =>
    [
        new("概况", ["项目", "数值"], Overview(b)),
        new("按事项", ["督导事项", "一般", "较重", "严重", "合计"],
            b.ByItem.Select(i => (IReadOnlyList<object?>)[InspectionNames.Of(i.Item), i.Minor, i.Serious, i.Critical, i.Total])),
        new("按学校", ["学校标识码", "学校", "学区", .. UnitFigures],
            b.Schools.Select(r => (IReadOnlyList<object?>)[r.Code, r.Name, r.Zone, .. Figures(r)])),
        new("按学区", ["学区", "学校数", .. UnitFigures],
            b.Zones.Select(r => (IReadOnlyList<object?>)[r.Name, r.Schools, .. Figures(r)])),
        new("逾期问题", ["问题编号", "学校", "督导事项", "严重程度", "下达日期", "整改期限", "逾期天数"],
            b.Overdue.Select(o => (IReadOnlyList<object?>)[o.Number, o.School, InspectionNames.Of(o.Item), InspectionNames.Of(o.Severity), Iso(o.OpenedOn), Iso(o.Deadline), o.DaysOverdue])),
    ];

    private static IEnumerable<IReadOnlyList<object?>> Overview(ComposeBulletin.Bulletin b)
    {
        var f = b.Figures;
        IEnumerable<(string Label, object? Value)> rows =
        [
            ("通报", b.Title),
            ("统计期间", $"{Iso(b.From)} 至 {Iso(b.To)}{(b.IsFinal ? "" : "（本期尚未结束）")}"),
            ("范围", b.ScopeName),
            ("学校数", b.Schools.Count),
            ("计划督导（校次）", f.Planned),
            ("完成计划（校次）", f.PlannedDone),
            ("计划完成率（%）", PercentValue(f.CompletionRate)),
            ("到校督导（次）", f.Visits),
            .. b.ByKind.Select(k => ($"其中{InspectionNames.Of(k.Kind)}（次）", (object?)k.Visits)),
            ("计划外督导（次）", f.UnplannedVisits),
            ("突发事件督导（次）", f.EmergencyVisits),
            ("发现问题（个）", f.Findings),
            ("新下达问题清单事项（个）", f.Opened),
            ("销号（个）", f.ClosedOut),
            ("逾期销号（个）", f.ClosedLate),
            ("期末未销号（个）", f.OpenAtEnd),
            ("期末逾期未销号（个）", f.OverdueAtEnd),
            ("销号平均用时（天）", f.AverageDaysToClose is { } average ? Math.Round(average, 1) : null),
            ("销号用时中位数（天）", f.MedianDaysToClose),
        ];
        return rows.Select(r => (IReadOnlyList<object?>)[r.Label, r.Value]);
    }

    private static object?[] Figures(ComposeBulletin.UnitRow r) =>
        [r.Planned, r.PlannedDone, PercentValue(r.CompletionRate), r.Visits, r.Findings, r.Closed, r.Open, r.Overdue];
}
