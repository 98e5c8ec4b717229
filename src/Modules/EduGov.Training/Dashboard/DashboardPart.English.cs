namespace EduGov.Training.Dashboard;

internal static partial class DashboardPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["监管概览"] = "Supervision overview",
        ["校外培训监管概览"] = "Off-campus training supervision overview",
        ["全区培训机构的信用、预收费资金、风险预警、双随机抽查和投诉办理情况，数据实时计算。"] = "Credit, prepaid money, risk alerts, random inspections and complaints of every institution in the district, computed live.",
        ["导出 Excel"] = "Export to Excel",
        ["在办机构"] = "Operating institutions",
        ["待审批设立"] = "Awaiting licence",
        ["待处置风险预警"] = "Open risk alerts",
        ["逾期未答复投诉"] = "Complaints past their answer date",
        ["预收费资金监管"] = "Prepaid-fee supervision",
        ["监管中（未消课）"] = "Under supervision (not yet taught)",
        ["存在缺口"] = "Shortfall",
        ["缺口机构"] = "Institutions short",
        ["累计收费 {0}，已拨付 {1}，已退费 {2}。"] = "Paid {0}, released {1}, refunded {2}.",
        ["查看资金监管"] = "Open fund supervision",
        ["{0}年双随机抽查"] = "Random inspections {0}",
        ["已检查 / 应检查"] = "Inspected / planned",
        ["发现问题"] = "With findings",
        ["已公示"] = "Published",
        ["共 {0} 个抽查计划；逾期未公示 {1} 个。"] = "{0} inspection plans; {1} past their publication date.",
        ["查看抽查计划"] = "Open inspection plans",
        ["在办机构：类别与信用等级"] = "Operating institutions by category and credit grade",
        ["类别"] = "Category",
        ["合计"] = "Total",
        ["目前没有待处置的风险预警。"] = "No open risk alerts.",
        ["未办结投诉（按受理时长）"] = "Open complaints by age",
        ["7天以内"] = "Up to 7 days",
        ["8—15天"] = "8–15 days",
        ["16—30天"] = "16–30 days",
        ["30天以上"] = "Over 30 days",
        ["{0} 元"] = "{0} yuan",
    };
}
