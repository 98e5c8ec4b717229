using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;

namespace EduGov.Registry.Seeding;

/// <summary>
/// Who teaches a stage: the 教师资格 required, the share of women, subjects and degrees,
/// and <see cref="SeniorShare"/>, the share whose career aims at 高级 (time in service still decides whether they get there).
/// </summary>
internal sealed record StaffProfile(
    string Qualification,
    double FemaleShare,
    Weighted<string> Subjects,
    Weighted<Education> Education,
    double SeniorShare)
{
    private const double ProfessorShare = 0.015;
    private const double StaysSecondShare = 0.2;

    private static readonly Weighted<string> NoSubject = new([("", 1)]);

    private static readonly Weighted<Education> TeacherDegrees = new(
        [(Contracts.Education.JuniorCollege, 4), (Contracts.Education.Bachelor, 72), (Contracts.Education.Master, 23), (Contracts.Education.Doctorate, 1)]);

    public static StaffProfile Kindergarten { get; } = new(
        "幼儿园教师资格", 0.97, new([("学前教育", 1)]),
        new([(Contracts.Education.JuniorCollege, 25), (Contracts.Education.Bachelor, 65), (Contracts.Education.Master, 10)]), 0.12);

    public static StaffProfile Primary { get; } = new(
        "小学教师资格", 0.85,
        new([("语文", 30), ("数学", 22), ("英语", 12), ("科学", 5), ("道德与法治", 5), ("体育", 9), ("音乐", 6), ("美术", 6), ("信息技术", 3)]),
        TeacherDegrees, 0.18);

    public static StaffProfile Junior { get; } = new(
        "初级中学教师资格", 0.70,
        new([
            ("语文", 15), ("数学", 15), ("英语", 14), ("物理", 8), ("化学", 6), ("生物", 5), ("历史", 6), ("地理", 5),
            ("道德与法治", 6), ("科学", 2), ("体育", 8), ("音乐", 3), ("美术", 3), ("信息技术", 3),
        ]),
        TeacherDegrees, 0.3);

    public static StaffProfile Senior { get; } = new(
        "高级中学教师资格", 0.58,
        new([
            ("语文", 14), ("数学", 14), ("英语", 14), ("物理", 9), ("化学", 8), ("生物", 7), ("历史", 7), ("地理", 6),
            ("思想政治", 7), ("体育", 7), ("音乐", 2), ("美术", 2), ("信息技术", 4),
        ]),
        new([(Contracts.Education.Bachelor, 55), (Contracts.Education.Master, 42), (Contracts.Education.Doctorate, 3)]), 0.35);

    public static StaffProfile Vocational { get; } = new(
        "中等职业学校教师资格", 0.52,
        new([
            ("语文", 10), ("数学", 10), ("英语", 10), ("思想政治", 5), ("体育", 6), ("信息技术", 8),
            ("机电技术应用", 10), ("计算机应用", 10), ("会计事务", 8), ("护理", 6), ("物流服务与管理", 6),
        ]),
        TeacherDegrees, 0.3);

    public static StaffProfile Special { get; } = new(
        "小学教师资格", 0.8,
        new([("语文", 20), ("数学", 20), ("生活适应", 15), ("康复训练", 10), ("体育", 10), ("音乐", 10), ("美术", 10)]),
        TeacherDegrees, 0.2);

    /// <summary>行政、教辅、保育、后勤: no subject, no teaching qualification, no title ambitions.</summary>
    public static StaffProfile Support { get; } = new(
        "", 0.55, NoSubject,
        new([(Contracts.Education.HighSchool, 15), (Contracts.Education.JuniorCollege, 35), (Contracts.Education.Bachelor, 45), (Contracts.Education.Master, 5)]), 0);

    /// <summary>The title a career heads for; <see cref="Title.None"/> for support staff.</summary>
    public Weighted<Title> TitleTargets { get; } = Qualification.Length == 0
        ? new([(Title.None, 1)])
        : new([(Title.Second, StaysSecondShare), (Title.First, 1 - StaysSecondShare - SeniorShare - ProfessorShare), (Title.Senior, SeniorShare), (Title.Professor, ProfessorShare)]);

    public static StaffProfile ForStage(Stage stage) => stage switch
    {
        Stage.Preschool => Kindergarten,
        Stage.Primary => Primary,
        Stage.Junior => Junior,
        Stage.Senior => Senior,
        Stage.Vocational => Vocational,
        _ => Special,
    };
}
