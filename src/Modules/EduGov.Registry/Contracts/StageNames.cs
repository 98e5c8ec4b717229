namespace EduGov.Registry.Contracts;

/// <summary>Chinese names and stage rules for the registry's vocabulary.</summary>
public static class StageNames
{
    public static string Of(Stage stage) => stage switch
    {
        Stage.Preschool => "学前教育",
        Stage.Primary => "小学",
        Stage.Junior => "初中",
        Stage.Senior => "普通高中",
        Stage.Vocational => "中职",
        Stage.Special => "特殊教育",
        _ => stage.ToString(),
    };

    public static string Of(Ownership ownership) => ownership switch
    {
        Ownership.Public => "公办",
        Ownership.Private => "民办",
        Ownership.SubsidizedPrivate => "普惠性民办",
        _ => ownership.ToString(),
    };

    public static string Of(SchoolType type) => type switch
    {
        SchoolType.Kindergarten => "幼儿园",
        SchoolType.Primary => "小学",
        SchoolType.Junior => "初级中学",
        SchoolType.NineYear => "九年一贯制学校",
        SchoolType.Senior => "高级中学",
        SchoolType.CompleteSecondary => "完全中学",
        SchoolType.TwelveYear => "十二年一贯制学校",
        SchoolType.Vocational => "中等职业学校",
        SchoolType.Special => "特殊教育学校",
        _ => type.ToString(),
    };

    public static IReadOnlyList<Stage> StagesOf(SchoolType type) => type switch
    {
        SchoolType.Kindergarten => [Stage.Preschool],
        SchoolType.Primary => [Stage.Primary],
        SchoolType.Junior => [Stage.Junior],
        SchoolType.NineYear => [Stage.Primary, Stage.Junior],
        SchoolType.Senior => [Stage.Senior],
        SchoolType.CompleteSecondary => [Stage.Junior, Stage.Senior],
        SchoolType.TwelveYear => [Stage.Primary, Stage.Junior, Stage.Senior],
        SchoolType.Vocational => [Stage.Vocational],
        SchoolType.Special => [Stage.Special],
        _ => [],
    };

    public static Stage StageOfGrade(int grade, SchoolType type) => type switch
    {
        SchoolType.Vocational => Stage.Vocational,
        SchoolType.Special => Stage.Special,
        _ => grade switch
        {
            <= 0 => Stage.Preschool,
            <= 6 => Stage.Primary,
            <= 9 => Stage.Junior,
            _ => Stage.Senior,
        },
    };

    public static IReadOnlyList<int> GradesOf(SchoolType type) => type switch
    {
        SchoolType.Kindergarten => [-2, -1, 0],
        SchoolType.Primary => [1, 2, 3, 4, 5, 6],
        SchoolType.Junior => [7, 8, 9],
        SchoolType.NineYear => [1, 2, 3, 4, 5, 6, 7, 8, 9],
        SchoolType.Senior => [10, 11, 12],
        SchoolType.CompleteSecondary => [7, 8, 9, 10, 11, 12],
        SchoolType.TwelveYear => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        SchoolType.Vocational => [10, 11, 12],
        SchoolType.Special => [1, 2, 3, 4, 5, 6, 7, 8, 9],
        _ => [],
    };

    public static string GradeName(int grade) => grade switch
    {
        -2 => "小班",
        -1 => "中班",
        0 => "大班",
        >= 1 and <= 6 => $"{"一二三四五六"[grade - 1]}年级",
        >= 7 and <= 9 => $"初{"一二三"[grade - 7]}",
        >= 10 and <= 12 => $"高{"一二三"[grade - 10]}",
        _ => grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string ClassName(int grade, int number) => $"{GradeName(grade)}（{number}）班";

    public static string Of(StudentStatus status) => status switch
    {
        StudentStatus.Enrolled => "在读",
        StudentStatus.Suspended => "休学",
        StudentStatus.TransferredOut => "已转出",
        StudentStatus.Graduated => "已毕业",
        _ => status.ToString(),
    };

    public static string Of(RecordChangeKind kind) => kind switch
    {
        RecordChangeKind.TransferIn => "转入",
        RecordChangeKind.TransferOut => "转出",
        RecordChangeKind.Suspension => "休学",
        RecordChangeKind.Resumption => "复学",
        RecordChangeKind.Graduation => "毕业",
        _ => kind.ToString(),
    };

    public static string Of(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => "待审批",
        ApprovalStatus.Approved => "已批准",
        ApprovalStatus.Rejected => "已驳回",
        _ => status.ToString(),
    };

    public static string Of(Title title) => title switch
    {
        Title.None => "未评",
        Title.Third => "三级",
        Title.Second => "二级",
        Title.First => "一级",
        Title.Senior => "高级",
        Title.Professor => "正高级",
        _ => title.ToString(),
    };

    public static string Of(KeyTeacherLevel level) => level switch
    {
        KeyTeacherLevel.None => "无",
        KeyTeacherLevel.District => "区级骨干",
        KeyTeacherLevel.City => "市级骨干",
        KeyTeacherLevel.Province => "省级骨干",
        _ => level.ToString(),
    };

    public static string Of(Education education) => education switch
    {
        Education.HighSchool => "高中及以下",
        Education.JuniorCollege => "专科",
        Education.Bachelor => "本科",
        Education.Master => "硕士研究生",
        Education.Doctorate => "博士研究生",
        _ => education.ToString(),
    };

    public static string Of(EmploymentStatus status) => status switch
    {
        EmploymentStatus.Active => "在岗",
        EmploymentStatus.OnLeave => "离岗",
        EmploymentStatus.Retired => "退休",
        EmploymentStatus.Left => "调离",
        _ => status.ToString(),
    };

    public static string Of(DocumentType type) => type switch
    {
        DocumentType.IdCard => "居民身份证",
        DocumentType.HkMacaoTaiwanResidencePermit => "港澳台居民居住证",
        DocumentType.Passport => "护照",
        DocumentType.ForeignerPermanentResidence => "外国人永久居留身份证",
        _ => type.ToString(),
    };

    public static string Of(StaffEventKind kind) => kind switch
    {
        StaffEventKind.Joined => "入职",
        StaffEventKind.SchoolChanged => "调动",
        StaffEventKind.TitleChanged => "职称变更",
        StaffEventKind.KeyTeacherLevelChanged => "骨干认定",
        StaffEventKind.StatusChanged => "在岗状态变更",
        _ => kind.ToString(),
    };
}
