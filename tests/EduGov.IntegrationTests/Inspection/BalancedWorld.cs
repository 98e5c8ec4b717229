using EduGov.Inspection.Balanced;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using EduGov.Registry.StaffMembers;
using EduGov.Registry.Students;
using EduGov.Standards;

namespace EduGov.IntegrationTests.Inspection;

/// <summary>
/// A district small enough to check by hand, built through the registry's handlers on top of <see cref="RegistryWorld"/>
/// (primary schools A and B, junior school C): a nine-year school D, a complete secondary school E and a special school F,
/// with pupils of every stage (one suspended) and teachers of every kind (one retired, one without 教师资格).
/// </summary>
/// <remarks>
/// Expected staffing (stage: pupils, qualified, key, PE/art):
/// A primary 10, 2, 1, 2 · B primary 20, 1, 1, 1 · C junior 10, 1, 1, 1 · D primary 6, 1, 0, 1 · D junior 4, 1, 1, 1 ·
/// E junior 5, 1, 0, 1 · F (special) not listed.
/// </remarks>
public sealed class BalancedWorld
{
    public const int Year = 2026;

    private int _sequence;

    private BalancedWorld(RegistryWorld registry)
    {
        Registry = registry;
        Leader = registry.Harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "王局长");
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public CurrentUser Leader { get; }
    public CurrentUser AdminA => Registry.AdminA;
    public Guid SchoolA => Registry.SchoolA;
    public Guid SchoolB => Registry.SchoolB;
    public Guid JuniorC => Registry.JuniorC;
    public Guid NineYearD { get; private set; }
    public Guid CompleteE { get; private set; }
    public Guid SpecialF { get; private set; }

    public static async Task<BalancedWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new BalancedWorld(await RegistryWorld.BuildAsync(harness));
        await world.BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        NineYearD = await AddSchoolAsync("3131000004", "浦东新区致远实验学校", SchoolType.NineYear, Registry.ZoneWest);
        CompleteE = await AddSchoolAsync("3431000005", "浦东新区东昌中学", SchoolType.CompleteSecondary, Registry.ZoneWest);
        SpecialF = await AddSchoolAsync("5131000006", "浦东新区辅读学校", SchoolType.Special, Registry.ZoneWest);

        await AddPupilsAsync(SchoolA, 3, 10);
        var suspended = await AddPupilsAsync(SchoolA, 3, 1);
        await SuspendAsync(suspended[0]);
        foreach (var grade in Enumerable.Range(1, 6))
        {
            await AddPupilsAsync(SchoolB, grade, grade <= 2 ? 4 : 3);
        }

        await AddPupilsAsync(JuniorC, 7, 4);
        await AddPupilsAsync(JuniorC, 9, 6);
        await AddPupilsAsync(NineYearD, 2, 6);
        await AddPupilsAsync(NineYearD, 8, 4);
        await AddPupilsAsync(CompleteE, 7, 5);
        await AddPupilsAsync(CompleteE, 10, 3);
        await AddPupilsAsync(SpecialF, 3, 2);

        await AddTeacherAsync(SchoolA, "小学教师资格", Education.JuniorCollege, KeyTeacherLevel.None, "语文");
        await AddTeacherAsync(SchoolA, "小学教师资格", Education.HighSchool, KeyTeacherLevel.District, "体育");
        await AddTeacherAsync(SchoolA, "初级中学教师资格", Education.Bachelor, KeyTeacherLevel.None, "音乐");
        await AddTeacherAsync(SchoolA, "", Education.Master, KeyTeacherLevel.None, "");
        var retired = await AddTeacherAsync(SchoolA, "小学教师资格", Education.Bachelor, KeyTeacherLevel.City, "数学");
        await Harness.AsAsync<RecordStaffChange.Handler>(Officer, h => h.HandleAsync(new(retired, StaffEventKind.StatusChanged, new DateOnly(2026, 9, 1), "退休", Status: EmploymentStatus.Retired)));
        await AddTeacherAsync(SchoolB, "小学教师资格", Education.Bachelor, KeyTeacherLevel.Province, "美术");
        await AddTeacherAsync(JuniorC, "初级中学教师资格", Education.JuniorCollege, KeyTeacherLevel.None, "数学");
        await AddTeacherAsync(JuniorC, "高级中学教师资格", Education.Master, KeyTeacherLevel.District, "体育");
        await AddTeacherAsync(NineYearD, "小学教师资格", Education.JuniorCollege, KeyTeacherLevel.None, "音乐");
        await AddTeacherAsync(NineYearD, "初级中学教师资格", Education.JuniorCollege, KeyTeacherLevel.District, "语文");
        await AddTeacherAsync(NineYearD, "初级中学教师资格", Education.Bachelor, KeyTeacherLevel.None, "艺术");
        await AddTeacherAsync(NineYearD, "高级中学教师资格", Education.Doctorate, KeyTeacherLevel.Province, "体育");
        await AddTeacherAsync(CompleteE, "初级中学教师资格", Education.Bachelor, KeyTeacherLevel.None, "体育");
        await AddTeacherAsync(CompleteE, "高级中学教师资格", Education.Master, KeyTeacherLevel.District, "数学");
        await AddTeacherAsync(SpecialF, "小学教师资格", Education.Bachelor, KeyTeacherLevel.District, "体育");
    }

    /// <summary>
    /// 办学条件 for <see cref="Year"/> (none for E). Per pupil: A meets all seven; B has 4.0 m² of teaching rooms (89 % of 4.5)
    /// and still passes; C (junior) is short of teaching rooms (5.0 of 5.8) and sports grounds (8.0 of 10.2) and fails;
    /// D's 60 m², 100 m², 25,000 元 and one classroom split 6 : 4, so both stages have 6.0 m² of rooms, 10.0 m² of grounds
    /// (the junior stage 98 % of 10.2) and 2,500 元 of equipment; D primary has no key teacher and fails.
    /// </summary>
    public async Task RecordFacilitiesAsync()
    {
        await SaveFacilitiesAsync(SchoolA, new FacilitiesValues(60, 100, 30_000, 1));
        await SaveFacilitiesAsync(SchoolB, new FacilitiesValues(80, 200, 50_000, 1));
        await SaveFacilitiesAsync(JuniorC, new FacilitiesValues(50, 80, 30_000, 1));
        await SaveFacilitiesAsync(NineYearD, new FacilitiesValues(60, 100, 25_000, 1));
    }

    public Task SaveFacilitiesAsync(Guid school, FacilitiesValues values, CurrentUser? user = null, int year = Year) =>
        Harness.AsAsync<SaveFacilities.Handler>(user ?? Officer, h => h.HandleAsync(new SaveFacilities.Command(school, year, values)));

    private Task<Guid> AddSchoolAsync(string code, string name, SchoolType type, Guid zone) =>
        Harness.AsAsync<SaveSchool.Handler, Guid>(Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = code, Name = name, Type = type, Ownership = Ownership.Public, RegionCode = "310115", ZoneId = zone,
            Principal = "王校长", Phone = "021-58881234", FoundedOn = new DateOnly(2001, 9, 1), MainCampusAddress = "上海市浦东新区世纪大道100号",
        }));

    private async Task<List<Guid>> AddPupilsAsync(Guid school, int grade, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var sequence = ++_sequence;
            var idNumber = IdNumber.Compose("310115", new DateOnly(2026 - 6 - grade, 3, 1).AddDays(sequence), sequence);
            ids.Add(await Harness.AsAsync<RegisterStudent.Handler, Guid>(Officer, h => h.HandleAsync(RegistryWorld.Pupil(school, idNumber, $"学生{sequence}", grade))));
        }

        return ids;
    }

    private async Task SuspendAsync(Guid pupil)
    {
        var change = await Harness.AsAsync<RequestRecordChange.Handler, Guid>(Officer, h => h.HandleAsync(new(pupil, RecordChangeKind.Suspension, new DateOnly(2026, 10, 1), "因病休学")));
        await Harness.AsAsync<DecideRecordChange.Handler>(Officer, h => h.HandleAsync(new(change, true)));
    }

    private Task<Guid> AddTeacherAsync(Guid school, string qualification, Education education, KeyTeacherLevel key, string subject)
    {
        var sequence = ++_sequence;
        var birth = new DateOnly(1980, 1, 1).AddDays(sequence);
        var idNumber = IdNumber.Compose("310115", birth, sequence);
        return Harness.AsAsync<RegisterStaff.Handler, Guid>(Officer, h => h.HandleAsync(new RegisterStaff.Command
        {
            Name = $"教师{sequence}", Sex = sequence % 2 == 1 ? Sex.Male : Sex.Female, IdNumber = idNumber, BirthDate = birth,
            Education = education, TeacherQualification = qualification, KeyTeacherLevel = key, Subject = subject,
            Title = key == KeyTeacherLevel.None ? Title.Second : Title.First, SchoolId = school, JoinedOn = new DateOnly(2010, 9, 1),
        }));
    }
}
