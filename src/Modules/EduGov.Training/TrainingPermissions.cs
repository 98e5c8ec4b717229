using EduGov.Platform.Security;

namespace EduGov.Training;

public static class TrainingPermissions
{
    public const string Read = "training.read";
    public const string Manage = "training.manage";
    public const string Funds = "training.funds";
    public const string Credit = "training.credit";
    public const string Inspect = "training.inspect";
    public const string Complaints = "training.complaints";
    public const string Portal = "training.portal";
    public const string Reveal = "training.personal-data.reveal";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看校外培训机构：登记、许可、资金监管、信用、检查和投诉", Role.Leader, Role.Officer),
        new(Manage, "登记培训机构、审批办学许可、审核机构变更、维护监管规则", Role.Officer),
        new(Funds, "监管预收费资金：台账、银行流水对账、风险预警处置", Role.Officer),
        new(Credit, "信用管理：记录失信行为、红黄牌、黑白名单、信用修复和异议申诉", Role.Officer),
        new(Inspect, "双随机抽查：执法人员库、抽取、现场检查和结果公示", Role.Officer, Role.Inspector),
        new(Complaints, "受理投诉举报、移交线索、记录行政处罚", Role.Officer),
        new(Portal, "培训机构自助：维护本机构信息、申请许可、登记收费和课消、答复通知", Role.Institution),
        new(Reveal, "查看培训机构从业人员身份证号、投诉人电话明文", Role.Officer),
    ];
}
