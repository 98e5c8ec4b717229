using EduGov.Training.Domain;

namespace EduGov.Training.Credit;

/// <summary>The Chinese names of the credit part's states and kinds.</summary>
public static class CreditNames
{
    public static string Of(BreachSeverity severity) => severity switch
    {
        BreachSeverity.Minor => "轻微",
        BreachSeverity.Ordinary => "一般",
        BreachSeverity.Serious => "严重",
        _ => severity.ToString(),
    };

    public static string Of(FindingSource source) => source switch
    {
        FindingSource.Officer => "业务科室认定",
        FindingSource.Inspection => "双随机抽查",
        FindingSource.Complaint => "投诉举报查实",
        _ => source.ToString(),
    };

    public static string Of(CreditRecordStatus status) => status switch
    {
        CreditRecordStatus.Active => "有效",
        CreditRecordStatus.Repaired => "已修复",
        CreditRecordStatus.Expired => "已到期",
        CreditRecordStatus.Withdrawn => "异议成立撤销",
        _ => status.ToString(),
    };

    public static string Of(RequestStatus status) => status switch
    {
        RequestStatus.Pending => "待处理",
        RequestStatus.Approved => "已同意",
        RequestStatus.Refused => "未同意",
        _ => status.ToString(),
    };

    public static string ObjectionOf(RequestStatus status) => status switch
    {
        RequestStatus.Pending => "待处理",
        RequestStatus.Approved => "异议成立",
        RequestStatus.Refused => "异议不成立",
        _ => status.ToString(),
    };

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["轻微"] = "Minor",
        ["一般"] = "Ordinary",
        ["严重"] = "Serious",
        ["业务科室认定"] = "Found by the office",
        ["双随机抽查"] = "Random inspection",
        ["投诉举报查实"] = "Substantiated complaint",
        ["有效"] = "Active",
        ["已修复"] = "Repaired",
        ["已到期"] = "Expired",
        ["异议成立撤销"] = "Withdrawn on objection",
        ["待处理"] = "Pending",
        ["已同意"] = "Approved",
        ["未同意"] = "Refused",
        ["异议成立"] = "Objection upheld",
        ["异议不成立"] = "Objection rejected",
    };
}
