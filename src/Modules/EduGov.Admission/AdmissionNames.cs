using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;

namespace EduGov.Admission;

/// <summary>The one place for the Chinese names of the admission vocabulary, shown to families and staff alike.</summary>
public static class AdmissionNames
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "已提交",
        ApplicationStatus.Returned => "退回修改",
        ApplicationStatus.Verified => "审核通过",
        ApplicationStatus.Rejected => "不予受理",
        ApplicationStatus.Offered => "已录取",
        ApplicationStatus.Unplaced => "未录取",
        ApplicationStatus.Enrolled => "已报到",
        ApplicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    /// <summary>What the status means for the family and what happens next.</summary>
    public static string Explain(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "报名尚未提交。",
        ApplicationStatus.Submitted => "报名已提交，等待教育局审核材料。审核期间请保持电话畅通，并按要求上传户口簿、房产证等材料。",
        ApplicationStatus.Returned => "材料需要补正：请按退回原因修改后重新提交，逾期未提交的报名不能参加录取。",
        ApplicationStatus.Verified => "材料审核已通过，等待摇号和录取结果公布。",
        ApplicationStatus.Rejected => "报名不予受理，原因见办理记录；如有异议请联系区教育局。",
        ApplicationStatus.Offered => "已被录取，请按录取通知按时报到。",
        ApplicationStatus.Unplaced => "本次未被录取，将由区教育局统筹安排学位。",
        ApplicationStatus.Enrolled => "已报到入学，学籍已建立。",
        ApplicationStatus.Withdrawn => "报名已撤回，不再参加本轮招生。",
        _ => "",
    };

    public static string Of(ApplicationKind kind) => kind == ApplicationKind.Private ? "民办" : "公办";

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
        _ => "其他",
    };

    public static string Of(ApplicationAction action) => action switch
    {
        ApplicationAction.Created => "创建报名",
        ApplicationAction.Submitted => "提交报名",
        ApplicationAction.Returned => "退回修改",
        ApplicationAction.Resubmitted => "重新提交",
        ApplicationAction.Verified => "审核通过",
        ApplicationAction.Rejected => "不予受理",
        ApplicationAction.Offered => "录取",
        ApplicationAction.Unplaced => "未录取",
        ApplicationAction.OfferDeclined => "放弃录取",
        ApplicationAction.SeatOffered => "递补录取",
        ApplicationAction.Enrolled => "报到注册",
        ApplicationAction.Withdrawn => "撤回报名",
        ApplicationAction.Appealed => "提出申诉",
        ApplicationAction.AppealDecided => "申诉处理",
        _ => action.ToString(),
    };

    public static string Of(AppealStatus status) => status switch
    {
        AppealStatus.Pending => "待处理",
        AppealStatus.Upheld => "申诉成立",
        _ => "维持原结果",
    };

    /// <summary>Reads a relation as families write it: 本人, 父母 / 父亲 / 母亲, 祖父母 / 外公 …, 其他.</summary>
    public static Relation? ParseRelation(string? text) => text?.Trim() switch
    {
        "本人" => Relation.Self,
        "父母" or "父亲" or "母亲" or "父" or "母" => Relation.Parent,
        "祖父母或外祖父母" or "祖父母" or "外祖父母" or "祖父" or "祖母" or "外祖父" or "外祖母" or "爷爷" or "奶奶" or "外公" or "外婆" => Relation.Grandparent,
        "其他" => Relation.Other,
        _ => null,
    };

    public static string Of(RoundStatus status) => status switch
    {
        RoundStatus.Draft => "未开始",
        RoundStatus.Open => "报名中",
        RoundStatus.Frozen => "名单已冻结",
        RoundStatus.Drawn => "已摇号",
        RoundStatus.Published => "已公布结果",
        RoundStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Of(AssignmentMechanism mechanism) => mechanism switch
    {
        AssignmentMechanism.DeferredAcceptance => "延迟接受（所有志愿同时参与）",
        AssignmentMechanism.ChoiceByChoice => "按志愿逐个录取（第一志愿优先）",
        _ => mechanism.ToString(),
    };

    public static string Of(TieBreakKind tieBreak) => tieBreak switch
    {
        TieBreakKind.Shared => "每名儿童一个随机号，各校通用",
        TieBreakKind.PerSchool => "每名儿童在每所学校各有一个随机号",
        _ => tieBreak.ToString(),
    };

    public static string StageOf(Stage stage) => stage == Stage.Primary ? "小学" : "初中";

    public static string Of(OfferRoute? route) => route switch
    {
        OfferRoute.MainRound => "摇号录取",
        OfferRoute.Overflow => "统筹安排",
        OfferRoute.FreedSeat => "递补录取",
        OfferRoute.Appeal => "申诉录取",
        _ => "",
    };

    /// <summary>English for the names above that no page's dictionary already has.</summary>
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["申诉录取"] = "Offer on appeal",
        ["申诉不成立"] = "Dismissed",
        ["待审核"] = "Awaiting verification",
        ["已公布"] = "Published",
        ["报名已提交，等待教育局审核材料。审核期间请保持电话畅通，并按要求上传户口簿、房产证等材料。"] = "Submitted; the bureau is checking the documents. Keep your phone on and upload the household register, property certificate and other papers as asked.",
        ["材料需要补正：请按退回原因修改后重新提交，逾期未提交的报名不能参加录取。"] = "Documents need correcting: change what the reason says and submit again; an application not resubmitted in time cannot take part.",
    };
}
