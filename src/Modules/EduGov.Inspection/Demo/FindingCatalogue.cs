using EduGov.Inspection.Domain;

namespace EduGov.Inspection.Demo;

/// <summary>Findings an inspector typically records, per supervision item, with the rule each breaks (demo data only).</summary>
internal static class FindingCatalogue
{
    public sealed record Finding(SupervisionItem Item, string Description, string Rule, IssueSeverity Severity);

    public static IReadOnlyList<Finding> All { get; } =
    [
        new(SupervisionItem.SchoolAffairs, "学校章程修订后未经教代会审议即印发执行", "《中小学校章程建设指导意见》", IssueSeverity.Minor),
        new(SupervisionItem.SchoolAffairs, "“三重一大”事项议事记录不完整，部分采购无集体决策记录", "《中小学校领导人员管理暂行办法》第二十三条", IssueSeverity.Serious),
        new(SupervisionItem.AdmissionAndFees, "校内公示栏未公示本学期收费项目和标准", "《中小学收费管理办法》（教育收费公示制度）", IssueSeverity.Minor),
        new(SupervisionItem.AdmissionAndFees, "代收教辅材料费未经家长自愿选择", "《中小学教辅材料管理办法》第十一条", IssueSeverity.Serious),
        new(SupervisionItem.CurriculumAndTeaching, "三年级课表未开足科学课时，每周少1课时", "《义务教育课程方案（2022年版）》课时安排", IssueSeverity.Serious),
        new(SupervisionItem.CurriculumAndTeaching, "随堂听课发现部分班级劳动课被语文、数学挤占", "《义务教育课程方案（2022年版）》", IssueSeverity.Minor),
        new(SupervisionItem.StudentWorkloadAndExercise, "抽查作业记录，五年级书面作业平均完成时间超过60分钟", "《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》", IssueSeverity.Serious),
        new(SupervisionItem.StudentWorkloadAndExercise, "大课间活动时间不足30分钟，雨天无室内替代方案", "《关于全面加强和改进新时代学校体育工作的意见》", IssueSeverity.Minor),
        new(SupervisionItem.TeacherEthicsAndDevelopment, "师德档案未按学期更新，新进教师无师德承诺书", "《新时代中小学教师职业行为十项准则》", IssueSeverity.Minor),
        new(SupervisionItem.TeacherEthicsAndDevelopment, "教师继续教育学时登记不全，部分教师本周期学时不足", "《中小学教师继续教育规定》", IssueSeverity.Minor),
        new(SupervisionItem.CampusSafety, "校门口无防冲撞设施，上下学时段仅一名保安值守", "《中小学幼儿园安全防范工作规范（试行）》", IssueSeverity.Serious),
        new(SupervisionItem.CampusSafety, "教学楼二楼消防通道堆放杂物，应急照明灯损坏", "《中华人民共和国消防法》第二十八条", IssueSeverity.Critical),
        new(SupervisionItem.CanteenWaterDormitory, "食堂留样不足48小时，留样记录缺签字", "《学校食品安全与营养健康管理规定》第三十一条", IssueSeverity.Serious),
        new(SupervisionItem.CanteenWaterDormitory, "直饮水设备滤芯超期未更换，无水质检测报告", "《生活饮用水卫生标准》（GB 5749）", IssueSeverity.Serious),
        new(SupervisionItem.SchoolEthos, "校园文化墙内容陈旧，未体现学校办学理念", "《义务教育学校管理标准》", IssueSeverity.Minor),
        new(SupervisionItem.SchoolEthos, "学生行为规范检查记录流于形式，未与班级评价挂钩", "《中小学生守则（2015年修订）》", IssueSeverity.Minor),
    ];

    public static IReadOnlyList<string> CleanNotes { get; } =
    [
        "查阅相关台账，制度健全，执行到位。",
        "现场检查未发现问题。",
        "座谈了解情况良好。",
        "随机抽查，符合要求。",
    ];
}
