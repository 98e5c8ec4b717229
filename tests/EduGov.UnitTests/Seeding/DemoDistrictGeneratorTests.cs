using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using EduGov.Registry.Seeding;
using EduGov.Standards;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Seeding;

public sealed class DemoDistrictGeneratorTests(SmallDistrictFixture fixture) : IClassFixture<SmallDistrictFixture>
{
    private static DateOnly Today => SmallDistrictFixture.Today;

    private DemoDistrict District => fixture.District;

    [Fact]
    public void SameSeed_GivesSameDistrict()
    {
        var again = fixture.Generate(SmallDistrictFixture.Seed);

        Fingerprint(again).ShouldBe(Fingerprint(District));
    }

    [Fact]
    public void DifferentSeed_GivesDifferentDistrict()
    {
        var other = fixture.Generate(SmallDistrictFixture.Seed + 1);

        other.Schools.Select(s => s.Name).ShouldNotBe(District.Schools.Select(s => s.Name));
        other.Students.Select(s => s.IdNumberLookup).Intersect(District.Students.Select(s => s.IdNumberLookup)).Count().ShouldBeLessThan(100);
        other.Schools[0].Id.ShouldNotBe(District.Schools[0].Id);
    }

    [Fact]
    public void SmallPreset_HasExpectedCounts()
    {
        District.Schools.Count.ShouldBeInRange(38, 45);
        District.Students.Count.ShouldBeInRange(18_000, 22_000);
        District.Zones.Count.ShouldBe(4);
        District.Groups.Count.ShouldBe(3);
        District.Regions.Select(r => (r.Code, r.ParentCode)).ShouldBe([("310000", null), ("310100", "310000"), ("310115", "310100")]);
        District.Bureau.Name.ShouldBe("上海市浦东新区教育局");
        District.Departments.Select(d => d.Name).ShouldContain("校外教育培训监管科");
    }

    [Fact]
    public void Ids_AreUniqueVersion7Guids()
    {
        var ids = AllIds(District).ToList();

        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.ShouldAllBe(id => id.Version == 7 && id.Variant >= 8 && id.Variant <= 11);
    }

    [Fact]
    public void StudentIdNumbers_ParseValidAndMatchBirthDateSexAndHukou()
    {
        foreach (var student in District.Students)
        {
            var idNumber = fixture.Protector.Decrypt(student.IdNumberCipher);
            var parsed = IdNumber.Parse(idNumber, Today);

            parsed.IsValid.ShouldBeTrue(parsed.Error);
            parsed.BirthDate.ShouldBe(student.BirthDate);
            parsed.Sex.ShouldBe(student.Sex);
            parsed.RegionCode.ShouldBe(student.HukouRegionCode);
            student.IdNumberLookup.ShouldBe(fixture.Protector.LookupKey(idNumber));
            student.IdNumberMasked.ShouldBe(IdNumber.Mask(idNumber));
        }
    }

    [Fact]
    public void NationalStudentNumbers_AreGPlusIdNumber()
    {
        foreach (var student in District.Students.Take(2_000))
        {
            var number = fixture.Protector.Decrypt(student.NationalStudentNumberCipher);

            number.ShouldBe("G" + fixture.Protector.Decrypt(student.IdNumberCipher));
            NationalStudentNumber.Validate(number).IsValid.ShouldBeTrue();
            student.NationalStudentNumberMasked.ShouldBe(EduGov.Platform.Privacy.Masking.IdNumber(number));
        }
    }

    [Fact]
    public void HomeAddresses_AreInPudongAndMasked()
    {
        foreach (var student in District.Students.Take(2_000))
        {
            var address = fixture.Protector.Decrypt(student.HomeAddressCipher);

            address.ShouldStartWith("上海市浦东新区");
            student.HomeAddressMasked.ShouldBe(EduGov.Platform.Privacy.Masking.Address(address));
        }
    }

    [Fact]
    public void StaffIdNumbers_ParseValidAndMatch()
    {
        foreach (var staff in District.Staff)
        {
            var parsed = IdNumber.Parse(fixture.Protector.Decrypt(staff.IdNumberCipher), Today);

            parsed.IsValid.ShouldBeTrue(parsed.Error);
            parsed.BirthDate.ShouldBe(staff.BirthDate);
            parsed.Sex.ShouldBe(staff.Sex);
            staff.BirthDate.Year.ShouldBeInRange(1965, 2000);
            staff.JoinedOn.ShouldBeLessThanOrEqualTo(Today);
        }
    }

    [Fact]
    public void IdLookups_AreUniqueAmongStudentsAndStaffAndAcrossBoth()
    {
        var students = District.Students.Select(s => s.IdNumberLookup).ToHashSet(StringComparer.Ordinal);
        var staff = District.Staff.Select(s => s.IdNumberLookup).ToHashSet(StringComparer.Ordinal);

        students.Count.ShouldBe(District.Students.Count);
        staff.Count.ShouldBe(District.Staff.Count);
        students.Overlaps(staff).ShouldBeFalse();
    }

    [Fact]
    public void Schools_HaveValidUniqueCodesOfTheirCategoryAndUniqueNames()
    {
        foreach (var school in District.Schools)
        {
            SchoolCode.Validate(school.Code).IsValid.ShouldBeTrue(school.Code);
            school.Code[..4].ShouldBe(SchoolPlanner.CategoryCode(school.Type) + "31");
            school.Principal.ShouldNotBeNullOrEmpty();
        }

        District.Schools.Select(s => s.Code).ShouldBeUnique();
        District.Schools.Select(s => s.Name).ShouldBeUnique();
    }

    [Fact]
    public void Ownership_IsMostlyPublicWithSomePrivateKindergartens()
    {
        var kindergartens = District.Schools.Where(s => s.Type == SchoolType.Kindergarten).ToList();

        kindergartens.Count(s => s.Ownership != Ownership.Public).ShouldBeInRange(1, 4);
        District.Schools.Count(s => s.Ownership == Ownership.Public).ShouldBeGreaterThan(District.Schools.Count * 3 / 4);
        District.Schools.Where(s => s.Ownership != Ownership.Public).ShouldAllBe(s => s.Name.Contains("民办"));
    }

    [Fact]
    public void Groups_AreLedByTheirMembers()
    {
        foreach (var group in District.Groups)
        {
            var members = District.Schools.Where(s => s.GroupId == group.Id).ToList();

            members.Select(s => s.Id).ShouldContain(group.LeadSchoolId!.Value);
            members.Count.ShouldBeGreaterThanOrEqualTo(2);
            members.Select(s => s.ZoneId).Distinct().Count().ShouldBe(1);
        }
    }

    [Fact]
    public void Campuses_OneOrTwoPerSchoolNearPudong()
    {
        var bySchool = District.Campuses.GroupBy(c => c.SchoolId).ToDictionary(g => g.Key, g => g.ToList());

        foreach (var school in District.Schools)
        {
            var campuses = bySchool[school.Id];
            campuses.Count.ShouldBeInRange(1, 2);
            campuses.Count(c => c.IsMain).ShouldBe(1);
        }

        District.Campuses.ShouldAllBe(c => c.Latitude > 30.8 && c.Latitude < 31.45 && c.Longitude > 121.4 && c.Longitude < 122.0);
    }

    [Fact]
    public void Classes_AreWithinCapAndTheirSchoolsGrades()
    {
        var schools = District.Schools.ToDictionary(s => s.Id);
        var sizes = District.Students.GroupBy(s => s.ClassId).ToDictionary(g => g.Key!.Value, g => g.Count());

        foreach (var schoolClass in District.Classes)
        {
            StageNames.GradesOf(schools[schoolClass.SchoolId].Type).ShouldContain(schoolClass.Grade);
            sizes[schoolClass.Id].ShouldBeLessThanOrEqualTo(schoolClass.ClassSizeCap);
            sizes[schoolClass.Id].ShouldBeGreaterThan(schoolClass.ClassSizeCap / 2);
            schoolClass.HeadTeacher.ShouldNotBeNullOrEmpty();
        }

        District.Classes.Select(c => (c.SchoolId, c.Grade, c.Number)).ShouldBeUnique();
        District.Classes.Where(c => c.Grade == -2).ShouldAllBe(c => c.ClassSizeCap == 25);
        District.Classes.Where(c => c.Grade is >= 1 and <= 6).ShouldAllBe(c => c.ClassSizeCap == 45);
        District.Classes.Where(c => c.Grade >= 7).ShouldAllBe(c => c.ClassSizeCap == 50 || schools[c.SchoolId].Type == SchoolType.Vocational);
    }

    [Fact]
    public void Students_SitInAClassOfTheirSchoolAndGrade_WithBirthDatesFittingTheGrade()
    {
        var classes = District.Classes.ToDictionary(c => c.Id);
        const int schoolYear = 2025;

        foreach (var student in District.Students)
        {
            var schoolClass = classes[student.ClassId!.Value];
            schoolClass.SchoolId.ShouldBe(student.SchoolId);
            schoolClass.Grade.ShouldBe(student.Grade);
            student.EnrolledOn.ShouldBe(new DateOnly(schoolClass.EntryYear, 9, 1));
            student.Status.ShouldBe(StudentStatus.Enrolled);
            student.CreatedAt.ShouldBe(SmallDistrictFixture.NowUtc);
            var latest = new DateOnly(schoolYear - 5 - student.Grade, 8, 31);
            student.BirthDate.ShouldBeInRange(latest.AddYears(-2).AddDays(1), latest);
        }
    }

    [Fact]
    public void Students_LookChinese()
    {
        var students = District.Students;

        students.Count(s => s.Sex == Sex.Male).ShouldBeInRange(students.Count * 48 / 100, students.Count * 54 / 100);
        students.ShouldAllBe(s => s.Name.Length >= 2 && s.Name.Length <= 4);
        var topSurnames = students.GroupBy(s => s.Name[..1]).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key);
        topSurnames.ShouldBeSubsetOf(["王", "李", "张"]);
        students.Count(s => s.HukouRegionCode == "310115").ShouldBeGreaterThan(students.Count * 3 / 4);
    }

    [Fact]
    public void Guardians_OneOrTwoPerStudent_WithValidMobiles()
    {
        var perStudent = District.Guardians.GroupBy(g => g.StudentId).ToDictionary(g => g.Key, g => g.ToList());

        perStudent.Count.ShouldBe(District.Students.Count);
        perStudent.Values.ShouldAllBe(g => g.Count >= 1 && g.Count <= 2);
        foreach (var guardian in District.Guardians.Take(2_000))
        {
            var phone = fixture.Protector.Decrypt(guardian.PhoneCipher);
            PhoneNumber.Validate(phone).IsValid.ShouldBeTrue(phone);
            phone[..2].ShouldBeOneOf("13", "15", "18");
            guardian.PhoneMasked.ShouldBe(PhoneNumber.Mask(phone));
            guardian.PhoneLookup.ShouldBe(fixture.Protector.LookupKey(phone));
        }
    }

    [Fact]
    public void Staff_AboutOneTeacherPerThirteenPupils_WithPlausibleTitlesAndKeyTeachers()
    {
        var teachers = District.Staff.Where(s => s.TeacherQualification.Length > 0).ToList();

        ((double)District.Students.Count / teachers.Count).ShouldBeInRange(10, 14);
        District.Staff.Count.ShouldBeGreaterThan(teachers.Count);
        teachers.ShouldAllBe(t => t.Subject.Length > 0);
        Share(teachers, t => t.Title == Title.First).ShouldBeInRange(0.25, 0.6);
        Share(teachers, t => t.Title >= Title.Senior).ShouldBeInRange(0.08, 0.35);
        Share(teachers, t => t.Education >= Education.Bachelor).ShouldBeGreaterThan(0.85);
        Share(teachers, t => t.KeyTeacherLevel == KeyTeacherLevel.District).ShouldBeInRange(0.04, 0.12);
        Share(teachers, t => t.KeyTeacherLevel == KeyTeacherLevel.City).ShouldBeInRange(0.01, 0.06);
        Share(teachers, t => t.KeyTeacherLevel == KeyTeacherLevel.Province).ShouldBeLessThan(0.02);
    }

    [Fact]
    public void StaffEvents_StartWithJoinedAndExplainTheCurrentTitleAndLevel()
    {
        var events = District.StaffEvents.ToLookup(e => e.StaffId);
        var schools = District.Schools.ToDictionary(s => s.Id);

        foreach (var staff in District.Staff)
        {
            var history = events[staff.Id].ToList();
            var joined = history[0];
            joined.Kind.ShouldBe(StaffEventKind.Joined);
            joined.EffectiveOn.ShouldBe(staff.JoinedOn);
            staff.JoinedOn.ShouldBeGreaterThanOrEqualTo(schools[staff.SchoolId].FoundedOn);
            history.Count(e => e.Kind == StaffEventKind.Joined).ShouldBe(1);
            history.ShouldAllBe(e => e.EffectiveOn >= staff.JoinedOn && e.EffectiveOn <= Today);
            var state = joined.NewValue.Split('；');
            state[0].ShouldBe(schools[staff.SchoolId].Name);
            LastValue(history, StaffEventKind.TitleChanged, state[1]).ShouldBe(StageNames.Of(staff.Title));
            LastValue(history, StaffEventKind.KeyTeacherLevelChanged, state[2]).ShouldBe(StageNames.Of(staff.KeyTeacherLevel));
        }

        District.StaffEvents.Where(e => e.Kind == StaffEventKind.TitleChanged).ShouldContain(e => e.OldValue == "一级" && e.NewValue == "高级");
        District.StaffEvents.Where(e => e.Kind == StaffEventKind.KeyTeacherLevelChanged).ShouldContain(e => e.OldValue == "区级骨干" && e.NewValue == "市级骨干");
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => (double)items.Count(predicate) / items.Count;

    private static string LastValue(IEnumerable<StaffEvent> history, StaffEventKind kind, string whenJoined) =>
        history.Where(e => e.Kind == kind).OrderBy(e => e.EffectiveOn).Select(e => e.NewValue).LastOrDefault() ?? whenJoined;

    private static IEnumerable<Guid> AllIds(DemoDistrict d) =>
        new[] { d.Bureau.Id }
            .Concat(d.Departments.Select(x => x.Id)).Concat(d.Zones.Select(x => x.Id)).Concat(d.Groups.Select(x => x.Id))
            .Concat(d.Schools.Select(x => x.Id)).Concat(d.Campuses.Select(x => x.Id)).Concat(d.Classes.Select(x => x.Id))
            .Concat(d.Students.Select(x => x.Id)).Concat(d.Guardians.Select(x => x.Id)).Concat(d.Staff.Select(x => x.Id))
            .Concat(d.StaffEvents.Select(x => x.Id));

    /// <summary>Every generated value except ciphertexts, whose AES-GCM nonces are random.</summary>
    private static List<string> Fingerprint(DemoDistrict d) =>
    [
        $"{d.Bureau.Id}|{d.Bureau.Name}|{d.Bureau.Phone}",
        .. d.Departments.Select(x => $"{x.Id}|{x.Name}|{x.SortOrder}"),
        .. d.Zones.Select(x => $"{x.Id}|{x.Name}|{x.Description}"),
        .. d.Groups.Select(x => $"{x.Id}|{x.Name}|{x.LeadSchoolId}|{x.FoundedOn}"),
        .. d.Schools.Select(x => $"{x.Id}|{x.Code}|{x.Name}|{x.Type}|{x.Ownership}|{x.ZoneId}|{x.GroupId}|{x.Principal}|{x.Phone}|{x.FoundedOn}"),
        .. d.Campuses.Select(x => $"{x.Id}|{x.SchoolId}|{x.Name}|{x.Address}|{x.Latitude}|{x.Longitude}|{x.IsMain}"),
        .. d.Classes.Select(x => $"{x.Id}|{x.SchoolId}|{x.CampusId}|{x.Grade}|{x.Number}|{x.EntryYear}|{x.ClassSizeCap}|{x.HeadTeacher}"),
        .. d.Students.Select(x => $"{x.Id}|{x.Name}|{x.Sex}|{x.BirthDate}|{x.IdNumberLookup}|{x.IdNumberMasked}|{x.NationalStudentNumberMasked}|{x.HukouRegionCode}|{x.HomeAddressMasked}|{x.SchoolId}|{x.ClassId}|{x.Grade}|{x.EnrolledOn}"),
        .. d.Guardians.Select(x => $"{x.Id}|{x.StudentId}|{x.Name}|{x.Relation}|{x.PhoneLookup}|{x.PhoneMasked}"),
        .. d.Staff.Select(x => $"{x.Id}|{x.Name}|{x.Sex}|{x.BirthDate}|{x.IdNumberLookup}|{x.IdNumberMasked}|{x.PhoneMasked}|{x.Education}|{x.TeacherQualification}|{x.Title}|{x.KeyTeacherLevel}|{x.Subject}|{x.SchoolId}|{x.JoinedOn}"),
        .. d.StaffEvents.Select(x => $"{x.Id}|{x.StaffId}|{x.Kind}|{x.EffectiveOn}|{x.OldValue}|{x.NewValue}|{x.Note}"),
    ];
}
