using EduGov.Inspection.Domain;

namespace EduGov.Inspection.Demo;

/// <summary>Two checklists a bureau starts with: a thematic safety inspection and a comprehensive school evaluation.</summary>
internal static class ChecklistTemplates
{
    public static IReadOnlyList<ChecklistTemplate> Demo(DateTime now) =>
    [
        Template("校园安全专项督导", InspectionKind.Thematic, "每学期开学前后对全部学校开展，重点检查安防、消防、食品和交通安全。", now,
        [
            (SupervisionItem.CampusSafety, "人防、物防、技防配备（专职保安、防冲撞设施、一键报警）", 30m, 10m),
            (SupervisionItem.CampusSafety, "消防设施完好，疏散通道畅通，每学期开展应急疏散演练", 25m, 10m),
            (SupervisionItem.CanteenWaterDormitory, "食堂证照齐全，48小时留样，陪餐记录完整", 25m, 10m),
            (SupervisionItem.CampusSafety, "上下学交通秩序维护和校车安全管理", 20m, 10m),
        ]),
        Template("学校综合督导评估", InspectionKind.Comprehensive, "按八项督导事项对学校办学行为进行全面评估，每三年覆盖一轮。", now,
        [
            (SupervisionItem.SchoolAffairs, "依法办学、章程建设与民主管理", 15m, 10m),
            (SupervisionItem.AdmissionAndFees, "招生入学、收费与择校行为规范", 10m, 10m),
            (SupervisionItem.CurriculumAndTeaching, "国家课程开齐开足，课堂教学质量", 20m, 10m),
            (SupervisionItem.StudentWorkloadAndExercise, "作业管理与每天一小时体育活动", 15m, 10m),
            (SupervisionItem.TeacherEthicsAndDevelopment, "师德建设与教师专业发展", 10m, 10m),
            (SupervisionItem.CampusSafety, "校园及周边安全", 10m, 10m),
            (SupervisionItem.CanteenWaterDormitory, "食堂、饮水和宿舍卫生", 10m, 10m),
            (SupervisionItem.SchoolEthos, "校风、教风、学风建设", 10m, 10m),
        ]),
    ];

    private static ChecklistTemplate Template(string name, InspectionKind kind, string description, DateTime now, (SupervisionItem Item, string Text, decimal Weight, decimal Max)[] lines)
    {
        var template = new ChecklistTemplate { Name = name, Kind = kind, Description = description, CreatedAt = now };
        template.Items.AddRange(lines.Select((l, i) => new ChecklistItem { TemplateId = template.Id, Order = i + 1, Item = l.Item, Text = l.Text, Weight = l.Weight, MaxPoints = l.Max }));
        return template;
    }
}
