using System.Globalization;
using EduGov.Inspection.Domain;
using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Demo;

/// <summary>Demo inspectors, five schools each in zone order; the schools of demo school accounts go to the demo inspector account.</summary>
internal sealed class InspectorRoster
{
    private const int SchoolsEach = 5;
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private const string GivenNames = "建华明辉志强秀英丽娟文杰海燕国平晓东春梅伟民红霞";

    private static readonly string[] Backgrounds = ["退休校长", "在职副校长", "区教研员", "退休教师", "教育行政人员", "在职校长"];

    public List<Inspector> Inspectors { get; } = [];
    public List<Assignment> Assignments { get; } = [];

    /// <summary>The current responsible inspector of each school.</summary>
    public Dictionary<Guid, Guid> InspectorOfSchool { get; } = [];

    public static InspectorRoster Build(IReadOnlyList<SchoolRef> schools, IReadOnlyCollection<Guid> adminSchools, IReadOnlyList<Guid> inspectorAccounts, SeededRandom random, DateOnly today, DateTime now)
    {
        var roster = new InspectorRoster();
        var ordered = schools.OrderByDescending(s => adminSchools.Contains(s.Id)).ThenBy(s => s.ZoneId).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        var termStart = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        foreach (var (group, index) in ordered.Chunk(SchoolsEach).Select((g, i) => (g, i)))
        {
            var inspector = NewInspector(index, random, inspectorAccounts.ElementAtOrDefault(index), now);
            roster.Inspectors.Add(inspector);
            foreach (var school in group)
            {
                roster.Assignments.Add(new Assignment { InspectorId = inspector.Id, SchoolId = school.Id, From = termStart, Note = "学年初挂牌", AssignedByName = "督导室", AssignedAt = now });
                roster.InspectorOfSchool[school.Id] = inspector.Id;
            }
        }

        roster.AddEarlierTerms(termStart, random, now);
        return roster;
    }

    /// <summary>About one school in five had another inspector the year before: the assignment history.</summary>
    private void AddEarlierTerms(DateOnly termStart, SeededRandom random, DateTime now)
    {
        foreach (var (schoolId, inspectorId) in InspectorOfSchool.Where(_ => random.Chance(0.2)).ToList())
        {
            var previous = Inspectors[random.NextInt(Inspectors.Count)];
            if (previous.Id == inspectorId)
            {
                continue;
            }

            Assignments.Add(new Assignment
            {
                InspectorId = previous.Id, SchoolId = schoolId, From = termStart.AddYears(-1), Until = termStart.AddDays(-1), Note = "学年调整", AssignedByName = "督导室", AssignedAt = now,
            });
        }
    }

    private static Inspector NewInspector(int index, SeededRandom random, Guid account, DateTime now) => new()
    {
        Name = $"{random.PickChar(Surnames)}{random.PickChar(GivenNames)}{random.PickChar(GivenNames)}",
        Employment = random.Chance(0.3) ? InspectorEmployment.FullTime : InspectorEmployment.PartTime,
        Background = random.Pick(Backgrounds),
        Stages = random.Chance(0.7) ? "2,3" : random.Chance(0.5) ? "2" : "3",
        CertificateNumber = string.Create(CultureInfo.InvariantCulture, $"督学证〔2025〕{index + 1:000}号"),
        Phone = $"021-5888{random.NextDigits(4)}",
        UserId = account == Guid.Empty ? null : account,
        CreatedAt = now,
    };
}
