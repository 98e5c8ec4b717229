using EduGov.Training.Domain;

namespace EduGov.Training.Rules;

/// <summary>A policy threshold the module knows: its key, what it means, its unit and the value and source it starts with.</summary>
public sealed record RuleDefinition(string Key, string Title, string Unit, decimal Default, string Source, RuleLevel Level, string Group);

/// <summary>
/// Every threshold of the training module, with the value and source of <c>shared/rules/rules-and-indicators.md</c> part A.
/// Values marked there as local practice or unconfirmed are seeded at district level so the bureau sees they are its choice.
/// </summary>
public static class RuleCatalog
{
    private const string Prepaid = "教育部等六部门关于加强校外培训机构预收费监管工作的通知（教监管函〔2021〕2号）";
    private const string Local = "本区规定（全国未统一，须按本地文件核定）";

    public const string ChargeMaxMonths = "charge.max-months";
    public const string ChargeMaxLessons = "charge.max-lessons";
    public const string ChargeMaxYuan = "charge.max-yuan";
    public const string ChargeEarliestMonths = "charge.earliest-months-before-start";
    public const string ChargeRenewalLessons = "charge.renewal-remaining-lessons";
    public const string ConfirmationDeemedDays = "confirmation.deemed-working-days";
    public const string RefundBeforeStartDays = "refund.before-start-days";
    public const string RefundAfterStartDays = "refund.after-start-days";
    public const string RefundDeemedAgreedDays = "refund.deemed-agreed-working-days";
    public const string DepositPeriodMonths = "deposit.charging-period-months";
    public const string AlertSurgeRatio = "alert.payment-surge-ratio";
    public const string AlertSurgeDays = "alert.payment-surge-days";
    public const string AlertRefundPileUp = "alert.refund-pile-up-count";
    public const string PermitWarningDays = "permit.expiry-warning-days";
    public const string LicenceDecisionDays = "licence.decision-working-days";
    public const string OpinionDays = "licence.opinion-working-days";
    public const string ObjectionDecisionDays = "objection.decision-working-days";
    public const string RepairMinorMaxMonths = "repair.minor-max-months";
    public const string RepairOrdinaryMinMonths = "repair.ordinary-min-months";
    public const string RepairOrdinaryMaxMonths = "repair.ordinary-max-months";
    public const string RepairSeriousMinMonths = "repair.serious-min-months";
    public const string RepairSeriousMaxMonths = "repair.serious-max-months";
    public const string YellowCardsForRed = "card.yellows-for-red";
    public const string InspectionTeamSize = "inspection.team-size";
    public const string InspectionPublishDays = "inspection.publish-working-days";
    public const string InspectionRectifyDays = "inspection.rectify-working-days";
    public const string SampleRatioA = "inspection.ratio-a";
    public const string SampleRatioB = "inspection.ratio-b";
    public const string SampleRatioC = "inspection.ratio-c";
    public const string SampleRatioD = "inspection.ratio-d";
    public const string SampleRatioE = "inspection.ratio-e";
    public const string ComplaintAnswerDays = "complaint.answer-working-days";
    public const string GradeMinA = "credit.grade-min-a";
    public const string GradeMinB = "credit.grade-min-b";
    public const string GradeMinC = "credit.grade-min-c";
    public const string GradeMinD = "credit.grade-min-d";

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(ChargeMaxMonths, "一次性收费最长时段", "个月", 3, Prepaid, RuleLevel.National, "预收费"),
        new(ChargeMaxLessons, "一次性收费最多课时", "课时", 60, Prepaid, RuleLevel.National, "预收费"),
        new(ChargeMaxYuan, "一次性收费最高金额", "元", 5000, Prepaid, RuleLevel.National, "预收费"),
        new(ChargeEarliestMonths, "最早在开课前多久收费", "个月", 1, "北京、江苏、成都等地预收费实施细则", RuleLevel.Municipal, "预收费"),
        new(ChargeRenewalLessons, "按课时续费：剩余课时不多于此数时即可收费", "课时", 20, "北京、江苏、成都等地预收费实施细则", RuleLevel.Municipal, "预收费"),
        new(ConfirmationDeemedDays, "家长未确认课消视为确认", "个工作日", 15, "全国校外教育培训监管与服务综合平台\u201c一课一消\u201d规则（各地通知为7或15个工作日）", RuleLevel.District, "预收费"),
        new(RefundBeforeStartDays, "开课前退费办结期限", "日", 5, "北京市校外培训退费规定", RuleLevel.Municipal, "预收费"),
        new(RefundAfterStartDays, "开课后按比例退费办结期限", "日", 15, "北京市校外培训退费规定", RuleLevel.Municipal, "预收费"),
        new(RefundDeemedAgreedDays, "机构未答复退费申请视为同意", "个工作日", 5, "全国校外教育培训监管与服务综合平台退费规则", RuleLevel.National, "预收费"),
        new(DepositPeriodMonths, "风险保证金覆盖的收费周期", "个月", 3, "教育部答复（2022年9月）及河南、辽宁等地规定", RuleLevel.Provincial, "预收费"),
        new(AlertSurgeRatio, "收费激增预警：近期收款与课消之比", "倍", 3, Local, RuleLevel.District, "风险预警"),
        new(AlertSurgeDays, "收费激增预警的观察期", "日", 30, Local, RuleLevel.District, "风险预警"),
        new(AlertRefundPileUp, "退费积压预警：待办退费笔数", "笔", 5, Local, RuleLevel.District, "风险预警"),
        new(PermitWarningDays, "办学许可证到期提前预警", "日", 60, Local, RuleLevel.District, "风险预警"),
        new(LicenceDecisionDays, "办学许可审批办结期限", "个工作日", 20, "中华人民共和国行政许可法 第四十二条", RuleLevel.National, "准入"),
        new(OpinionDays, "相关部门出具意见期限", "个工作日", 10, Local, RuleLevel.District, "准入"),
        new(ObjectionDecisionDays, "异议申诉办结期限", "个工作日", 15, "国办发〔2025〕22号（具体期限以本地规定为准）", RuleLevel.District, "信用"),
        new(RepairMinorMaxMonths, "轻微失信信息最长公示期", "个月", 3, "国办发〔2025〕22号；国家发展改革委令第36号", RuleLevel.National, "信用"),
        new(RepairOrdinaryMinMonths, "一般失信信息最短公示期", "个月", 3, "国办发〔2025〕22号；国家发展改革委令第36号", RuleLevel.National, "信用"),
        new(RepairOrdinaryMaxMonths, "一般失信信息最长公示期", "个月", 12, "国办发〔2025〕22号；国家发展改革委令第36号", RuleLevel.National, "信用"),
        new(RepairSeriousMinMonths, "严重失信信息最短公示期", "个月", 12, "国办发〔2025〕22号；国家发展改革委令第36号", RuleLevel.National, "信用"),
        new(RepairSeriousMaxMonths, "严重失信信息最长公示期", "个月", 36, "国办发〔2025〕22号；国家发展改革委令第36号", RuleLevel.National, "信用"),
        new(YellowCardsForRed, "几张黄牌升为红牌", "张", 2, "教育部线上学科类培训巡查（2021年11月）", RuleLevel.National, "信用"),
        new(GradeMinA, "A级（优秀）最低得分率", "%", 90, "北京市学科类校外培训机构信用评价暂行办法（分数段未公布，本区设定）", RuleLevel.District, "信用"),
        new(GradeMinB, "B级（良好）最低得分率", "%", 80, "北京市学科类校外培训机构信用评价暂行办法（分数段未公布，本区设定）", RuleLevel.District, "信用"),
        new(GradeMinC, "C级（中等）最低得分率", "%", 70, "北京市学科类校外培训机构信用评价暂行办法（分数段未公布，本区设定）", RuleLevel.District, "信用"),
        new(GradeMinD, "D级（较差）最低得分率", "%", 60, "北京市学科类校外培训机构信用评价暂行办法（分数段未公布，本区设定）", RuleLevel.District, "信用"),
        new(InspectionTeamSize, "每个检查组最少执法人员", "人", 2, "双随机抽查规范（国办发〔2015〕58号）", RuleLevel.National, "双随机"),
        new(InspectionPublishDays, "检查结果公示期限", "个工作日", 20, "国发〔2019〕5号（原文待核）", RuleLevel.National, "双随机"),
        new(InspectionRectifyDays, "检查发现问题整改期限", "个工作日", 15, Local, RuleLevel.District, "双随机"),
        new(SampleRatioA, "A级机构抽查比例", "%", 5, "国发〔2019〕5号差异化抽查；比例由本区设定", RuleLevel.District, "双随机"),
        new(SampleRatioB, "B级机构抽查比例", "%", 10, "国发〔2019〕5号差异化抽查；比例由本区设定", RuleLevel.District, "双随机"),
        new(SampleRatioC, "C级机构抽查比例", "%", 20, "国发〔2019〕5号差异化抽查；比例由本区设定", RuleLevel.District, "双随机"),
        new(SampleRatioD, "D级机构抽查比例", "%", 50, "国发〔2019〕5号差异化抽查；比例由本区设定", RuleLevel.District, "双随机"),
        new(SampleRatioE, "E级机构抽查比例", "%", 100, "国发〔2019〕5号差异化抽查；比例由本区设定", RuleLevel.District, "双随机"),
        new(ComplaintAnswerDays, "投诉答复期限", "个工作日", 10, Local, RuleLevel.District, "投诉"),
    ];

    public static RuleDefinition Get(string key) =>
        All.FirstOrDefault(r => r.Key == key) ?? throw new ArgumentException($"没有名为 {key} 的规则。", nameof(key));
}
