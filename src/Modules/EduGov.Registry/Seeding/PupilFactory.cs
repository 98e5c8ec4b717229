using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using EduGov.Standards;

namespace EduGov.Registry.Seeding;

/// <summary>Classes of a school and their pupils (学籍) with one or two guardians each.</summary>
internal sealed class PupilFactory(DemoRun run, DemoRows rows, IReadOnlyList<ZoneTemplate> zones)
{
    private const double MaleShare = 0.51;
    private const double HeldBackShare = 0.02;
    private const double PupilsFromPudong = 0.8;
    private const double PupilsFromShanghai = 0.06;
    private const double LivesInSchoolZone = 0.85;
    private const double TwoGuardians = 0.8;

    private static readonly GuardianRole Father = new("父亲", Sex.Male, 30, SharesSurname: true);
    private static readonly GuardianRole Mother = new("母亲", Sex.Female, 28, SharesSurname: false);

    private static readonly Weighted<GuardianRole> FirstGuardian = new(
    [
        (Mother, 52), (Father, 41),
        (new GuardianRole("祖父", Sex.Male, 58, SharesSurname: true), 2), (new GuardianRole("祖母", Sex.Female, 56, SharesSurname: false), 3),
        (new GuardianRole("外祖父", Sex.Male, 58, SharesSurname: false), 1), (new GuardianRole("外祖母", Sex.Female, 56, SharesSurname: false), 1),
    ]);

    public void AddClasses(SchoolPlan plan, IReadOnlyList<ClassPlan> classes, IReadOnlyList<Campus> campuses, IReadOnlyList<Staff> teachers)
    {
        var grades = StageNames.GradesOf(plan.School.Type);
        for (var i = 0; i < classes.Count; i++)
        {
            var planned = classes[i];
            var schoolClass = new SchoolClass
            {
                Id = run.NewId(),
                SchoolId = plan.School.Id,
                CampusId = CampusFor(campuses, grades, planned.Grade).Id,
                Grade = planned.Grade,
                Number = planned.Number,
                EntryYear = planned.EntryYear,
                ClassSizeCap = planned.Cap,
                HeadTeacher = teachers[i % teachers.Count].Name,
            };
            rows.Classes.Add(schoolClass);
            for (var seat = 0; seat < planned.Size; seat++)
            {
                AddPupil(plan, schoolClass);
            }
        }
    }

    /// <summary>With a second campus, the lower half of the grades is taught there.</summary>
    private static Campus CampusFor(IReadOnlyList<Campus> campuses, IReadOnlyList<int> grades, int grade) =>
        campuses.Count > 1 && grade - grades[0] < grades.Count / 2 ? campuses[1] : campuses[0];

    private void AddPupil(SchoolPlan plan, SchoolClass schoolClass)
    {
        var random = run.Random;
        var sex = random.Chance(MaleShare) ? Sex.Male : Sex.Female;
        var birthDate = BirthDate(schoolClass.Grade);
        var surname = ChineseNames.Surname(random);
        var idNumber = run.IdNumbers.Issue(PudongAtlas.HukouRegion(random, PupilsFromPudong, PupilsFromShanghai), birthDate, sex);
        var id = run.Protector.Protect(idNumber, Masking.IdNumber);
        var nationalNumber = run.Protector.Protect(NationalStudentNumber.FromIdNumber(idNumber), Masking.IdNumber);
        var home = random.Chance(LivesInSchoolZone) ? plan.Zone.Template : random.Pick(zones);
        var address = run.Protector.Protect(PudongAtlas.HomeAddress(random, home), Masking.Address);
        var student = new Student
        {
            Id = run.NewId(),
            Name = surname + ChineseNames.GivenName(random, sex, birthDate.Year),
            Sex = sex,
            BirthDate = birthDate,
            DocumentType = DocumentType.IdCard,
            IdNumberCipher = id.Cipher,
            IdNumberLookup = id.Lookup,
            IdNumberMasked = id.Masked,
            NationalStudentNumberCipher = nationalNumber.Cipher,
            NationalStudentNumberMasked = nationalNumber.Masked,
            HukouRegionCode = idNumber[..RegionCode.Length],
            HomeAddressCipher = address.Cipher,
            HomeAddressMasked = address.Masked,
            SchoolId = plan.School.Id,
            ClassId = schoolClass.Id,
            Grade = schoolClass.Grade,
            Status = StudentStatus.Enrolled,
            EnrolledOn = new DateOnly(schoolClass.EntryYear, 9, 1),
            CreatedAt = run.NowUtc,
        };
        rows.Students.Add(student);
        AddGuardians(student, surname);
    }

    /// <summary>
    /// School-age cut-off 31 August: grade g in the school year starting 1 Sep S is born 1 Sep (S−6−g) to 31 Aug (S−5−g),
    /// so 一年级 are 6 and 小班 3 on 1 September; a few pupils are a year older.
    /// </summary>
    private DateOnly BirthDate(int grade)
    {
        var year = run.SchoolYear - 6 - grade - (run.Random.Chance(HeldBackShare) ? 1 : 0);
        return run.Random.NextDate(new DateOnly(year, 9, 1), new DateOnly(year + 1, 8, 31));
    }

    private void AddGuardians(Student student, string surname)
    {
        var first = run.Random.Pick(FirstGuardian);
        AddGuardian(student, first, surname);
        if (run.Random.Chance(TwoGuardians))
        {
            AddGuardian(student, first == Father ? Mother : Father, surname);
        }
    }

    private void AddGuardian(Student student, GuardianRole role, string childSurname)
    {
        var random = run.Random;
        var birthYear = student.BirthDate.Year - role.YearsOlder + random.NextInt(-4, 5);
        var surname = role.SharesSurname ? childSurname : ChineseNames.Surname(random);
        var phone = run.Protector.Protect(PudongAtlas.MobilePhone(random), Masking.Phone);
        rows.Guardians.Add(new Guardian
        {
            Id = run.NewId(),
            StudentId = student.Id,
            Name = surname + ChineseNames.GivenName(random, role.Sex, birthYear),
            Relation = role.Relation,
            PhoneCipher = phone.Cipher,
            PhoneLookup = phone.Lookup,
            PhoneMasked = phone.Masked,
        });
    }

    /// <summary>A guardian relation, the guardian's sex, typical age gap to the child and whether they share the child's surname.</summary>
    private sealed record GuardianRole(string Relation, Sex Sex, int YearsOlder, bool SharesSurname);
}
