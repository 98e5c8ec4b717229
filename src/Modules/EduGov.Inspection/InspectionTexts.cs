using EduGov.Inspection.Attachments;
using EduGov.Inspection.Balanced;
using EduGov.Inspection.Bulletins;
using EduGov.Inspection.Inspectors;
using EduGov.Inspection.Issues;
using EduGov.Inspection.Visits;

namespace EduGov.Inspection;

/// <summary>English for every Chinese text of the module; each part owns the texts of its pages.</summary>
internal static class InspectionTexts
{
    private static readonly IReadOnlyDictionary<string, string> Shared = new Dictionary<string, string>
    {
        ["督导"] = "Inspection",
        ["督学"] = "Inspector",
        ["学校"] = "School",
        ["校务管理和制度执行"] = "School affairs and rules",
        ["招生、收费、择校"] = "Admission, fees and school choice",
        ["课程开设和课堂教学"] = "Curriculum and teaching",
        ["学生学习、体育锻炼和课业负担"] = "Study, exercise and workload",
        ["教师师德和专业发展"] = "Teacher ethics and development",
        ["校园及周边安全、学生交通安全"] = "Campus and traffic safety",
        ["食堂、食品、饮水及宿舍卫生"] = "Canteen, food, water and dormitories",
        ["校风、教风、学风建设"] = "School, teaching and learning ethos",
        ["经常性督导"] = "Routine inspection",
        ["专项督导"] = "Thematic inspection",
        ["综合督导"] = "Comprehensive inspection",
        ["一般"] = "Minor",
        ["较重"] = "Serious",
        ["严重"] = "Critical",
    };

    public static readonly IReadOnlyDictionary<string, string> English =
        new[] { Shared, AttachmentsPart.English, InspectorsPart.English, VisitsPart.English, IssuesPart.English, BulletinsPart.English, BalancedPart.English }
            .SelectMany(d => d)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
}
