using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;

namespace EduGov.Registry.Seeding;

/// <summary>Fills one planned school: campuses, staff, principal, classes and pupils.</summary>
internal sealed class SchoolPopulator
{
    private const double BranchCampusShare = 0.25;

    private readonly DemoRun _run;
    private readonly DemoPreset _preset;
    private readonly DemoRows _rows;
    private readonly StaffFactory _staff;
    private readonly PupilFactory _pupils;

    public SchoolPopulator(DemoRun run, DemoPreset preset, DemoRows rows, IReadOnlyList<ZoneTemplate> zones)
    {
        _run = run;
        _preset = preset;
        _rows = rows;
        _staff = new StaffFactory(run, rows);
        _pupils = new PupilFactory(run, rows, zones);
    }

    public void Populate(SchoolPlan plan)
    {
        var campuses = AddCampuses(plan);
        var classes = ClassPlanner.Plan(_run.Random, plan, _run.SchoolYear);
        var teacherCount = Math.Max(classes.Count, (int)Math.Round(plan.Pupils / _preset.PupilsPerTeacher));
        var supportCount = (int)Math.Round(teacherCount * _preset.SupportStaffPerTeacher);
        var teachers = _staff.AddSchoolStaff(plan.School, teacherCount, supportCount);
        plan.School.Principal = Principal(teachers).Name;
        _pupils.AddClasses(plan, classes, campuses, teachers);
    }

    /// <summary>The teacher with the highest title, longest in service on a tie.</summary>
    private static Staff Principal(IReadOnlyList<Staff> teachers) =>
        teachers.OrderByDescending(t => t.Title).ThenBy(t => t.JoinedOn).First();

    /// <summary>A 主校区, and for a quarter of the schools a second campus on another road of the zone.</summary>
    private List<Campus> AddCampuses(SchoolPlan plan)
    {
        var roads = _run.Random.Shuffled(plan.Zone.Template.Roads);
        var campuses = new List<Campus> { NewCampus(plan, "主校区", roads[0], isMain: true) };
        if (plan.School.Type != SchoolType.Special && _run.Random.Chance(BranchCampusShare))
        {
            campuses.Add(NewCampus(plan, $"{roads[1]}校区", roads[1], isMain: false));
        }

        _rows.Campuses.AddRange(campuses);
        return campuses;
    }

    private Campus NewCampus(SchoolPlan plan, string name, string road, bool isMain)
    {
        var (latitude, longitude) = PudongAtlas.NearCentre(_run.Random, plan.Zone.Template);
        return new Campus
        {
            Id = _run.NewId(),
            SchoolId = plan.School.Id,
            Name = name,
            Address = PudongAtlas.StreetAddress(_run.Random, road),
            Latitude = latitude,
            Longitude = longitude,
            IsMain = isMain,
        };
    }
}
