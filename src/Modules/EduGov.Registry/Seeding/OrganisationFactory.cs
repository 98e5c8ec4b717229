using EduGov.Registry.Domain;
using EduGov.Standards;

namespace EduGov.Registry.Seeding;

/// <summary>The bureau, its departments, the region chain 上海市 → 市辖区 → 浦东新区 and the 学区.</summary>
internal static class OrganisationFactory
{
    private static readonly (string Name, string Duties)[] DepartmentNames =
    [
        ("办公室", "负责机关日常运转、文电会务、信息公开、督办和对外联络"),
        ("人事科", "负责教职工招聘、编制岗位、职称评审、骨干教师认定和干部管理"),
        ("计划财务科", "负责教育经费预决算、学校布局规划、基建项目和国有资产管理"),
        ("基础教育科", "负责义务教育和普通高中的招生入学、学籍管理、课程教学和质量提升"),
        ("学前教育科", "负责幼儿园规划布局、办园审批、保育教育质量和托育服务指导"),
        ("职业与成人教育科", "负责中等职业教育、成人教育和社区教育"),
        ("德育科", "负责学生思想品德教育、心理健康教育、体育卫生和艺术教育"),
        ("校外教育培训监管科", "负责校外培训机构的审批、日常监管、资金监管和综合治理"),
        ("学校安全管理科", "负责校园安全、食品安全、校车安全和应急管理"),
        ("督导室", "负责学校督导评估、责任督学挂牌督导和教育质量监测"),
    ];

    public static Bureau NewBureau(DemoRun run) => new()
    {
        Id = run.NewId(),
        Name = $"上海市{RegionCode.KnownNames[PudongAtlas.RegionCode]}教育局",
        RegionCode = PudongAtlas.RegionCode,
        Address = $"{PudongAtlas.AddressPrefix}合欢路2号",
        Phone = PudongAtlas.Landline(run.Random),
    };

    public static IReadOnlyList<Department> Departments(DemoRun run) =>
        [.. DepartmentNames.Select((d, i) => new Department { Id = run.NewId(), Name = d.Name, Duties = d.Duties, SortOrder = (i + 1) * 10 })];

    public static IReadOnlyList<Region> Regions()
    {
        var prefecture = RegionCode.PrefectureOf(PudongAtlas.RegionCode);
        var province = RegionCode.ProvinceOf(PudongAtlas.RegionCode);
        return
        [
            new Region { Code = province, Name = RegionCode.KnownNames[province] },
            new Region { Code = prefecture, Name = RegionCode.KnownNames[prefecture], ParentCode = province },
            new Region { Code = PudongAtlas.RegionCode, Name = RegionCode.KnownNames[PudongAtlas.RegionCode], ParentCode = prefecture },
        ];
    }

    /// <exception cref="ArgumentOutOfRangeException">The preset asks for more zones than the atlas has.</exception>
    public static IReadOnlyList<DemoZone> Zones(DemoRun run, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, PudongAtlas.Zones.Count);
        return [.. PudongAtlas.Zones.Take(count).Select(template => new DemoZone(NewZone(run, template), template))];
    }

    private static SchoolZone NewZone(DemoRun run, ZoneTemplate template) => new()
    {
        Id = run.NewId(),
        Name = template.Name,
        RegionCode = PudongAtlas.RegionCode,
        Description = $"覆盖{string.Join("、", template.Towns.Select(t => t.Name))}",
    };
}
