using EduGov.Admission.Domain;

namespace EduGov.Admission.Verification;

/// <summary>Chinese names of the admission vocabulary shown by the verification, ceremony and results pages.</summary>
internal static class AdmissionLabels
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "待审核",
        ApplicationStatus.Returned => "退回修改",
        ApplicationStatus.Verified => "审核通过",
        ApplicationStatus.Rejected => "不予受理",
        ApplicationStatus.Offered => "已录取",
        ApplicationStatus.Unplaced => "未安排",
        ApplicationStatus.Enrolled => "已报到",
        ApplicationStatus.Withdrawn => "已放弃",
        _ => status.ToString(),
    };

    public static string Of(ApplicationKind kind) => kind == ApplicationKind.Private ? "民办" : "公办";

    public static string Of(RoundStatus status) => status switch
    {
        RoundStatus.Draft => "草拟",
        RoundStatus.Open => "报名中",
        RoundStatus.Frozen => "名单已冻结",
        RoundStatus.Drawn => "已摇号",
        RoundStatus.Published => "已公布",
        RoundStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Of(Relation relation) => relation switch
    {
        Relation.Self => "本人",
        Relation.Parent => "父母",
        Relation.Grandparent => "祖父母或外祖父母",
        _ => "其他",
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Hukou => "户口簿",
        DocumentKind.Property => "房产证",
        DocumentKind.Lease => "租赁合同",
        DocumentKind.ResidencePermit => "居住证",
        DocumentKind.BirthCertificate => "出生医学证明",
        _ => "其他材料",
    };

    public static string Of(OfferRoute? route) => route switch
    {
        OfferRoute.MainRound => "摇号录取",
        OfferRoute.Overflow => "统筹安排",
        OfferRoute.FreedSeat => "递补录取",
        OfferRoute.Appeal => "申诉录取",
        _ => "",
    };

    public static string Of(AppealStatus status) => status switch
    {
        AppealStatus.Pending => "待处理",
        AppealStatus.Upheld => "申诉成立",
        _ => "申诉不成立",
    };

    public static string Of(ApplicationAction action) => action switch
    {
        ApplicationAction.Created => "创建",
        ApplicationAction.Submitted => "提交",
        ApplicationAction.Returned => "退回修改",
        ApplicationAction.Resubmitted => "重新提交",
        ApplicationAction.Verified => "审核通过",
        ApplicationAction.Rejected => "不予受理",
        ApplicationAction.Offered => "录取",
        ApplicationAction.Unplaced => "未安排",
        ApplicationAction.OfferDeclined => "放弃录取",
        ApplicationAction.SeatOffered => "获得学位",
        ApplicationAction.Enrolled => "报到注册",
        ApplicationAction.Withdrawn => "撤回",
        ApplicationAction.Appealed => "提出申诉",
        _ => "申诉处理",
    };

    public static string Of(AssignmentMechanism mechanism) => mechanism == AssignmentMechanism.ChoiceByChoice ? "志愿优先（逐志愿录取）" : "延迟接受";

    public static string Of(TieBreakKind kind) => kind == TieBreakKind.PerSchool ? "每校各一个随机号" : "每生一个随机号";

    /// <summary>Every label above, for the English dictionary.</summary>
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["草稿"] = "Draft",
        ["待审核"] = "Awaiting verification",
        ["退回修改"] = "Returned for correction",
        ["审核通过"] = "Verified",
        ["不予受理"] = "Rejected",
        ["已录取"] = "Offered",
        ["未安排"] = "Unplaced",
        ["已报到"] = "Enrolled",
        ["已放弃"] = "Declined",
        ["草拟"] = "Draft",
        ["报名中"] = "Open",
        ["名单已冻结"] = "List frozen",
        ["已摇号"] = "Drawn",
        ["已公布"] = "Published",
        ["已结束"] = "Closed",
        ["本人"] = "Self",
        ["父母"] = "Parent",
        ["祖父母或外祖父母"] = "Grandparent",
        ["其他"] = "Other",
        ["户口簿"] = "Household register",
        ["房产证"] = "Property certificate",
        ["租赁合同"] = "Lease",
        ["居住证"] = "Residence permit",
        ["出生医学证明"] = "Birth certificate",
        ["其他材料"] = "Other document",
        ["摇号录取"] = "Offer by lottery",
        ["统筹安排"] = "Overflow placement",
        ["递补录取"] = "Freed seat",
        ["申诉录取"] = "Offer on appeal",
        ["待处理"] = "Pending",
        ["申诉成立"] = "Upheld",
        ["申诉不成立"] = "Dismissed",
        ["创建"] = "Created",
        ["提交"] = "Submitted",
        ["重新提交"] = "Resubmitted",
        ["录取"] = "Offered",
        ["放弃录取"] = "Offer declined",
        ["获得学位"] = "Seat offered",
        ["报到注册"] = "Enrolled",
        ["撤回"] = "Withdrawn",
        ["提出申诉"] = "Appealed",
        ["申诉处理"] = "Appeal decided",
        ["志愿优先（逐志愿录取）"] = "Choice by choice",
        ["延迟接受"] = "Deferred acceptance",
        ["每校各一个随机号"] = "One number per school",
        ["每生一个随机号"] = "One number per child",
    };
}
