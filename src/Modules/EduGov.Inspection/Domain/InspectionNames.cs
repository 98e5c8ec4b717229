namespace EduGov.Inspection.Domain;

/// <summary>Chinese names of the module's vocabulary (pages translate them through <c>Text</c>).</summary>
public static class InspectionNames
{
    public static IReadOnlyList<SupervisionItem> Items { get; } = Enum.GetValues<SupervisionItem>();

    public static string Of(SupervisionItem item) => item switch
    {
        SupervisionItem.SchoolAffairs => "校务管理和制度执行",
        SupervisionItem.AdmissionAndFees => "招生、收费、择校",
        SupervisionItem.CurriculumAndTeaching => "课程开设和课堂教学",
        SupervisionItem.StudentWorkloadAndExercise => "学生学习、体育锻炼和课业负担",
        SupervisionItem.TeacherEthicsAndDevelopment => "教师师德和专业发展",
        SupervisionItem.CampusSafety => "校园及周边安全、学生交通安全",
        SupervisionItem.CanteenWaterDormitory => "食堂、食品、饮水及宿舍卫生",
        SupervisionItem.SchoolEthos => "校风、教风、学风建设",
        _ => item.ToString(),
    };

    public static string Of(InspectionKind kind) => kind switch
    {
        InspectionKind.Routine => "经常性督导",
        InspectionKind.Thematic => "专项督导",
        InspectionKind.Comprehensive => "综合督导",
        _ => kind.ToString(),
    };

    public static string Of(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Minor => "一般",
        IssueSeverity.Serious => "较重",
        IssueSeverity.Critical => "严重",
        _ => severity.ToString(),
    };

    public static string Of(IssueStatus status) => status switch
    {
        IssueStatus.Open => "待整改",
        IssueStatus.Rectifying => "整改中",
        IssueStatus.AwaitingRecheck => "待复查",
        IssueStatus.AwaitingCloseOut => "待销号",
        IssueStatus.ClosedOut => "已销号",
        _ => status.ToString(),
    };

    public static string Of(IssueEventKind kind) => kind switch
    {
        IssueEventKind.Opened => "下达问题",
        IssueEventKind.PlanSubmitted => "提交整改方案",
        IssueEventKind.ProgressReported => "报告整改进展",
        IssueEventKind.ReportedFixed => "报告整改完成",
        IssueEventKind.RecheckPassed => "复查通过",
        IssueEventKind.RecheckFailed => "复查未通过",
        IssueEventKind.ClosedOut => "销号",
        IssueEventKind.SentBack => "退回整改",
        IssueEventKind.Escalated => "逾期上报局里",
        IssueEventKind.Reminded => "逾期提醒",
        _ => kind.ToString(),
    };

    public static string Of(IssueSource source) => source switch
    {
        IssueSource.Visit => "督导发现",
        IssueSource.Emergency => "突发事件",
        IssueSource.BalancedDevelopment => "优质均衡",
        _ => source.ToString(),
    };

    public static string Of(VisitMethods method) => method switch
    {
        VisitMethods.ClassObservation => "随机听课",
        VisitMethods.DocumentReview => "查阅资料",
        VisitMethods.MeetingAttendance => "列席会议",
        VisitMethods.Interviews => "座谈走访",
        VisitMethods.Questionnaire => "问卷调查",
        VisitMethods.CampusPatrol => "校园巡查",
        _ => method.ToString(),
    };

    public static IReadOnlyList<VisitMethods> Methods { get; } = [.. Enum.GetValues<VisitMethods>().Where(m => m != VisitMethods.None)];

    public static string Of(InspectorEmployment employment) => employment == InspectorEmployment.FullTime ? "专职" : "兼职";
}
