using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using EduGov.Standards;

namespace EduGov.Registry.Seeding;

/// <summary>Teachers and support staff of a school, each with a 入职 event and a plausible history of titles and key-teacher levels.</summary>
internal sealed class StaffFactory(DemoRun run, DemoRows rows)
{
    private const string RecordedByName = "演示数据生成";
    private const int OldestBirthYear = 1965;
    private const int YoungestBirthYear = 2000;
    private const int RetirementAge = 60;
    private const int MinimumAgeForStaff = 23;
    private const double StaffFromPudong = 0.55;
    private const double StaffFromShanghai = 0.15;

    private static readonly Weighted<KeyTeacherLevel> KeyTeacherTargets = new(
        [(KeyTeacherLevel.None, 78), (KeyTeacherLevel.District, 15), (KeyTeacherLevel.City, 6), (KeyTeacherLevel.Province, 1.4)]);

    private static readonly KeyTeacherLevel[] KeyTeacherLadder = [KeyTeacherLevel.District, KeyTeacherLevel.City, KeyTeacherLevel.Province];

    /// <summary>Adds the staff of <paramref name="school"/> and returns its teachers.</summary>
    public IReadOnlyList<Staff> AddSchoolStaff(School school, int teacherCount, int supportCount)
    {
        var teachers = new List<Staff>(teacherCount);
        for (var i = 0; i < teacherCount; i++)
        {
            teachers.Add(AddStaff(school, StaffProfile.ForStage(TeachingStage(school.Type))));
        }

        for (var i = 0; i < supportCount; i++)
        {
            AddStaff(school, StaffProfile.Support);
        }

        return teachers;
    }

    /// <summary>Picks a grade the school teaches, so a 九年一贯制 school gets twice as many primary as junior teachers.</summary>
    private Stage TeachingStage(SchoolType type) => StageNames.StageOfGrade(run.Random.Pick(StageNames.GradesOf(type)), type);

    private Staff AddStaff(School school, StaffProfile profile)
    {
        var random = run.Random;
        var sex = random.Chance(profile.FemaleShare) ? Sex.Female : Sex.Male;
        var birthDate = BirthDate();
        var careerStart = CareerStart(birthDate);
        var idNumber = run.IdNumbers.Issue(PudongAtlas.HukouRegion(random, StaffFromPudong, StaffFromShanghai), birthDate, sex);
        var id = run.Protector.Protect(idNumber, Masking.IdNumber);
        var phone = run.Protector.Protect(PudongAtlas.MobilePhone(random), Masking.Phone);
        var staff = new Staff
        {
            Id = run.NewId(),
            Name = ChineseNames.FullName(random, sex, birthDate.Year),
            Sex = sex,
            BirthDate = birthDate,
            DocumentType = DocumentType.IdCard,
            IdNumberCipher = id.Cipher,
            IdNumberLookup = id.Lookup,
            IdNumberMasked = id.Masked,
            PhoneCipher = phone.Cipher,
            PhoneMasked = phone.Masked,
            Education = random.Pick(profile.Education),
            TeacherQualification = profile.Qualification,
            Subject = random.Pick(profile.Subjects),
            SchoolId = school.Id,
            JoinedOn = JoinedSchoolOn(careerStart, school.FoundedOn),
            CreatedAt = run.NowUtc,
        };
        rows.Staff.Add(staff);
        var titles = TitleSteps(staff.Education, careerStart, random.Pick(profile.TitleTargets));
        var firstTitleOn = titles.FirstOrDefault(step => step.Title == Title.First)?.On;
        RecordCareer(staff, school, careerStart, [.. titles, .. KeyTeacherSteps(firstTitleOn)]);
        return staff;
    }

    /// <summary>Born 1965–2000, and between 23 and 60 years old today.</summary>
    private DateOnly BirthDate()
    {
        var first = Math.Max(OldestBirthYear, run.Today.Year - RetirementAge);
        var last = Math.Min(YoungestBirthYear, run.Today.Year - MinimumAgeForStaff);
        return run.Random.NextDate(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
    }

    /// <summary>Starts work at 22–25, mostly in the summer before a school year; never in the future.</summary>
    private DateOnly CareerStart(DateOnly birthDate)
    {
        var year = birthDate.Year + run.Random.NextInt(22, 26);
        var start = run.Random.NextDate(new DateOnly(year, 7, 1), new DateOnly(year, 9, 10));
        return start <= run.Today ? start : run.Today.AddDays(-run.Random.NextInt(1, 300));
    }

    /// <summary>A career that began before the school existed moved there in its first months (调入).</summary>
    private DateOnly JoinedSchoolOn(DateOnly careerStart, DateOnly foundedOn)
    {
        if (careerStart >= foundedOn)
        {
            return careerStart;
        }

        var joined = foundedOn.AddDays(run.Random.NextInt(0, 90));
        return joined <= run.Today ? joined : run.Today;
    }

    /// <summary>Up the title ladder towards <paramref name="target"/>, each step after the minimum years, until today.</summary>
    private List<CareerStep> TitleSteps(Education education, DateOnly careerStart, Title target)
    {
        var steps = new List<CareerStep>();
        var current = Title.None;
        var date = careerStart;
        foreach (var next in TitleLadder(education).TakeWhile(t => t <= target))
        {
            date = date.AddYears(YearsBefore(next, current)).AddDays(run.Random.NextInt(0, 540));
            if (date > run.Today)
            {
                break;
            }

            steps.Add(new CareerStep(date, next, null));
            current = next;
        }

        return steps;
    }

    /// <summary>区级 → 市级 → 省级骨干, the first at least two years after reaching 一级.</summary>
    private List<CareerStep> KeyTeacherSteps(DateOnly? firstTitleOn)
    {
        var steps = new List<CareerStep>();
        if (firstTitleOn is not { } date)
        {
            return steps;
        }

        var target = run.Random.Pick(KeyTeacherTargets);
        foreach (var next in KeyTeacherLadder.TakeWhile(level => level <= target))
        {
            date = date.AddYears(run.Random.NextInt(2, 5)).AddDays(run.Random.NextInt(0, 365));
            if (date > run.Today)
            {
                break;
            }

            steps.Add(new CareerStep(date, null, next));
        }

        return steps;
    }

    /// <summary>
    /// Steps before joining this school make up the state the 入职/调入 event records; later ones become
    /// 职称变更 and 骨干认定 events. Leaves <see cref="Staff.Title"/> and <see cref="Staff.KeyTeacherLevel"/> at the last step.
    /// </summary>
    private void RecordCareer(Staff staff, School school, DateOnly careerStart, IEnumerable<CareerStep> steps)
    {
        var ordered = steps.OrderBy(step => step.On).ToList();
        foreach (var step in ordered.TakeWhile(step => step.On < staff.JoinedOn))
        {
            Apply(staff, step);
        }

        var joinedNote = careerStart < staff.JoinedOn ? "调入" : "入职";
        AddEvent(staff.Id, StaffEventKind.Joined, staff.JoinedOn, null, $"{school.Name}；{StageNames.Of(staff.Title)}；{StageNames.Of(staff.KeyTeacherLevel)}", joinedNote);
        foreach (var step in ordered.SkipWhile(step => step.On < staff.JoinedOn))
        {
            var (oldValue, newValue) = Apply(staff, step);
            var note = step.Title is null ? $"{step.On.Year}年{newValue}教师认定" : $"{step.On.Year}年度中小学教师职称评审";
            AddEvent(staff.Id, step.Title is null ? StaffEventKind.KeyTeacherLevelChanged : StaffEventKind.TitleChanged, step.On, oldValue, newValue, note);
        }
    }

    /// <summary>Moves the staff member to the step's title or level and returns the Chinese old and new values.</summary>
    private static (string Old, string New) Apply(Staff staff, CareerStep step)
    {
        if (step.Title is { } title)
        {
            var old = StageNames.Of(staff.Title);
            staff.Title = title;
            return (old, StageNames.Of(title));
        }

        var oldLevel = StageNames.Of(staff.KeyTeacherLevel);
        staff.KeyTeacherLevel = step.Level!.Value;
        return (oldLevel, StageNames.Of(staff.KeyTeacherLevel));
    }

    /// <summary>Graduates of 专科 and below start at 三级, others at 二级.</summary>
    private static Title[] TitleLadder(Education education) => education <= Education.JuniorCollege
        ? [Title.Third, Title.Second, Title.First, Title.Senior, Title.Professor]
        : [Title.Second, Title.First, Title.Senior, Title.Professor];

    private static int YearsBefore(Title next, Title current) => (next, current) switch
    {
        (Title.Third or Title.Second, Title.None) => 1,
        (Title.Second, _) => 4,
        _ => 5,
    };

    private void AddEvent(Guid staffId, StaffEventKind kind, DateOnly effectiveOn, string? oldValue, string newValue, string note) =>
        rows.StaffEvents.Add(new StaffEvent
        {
            Id = run.NewId(),
            StaffId = staffId,
            Kind = kind,
            EffectiveOn = effectiveOn,
            OldValue = oldValue,
            NewValue = newValue,
            Note = note,
            RecordedBy = Guid.Empty,
            RecordedByName = RecordedByName,
            RecordedAt = run.NowUtc,
        });

    /// <summary>A dated promotion: either a new title or a new key-teacher level.</summary>
    private sealed record CareerStep(DateOnly On, Title? Title, KeyTeacherLevel? Level);
}
