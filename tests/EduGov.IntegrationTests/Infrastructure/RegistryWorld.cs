using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Organisation;
using EduGov.Registry.Schools;
using EduGov.Registry.Students;
using EduGov.Standards;

namespace EduGov.IntegrationTests.Infrastructure;

/// <summary>A small district built through the registry's own handlers: two zones, two primary schools and one junior school.</summary>
public sealed class RegistryWorld
{
    public const string ValidIdNumber = "310115201805120020";

    private RegistryWorld(PlatformHarness harness)
    {
        Harness = harness;
        Officer = harness.User(Role.Officer, OrgScope.Bureau("测试区教育局"), "李科长");
    }

    public PlatformHarness Harness { get; }
    public CurrentUser Officer { get; }
    public Guid ZoneEast { get; private set; }
    public Guid ZoneWest { get; private set; }
    public Guid SchoolA { get; private set; }
    public Guid SchoolB { get; private set; }
    public Guid JuniorC { get; private set; }
    public Guid ClassA3 { get; private set; }
    public CurrentUser AdminA { get; private set; } = CurrentUser.Anonymous;
    public CurrentUser AdminB { get; private set; } = CurrentUser.Anonymous;

    /// <summary>Two zones, and unless <paramref name="schools"/> is false, three schools, a class and two school administrators.</summary>
    public static async Task<RegistryWorld> BuildAsync(PlatformHarness harness, bool schools = true)
    {
        var world = new RegistryWorld(harness);
        await world.BuildAsync(schools);
        return world;
    }

    private async Task BuildAsync(bool schools)
    {
        ZoneEast = await Harness.AsAsync<SaveOrganisationUnit.Handler, Guid>(Officer, h => h.HandleAsync(new(SaveOrganisationUnit.Kind.Zone, "东片学区")));
        ZoneWest = await Harness.AsAsync<SaveOrganisationUnit.Handler, Guid>(Officer, h => h.HandleAsync(new(SaveOrganisationUnit.Kind.Zone, "西片学区")));
        if (!schools)
        {
            return;
        }

        SchoolA = await AddSchoolAsync("2131000001", "浦东新区明德小学", SchoolType.Primary, ZoneEast);
        SchoolB = await AddSchoolAsync("2131000002", "浦东新区育才小学", SchoolType.Primary, ZoneEast);
        JuniorC = await AddSchoolAsync("3131000003", "浦东新区建平初级中学", SchoolType.Junior, ZoneWest);
        ClassA3 = await Harness.AsAsync<AddClass.Handler, Guid>(Officer, h => h.HandleAsync(new(SchoolA, 3, 1, 2024, 45, "张老师")));
        AdminA = Harness.User(Role.SchoolAdmin, new OrgScope(ScopeKind.School, SchoolA, "浦东新区明德小学"), "陈校管");
        AdminB = Harness.User(Role.SchoolAdmin, new OrgScope(ScopeKind.School, SchoolB, "浦东新区育才小学"), "周校管");
    }

    private Task<Guid> AddSchoolAsync(string code, string name, SchoolType type, Guid zone) =>
        Harness.AsAsync<SaveSchool.Handler, Guid>(Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = code, Name = name, Type = type, Ownership = Ownership.Public, RegionCode = "310115", ZoneId = zone,
            Principal = "王校长", Phone = "021-58881234", FoundedOn = new DateOnly(1998, 9, 1), MainCampusAddress = "上海市浦东新区张杨路100号",
        }));

    public static RegisterStudent.Command Pupil(Guid schoolId, string idNumber = ValidIdNumber, string name = "林小雨", int grade = 3, Guid? classId = null)
    {
        var parsed = IdNumber.Parse(idNumber, new DateOnly(2026, 11, 23));
        return new RegisterStudent.Command
        {
            Name = name, Sex = parsed.Sex ?? Sex.Female, IdNumber = idNumber, BirthDate = parsed.BirthDate ?? new DateOnly(2018, 5, 12),
            HukouRegionCode = "310115", HomeAddress = "上海市浦东新区峨山路91弄5号302室", SchoolId = schoolId, Grade = grade, ClassId = classId,
            EnrolledOn = new DateOnly(2024, 9, 1), Guardians = [new RegisterStudent.GuardianInput("林建国", "父亲", "13812345678")],
        };
    }
}
