using EduGov.Training.Domain;

namespace EduGov.Training.Funds;

/// <summary>The Chinese names of the prepaid-fee part's states and kinds (GLOSSARY.md, part 校外培训), with their English.</summary>
public static class FundsNames
{
    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Active => "在读",
        EnrolmentStatus.Completed => "课时已上完",
        EnrolmentStatus.RefundRequested => "退费办理中",
        EnrolmentStatus.Refunded => "已退费",
        _ => status.ToString(),
    };

    public static string Of(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Payment => "收款",
        LedgerEntryKind.Release => "课消拨付",
        LedgerEntryKind.Refund => "退费",
        _ => kind.ToString(),
    };

    public static string Of(LessonConfirmation status) => status switch
    {
        LessonConfirmation.Pending => "待确认",
        LessonConfirmation.Confirmed => "家长确认",
        LessonConfirmation.Deemed => "逾期视为确认",
        LessonConfirmation.Disputed => "家长有异议",
        _ => status.ToString(),
    };

    public static string Of(RefundStatus status) => status switch
    {
        RefundStatus.Requested => "待机构答复",
        RefundStatus.Agreed => "机构已同意",
        RefundStatus.DeemedAgreed => "逾期视为同意",
        RefundStatus.Paid => "已退款",
        _ => status.ToString(),
    };

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["在读"] = "Active",
        ["课时已上完"] = "All lessons taught",
        ["退费办理中"] = "Refund in progress",
        ["已退费"] = "Refunded",
        ["收款"] = "Payment",
        ["课消拨付"] = "Release",
        ["退费"] = "Refund",
        ["待确认"] = "Awaiting confirmation",
        ["家长确认"] = "Confirmed by parent",
        ["逾期视为确认"] = "Deemed confirmed",
        ["家长有异议"] = "Disputed by parent",
        ["待机构答复"] = "Awaiting institution",
        ["机构已同意"] = "Agreed",
        ["逾期视为同意"] = "Deemed agreed",
        ["已退款"] = "Paid back",
    };
}
