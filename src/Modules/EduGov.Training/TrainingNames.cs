using EduGov.Training.Domain;

namespace EduGov.Training;

/// <summary>The one place where the module's states and kinds get their Chinese names (GLOSSARY.md, part 校外培训).</summary>
public static class TrainingNames
{
    public static string Of(TrainingKind kind) => kind switch
    {
        TrainingKind.Academic => "学科类",
        TrainingKind.NonAcademic => "非学科类",
        _ => kind.ToString(),
    };

    public static string Of(TrainingCategory category) => category switch
    {
        TrainingCategory.AcademicSubject => "学科类",
        TrainingCategory.Sports => "体育",
        TrainingCategory.ArtsCulture => "文化艺术",
        TrainingCategory.Science => "科技",
        TrainingCategory.Other => "其他",
        _ => category.ToString(),
    };

    public static string Of(TrainingMode mode) => mode switch
    {
        TrainingMode.Offline => "线下",
        TrainingMode.Online => "线上",
        _ => mode.ToString(),
    };

    public static string ProfitOf(bool forProfit) => forProfit ? "营利性" : "非营利性";

    public static string Of(InstitutionStatus status) => status switch
    {
        InstitutionStatus.Applying => "申请中",
        InstitutionStatus.Licensed => "已许可",
        InstitutionStatus.Suspended => "停止招生",
        InstitutionStatus.Closing => "终止办学中",
        InstitutionStatus.Closed => "已终止",
        InstitutionStatus.Revoked => "已吊销",
        InstitutionStatus.Refused => "不予许可",
        _ => status.ToString(),
    };

    public static string Of(PermitStatus status) => status switch
    {
        PermitStatus.Valid => "有效",
        PermitStatus.Superseded => "已换发",
        PermitStatus.Expired => "已过期",
        PermitStatus.Revoked => "已吊销",
        PermitStatus.Cancelled => "已注销",
        _ => status.ToString(),
    };

    public static string Of(FundAccountKind kind) => kind switch
    {
        FundAccountKind.Custody => "预收费监管账户",
        FundAccountKind.RiskDeposit => "风险保证金账户",
        _ => kind.ToString(),
    };

    public static string Of(CreditGrade grade) => grade switch
    {
        CreditGrade.A => "A 优秀",
        CreditGrade.B => "B 良好",
        CreditGrade.C => "C 中等",
        CreditGrade.D => "D 较差",
        CreditGrade.E => "E 差",
        _ => grade.ToString(),
    };

    public static string Of(CardLevel card) => card switch
    {
        CardLevel.None => "无",
        CardLevel.Reminder => "提醒",
        CardLevel.Yellow => "黄牌",
        CardLevel.Red => "红牌",
        _ => card.ToString(),
    };

    public static string Of(ListStatus list) => list switch
    {
        ListStatus.None => "未列入",
        ListStatus.White => "白名单",
        ListStatus.Black => "黑名单",
        _ => list.ToString(),
    };

    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.BalanceShortfall => "监管账户余额不足",
        AlertKind.PaymentSurge => "收费激增、课消停滞",
        AlertKind.RefundPileUp => "退费积压",
        AlertKind.PermitExpiring => "办学许可证即将到期",
        AlertKind.VenueChanged => "培训场所变更",
        AlertKind.DepositShort => "风险保证金不足",
        AlertKind.ReconciliationDifference => "银行流水与台账不符",
        _ => kind.ToString(),
    };

    public static string Of(AlertStatus status) => status switch
    {
        AlertStatus.Open => "待处置",
        AlertStatus.Handled => "已处置",
        AlertStatus.Resolved => "风险已消除",
        _ => status.ToString(),
    };

    public static string Of(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Notice => "提示",
        AlertSeverity.Warning => "预警",
        AlertSeverity.Serious => "严重",
        _ => severity.ToString(),
    };

    public static string Of(RuleLevel level) => level switch
    {
        RuleLevel.National => "国家",
        RuleLevel.Provincial => "省级",
        RuleLevel.Municipal => "市级",
        RuleLevel.District => "区级",
        _ => level.ToString(),
    };

    /// <summary>Money in fen shown as yuan with two decimals: 123456 → "1,234.56".</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["学科类"] = "Academic",
        ["非学科类"] = "Non-academic",
        ["体育"] = "Sports",
        ["文化艺术"] = "Arts and culture",
        ["科技"] = "Science and technology",
        ["其他"] = "Other",
        ["线下"] = "Offline",
        ["线上"] = "Online",
        ["营利性"] = "For-profit",
        ["非营利性"] = "Non-profit",
        ["申请中"] = "Applying",
        ["已许可"] = "Licensed",
        ["停止招生"] = "Enrolment stopped",
        ["终止办学中"] = "Closing",
        ["已终止"] = "Closed",
        ["已吊销"] = "Revoked",
        ["不予许可"] = "Refused",
        ["有效"] = "Valid",
        ["已换发"] = "Superseded",
        ["已过期"] = "Expired",
        ["已注销"] = "Cancelled",
        ["预收费监管账户"] = "Prepaid custody account",
        ["风险保证金账户"] = "Risk deposit account",
        ["A 优秀"] = "A Excellent",
        ["B 良好"] = "B Good",
        ["C 中等"] = "C Fair",
        ["D 较差"] = "D Poor",
        ["E 差"] = "E Bad",
        ["无"] = "None",
        ["提醒"] = "Reminder",
        ["黄牌"] = "Yellow card",
        ["红牌"] = "Red card",
        ["未列入"] = "Not listed",
        ["白名单"] = "Whitelist",
        ["黑名单"] = "Blacklist",
        ["监管账户余额不足"] = "Custody balance short",
        ["收费激增、课消停滞"] = "Payments surging, lessons stalling",
        ["退费积压"] = "Refunds piling up",
        ["办学许可证即将到期"] = "Permit expiring",
        ["培训场所变更"] = "Venue changed",
        ["风险保证金不足"] = "Risk deposit short",
        ["银行流水与台账不符"] = "Bank statement differs from the ledger",
        ["待处置"] = "Open",
        ["已处置"] = "Handled",
        ["风险已消除"] = "Resolved",
        ["提示"] = "Notice",
        ["预警"] = "Warning",
        ["严重"] = "Serious",
        ["国家"] = "National",
        ["省级"] = "Provincial",
        ["市级"] = "Municipal",
        ["区级"] = "District",
    };
}
