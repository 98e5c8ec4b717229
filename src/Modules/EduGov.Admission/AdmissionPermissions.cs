using EduGov.Platform.Security;

namespace EduGov.Admission;

public static class AdmissionPermissions
{
    public const string Read = "admission.read";
    public const string Manage = "admission.manage";
    public const string Verify = "admission.verify";
    public const string LotteryRun = "admission.lottery.run";
    public const string Results = "admission.results";
    public const string Apply = "admission.apply";
    public const string Reveal = "admission.personal-data.reveal";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看招生：政策、学位、地段、报名、审核、摇号和录取", Role.Leader, Role.Officer, Role.SchoolAdmin),
        new(Manage, "维护招生政策、学位计划、对口地段、出生人口，批量录入报名", Role.Officer),
        new(Verify, "审核报名材料：通过、退回修改、不予受理", Role.Officer, Role.SchoolAdmin),
        new(LotteryRun, "冻结名单、主持摇号并公布结果", Role.Officer),
        new(Results, "录取通知、申诉处理、递补学位、报到注册学籍", Role.Officer),
        new(Apply, "家长报名：登记儿童、填报材料和志愿、查看结果、申诉", Role.Parent),
        new(Reveal, "查看报名儿童身份证号、电话、住址明文", Role.Officer, Role.SchoolAdmin),
    ];
}
