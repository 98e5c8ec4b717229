using EduGov.Training.Domain;

namespace EduGov.Training.Complaints;

/// <summary>The Chinese names of the complaints part's states and kinds (GLOSSARY.md: Complaint, Referral), with their English.</summary>
public static class ComplaintsNames
{
    public static IReadOnlyList<ComplaintCategory> Categories { get; } = Enum.GetValues<ComplaintCategory>();

    public static string Of(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Website => "网站",
        ComplaintChannel.Hotline => "12345热线",
        ComplaintChannel.LetterOrVisit => "来信来访",
        ComplaintChannel.Portal => "机构端",
        _ => channel.ToString(),
    };

    public static string Of(ComplaintCategory category) => category switch
    {
        ComplaintCategory.FeesRefunds => "收费退费",
        ComplaintCategory.TeachingQuality => "教学质量",
        ComplaintCategory.Safety => "安全",
        ComplaintCategory.FalseAdvertising => "虚假宣传",
        ComplaintCategory.Unlicensed => "超范围/无证办学",
        ComplaintCategory.Other => "其他",
        _ => category.ToString(),
    };

    public static string Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Pending => "待分派",
        ComplaintStatus.Handling => "办理中",
        ComplaintStatus.Answered => "已答复",
        ComplaintStatus.Closed => "已办结",
        ComplaintStatus.Transferred => "已移交",
        _ => status.ToString(),
    };

    public static string Of(ComplaintStepKind kind) => kind switch
    {
        ComplaintStepKind.Received => "受理登记",
        ComplaintStepKind.Assigned => "分派承办人",
        ComplaintStepKind.Categorized => "调整类别",
        ComplaintStepKind.InstitutionAccount => "机构情况说明",
        ComplaintStepKind.Answered => "答复投诉人",
        ComplaintStepKind.Closed => "办结",
        ComplaintStepKind.Transferred => "移交其他部门",
        ComplaintStepKind.PenaltyRecorded => "记录行政处罚",
        _ => kind.ToString(),
    };

    public static string Of(ReferralAuthority authority) => authority switch
    {
        ReferralAuthority.MarketRegulation => "市场监管",
        ReferralAuthority.PublicSecurity => "公安",
        ReferralAuthority.CivilAffairs => "民政",
        ReferralAuthority.CultureTourism => "文旅",
        ReferralAuthority.Sports => "体育",
        ReferralAuthority.HumanResources => "人社",
        ReferralAuthority.Other => "其他",
        _ => authority.ToString(),
    };

    public static string Of(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "已移交",
        ReferralStatus.Accepted => "已受理",
        ReferralStatus.Concluded => "已办结",
        ReferralStatus.Returned => "退回",
        _ => status.ToString(),
    };

    public static string Of(PenaltyType type) => type switch
    {
        PenaltyType.WarningOrCriticism => "警告、通报批评",
        PenaltyType.Fine => "罚款",
        PenaltyType.Confiscation => "没收违法所得",
        PenaltyType.StopEnrolling => "责令停止招收学员",
        PenaltyType.StopOperating => "责令停止举办",
        PenaltyType.RevokePermit => "吊销许可证件",
        PenaltyType.RestrictPractice => "限制从业",
        PenaltyType.Other => "其他",
        _ => type.ToString(),
    };

    /// <summary>Types that carry an amount of money.</summary>
    public static bool HasAmount(PenaltyType type) => type is PenaltyType.Fine or PenaltyType.Confiscation;

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["网站"] = "Website",
        ["12345热线"] = "12345 hotline",
        ["来信来访"] = "Letter or visit",
        ["机构端"] = "Institution portal",
        ["收费退费"] = "Fees and refunds",
        ["教学质量"] = "Teaching quality",
        ["安全"] = "Safety",
        ["虚假宣传"] = "False advertising",
        ["超范围/无证办学"] = "Beyond scope or unlicensed",
        ["待分派"] = "To assign",
        ["办理中"] = "In hand",
        ["已答复"] = "Answered",
        ["已办结"] = "Closed",
        ["已移交"] = "Referred",
        ["受理登记"] = "Received",
        ["分派承办人"] = "Assigned",
        ["调整类别"] = "Category changed",
        ["机构情况说明"] = "Institution's account",
        ["答复投诉人"] = "Answered the complainant",
        ["办结"] = "Closed",
        ["移交其他部门"] = "Referred to another authority",
        ["记录行政处罚"] = "Penalty recorded",
        ["市场监管"] = "Market regulation",
        ["公安"] = "Public security",
        ["民政"] = "Civil affairs",
        ["文旅"] = "Culture and tourism",
        ["人社"] = "Human resources and social security",
        ["已受理"] = "Accepted",
        ["退回"] = "Returned",
        ["警告、通报批评"] = "Warning or public criticism",
        ["罚款"] = "Fine",
        ["没收违法所得"] = "Confiscation of illegal income",
        ["责令停止招收学员"] = "Order to stop enrolling",
        ["责令停止举办"] = "Order to stop operating",
        ["吊销许可证件"] = "Permit revoked",
        ["限制从业"] = "Restriction from practice",
    };
}
