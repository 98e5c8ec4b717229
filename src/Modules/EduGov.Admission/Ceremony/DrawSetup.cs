using System.Globalization;
using System.Text;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Matching;

namespace EduGov.Admission.Ceremony;

/// <summary>One verified application as the draw sees it: its token and the facts that decide its choices and priority.</summary>
internal sealed record DrawApplicant(
    Guid Id, string Token, ApplicationKind Kind, Guid? CatchmentSchoolId, int? CategoryOrder, string CategoryName, DateOnly? HukouSince, IReadOnlyList<Guid> Choices);

/// <summary>A school of the round: its code (the published school_id), seats, and whether overflow may place children there.</summary>
internal sealed record DrawSchool(Guid Id, string Code, string Name, int Seats, bool IsPublic, Guid? ZoneId);

internal sealed record DrawPolicy(AssignmentMechanism Mechanism, TieBreakKind TieBreak, bool OrderBySeniority)
{
    public static DrawPolicy Of(AdmissionRound round) => new(round.Mechanism, round.TieBreak, round.OrderBySeniority);

    public Mechanism MatchingMechanism => Mechanism == AssignmentMechanism.ChoiceByChoice ? Matching.Mechanism.ChoiceByChoice : Matching.Mechanism.DeferredAcceptance;

    /// <summary>The options of <c>edugov admission match</c> that re-run this draw.</summary>
    public string CliOptions => $"--tie-break {(TieBreak == TieBreakKind.PerSchool ? "multiple" : "single")} --mechanism {(Mechanism == AssignmentMechanism.ChoiceByChoice ? "sequential" : "da")}";
}

/// <summary>The applicants of one lottery pool: a public school × a category, or a private school (everyone who listed it).</summary>
internal sealed record PoolMembers(string Key, int School, bool Public, int? Category, string CategoryName, IReadOnlyList<int> Students);

/// <summary>
/// The frozen inputs of a draw, exactly as published: students in code-point order of their tokens, schools in code-point
/// order of their codes, and every student's list as (school, priority). A public applicant lists their catchment school
/// with the priority of <see cref="PriorityRanking"/>; a private applicant lists their choices in order, each with priority 1.
/// </summary>
internal sealed class DrawSetup
{
    private readonly Dictionary<Guid, int> _schoolIndex;

    private DrawSetup(DrawApplicant[] students, DrawSchool[] schools, int[] starts, int[] choiceSchools, int[] priorities, DrawPolicy policy)
    {
        Students = students;
        Schools = schools;
        Starts = starts;
        ChoiceSchools = choiceSchools;
        Priorities = priorities;
        Policy = policy;
        _schoolIndex = schools.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Catchment = [.. students.Select(s => s.CatchmentSchoolId is { } id && _schoolIndex.TryGetValue(id, out var i) ? i : -1)];
    }

    public IReadOnlyList<DrawApplicant> Students { get; }

    public IReadOnlyList<DrawSchool> Schools { get; }

    /// <summary>The choices of student i are at <c>Starts[i] … Starts[i+1]−1</c>, first choice first.</summary>
    public int[] Starts { get; }

    public int[] ChoiceSchools { get; }

    public int[] Priorities { get; }

    /// <summary>Each student's catchment school index, −1 when none.</summary>
    public int[] Catchment { get; }

    public DrawPolicy Policy { get; }

    public static DrawSetup Create(IEnumerable<DrawApplicant> applicants, IEnumerable<DrawSchool> schools, DrawPolicy policy)
    {
        var students = applicants.OrderBy(a => a.Token, CodePointOrder.Instance).ToArray();
        var schoolArray = schools.OrderBy(s => s.Code, CodePointOrder.Instance).ToArray();
        var index = schoolArray.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var publicPriority = PublicPriorities(students, index, policy.OrderBySeniority);
        var starts = new int[students.Length + 1];
        var choiceSchools = new List<int>();
        var priorities = new List<int>();
        for (var i = 0; i < students.Length; i++)
        {
            foreach (var (school, priority) in ChoicesOf(students[i], i, index, publicPriority))
            {
                choiceSchools.Add(school);
                priorities.Add(priority);
            }

            starts[i + 1] = choiceSchools.Count;
        }

        return new DrawSetup(students, schoolArray, starts, [.. choiceSchools], [.. priorities], policy);
    }

    public int StudentCount => Students.Count;

    public int IndexOf(Guid schoolId) => _schoolIndex.TryGetValue(schoolId, out var i) ? i : -1;

    public ReadOnlySpan<int> SchoolsOf(int student) => ChoiceSchools.AsSpan(Starts[student], Starts[student + 1] - Starts[student]);

    public ReadOnlySpan<int> PrioritiesOf(int student) => Priorities.AsSpan(Starts[student], Starts[student + 1] - Starts[student]);

    public LotteryManifest Manifest() => LotteryManifest.Create(Students.Select(s => s.Token));

    /// <summary>Every pool, in school-code then category order.</summary>
    public IReadOnlyList<PoolMembers> Pools()
    {
        var publicPools = Enumerable.Range(0, StudentCount)
            .Where(i => Students[i].Kind == ApplicationKind.Public && Catchment[i] >= 0)
            .GroupBy(i => (School: Catchment[i], Students[i].CategoryOrder))
            .Select(g => new PoolMembers(PoolKey(g.Key.School, g.Key.CategoryOrder ?? 0), g.Key.School, true, g.Key.CategoryOrder, Students[g.First()].CategoryName, [.. g]));
        var privatePools = Enumerable.Range(0, StudentCount)
            .Where(i => Students[i].Kind == ApplicationKind.Private)
            .SelectMany(i => SchoolsOf(i).ToArray().Select(school => (School: school, Student: i)))
            .GroupBy(x => x.School)
            .Select(g => new PoolMembers(PoolKey(g.Key, null), g.Key, false, null, "", [.. g.Select(x => x.Student)]));
        return [.. publicPools.Concat(privatePools).OrderBy(p => p.School).ThenByDescending(p => p.Public).ThenBy(p => p.Category ?? int.MaxValue)];
    }

    /// <summary>The key of the pool in which <paramref name="student"/> applied to <paramref name="school"/>.</summary>
    public string PoolKeyOf(int student, int school) =>
        Students[student].Kind == ApplicationKind.Public ? PoolKey(school, Students[student].CategoryOrder ?? 0) : PoolKey(school, null);

    /// <summary>schools.csv of <c>edugov admission match</c>, with the school name as an extra column.</summary>
    public string SchoolsCsv()
    {
        var text = new StringBuilder("school_id,capacity,name\n");
        foreach (var school in Schools)
        {
            text.Append(Csv(school.Code)).Append(',').Append(school.Seats.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(school.Name)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>applications.csv of <c>edugov admission match</c>: one row per choice, students in token order.</summary>
    public string ApplicationsCsv()
    {
        var text = new StringBuilder("student_id,rank,school_id,priority\n");
        for (var i = 0; i < StudentCount; i++)
        {
            for (var p = Starts[i]; p < Starts[i + 1]; p++)
            {
                text.Append(Csv(Students[i].Token)).Append(',').Append((p - Starts[i]).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Csv(Schools[ChoiceSchools[p]].Code)).Append(',').Append(Priorities[p].ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    public string PoolKey(int school, int? category) =>
        category is { } c ? $"{Schools[school].Code}-{c.ToString(CultureInfo.InvariantCulture)}" : Schools[school].Code;

    /// <summary>RFC 4180: quoted only where needed, as the CLI and Python's csv module write.</summary>
    public static string Csv(string value) =>
        value.AsSpan().ContainsAny(",\"\r\n") ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static IEnumerable<(int School, int Priority)> ChoicesOf(DrawApplicant applicant, int student, Dictionary<Guid, int> index, Dictionary<int, int> publicPriority)
    {
        if (applicant.Kind == ApplicationKind.Public)
        {
            return applicant.CatchmentSchoolId is { } catchment && index.TryGetValue(catchment, out var school) ? [(school, publicPriority[student])] : [];
        }

        return applicant.Choices.Distinct().Where(index.ContainsKey).Select(id => (index[id], 1));
    }

    /// <summary>The priority of every public applicant with a catchment school, ranked among that school's applicants.</summary>
    private static Dictionary<int, int> PublicPriorities(DrawApplicant[] students, Dictionary<Guid, int> index, bool bySeniority)
    {
        var priorities = new Dictionary<int, int>();
        var bySchool = Enumerable.Range(0, students.Length)
            .Where(i => students[i].Kind == ApplicationKind.Public && students[i].CatchmentSchoolId is { } id && index.ContainsKey(id))
            .GroupBy(i => students[i].CatchmentSchoolId!.Value);
        foreach (var school in bySchool)
        {
            var members = school.ToArray();
            var ranks = PriorityRanking.DenseRanks([.. members.Select(i => new PriorityRanking.Facts(students[i].CategoryOrder, students[i].HukouSince))], bySeniority);
            for (var k = 0; k < members.Length; k++)
            {
                priorities[members[k]] = ranks[k];
            }
        }

        return priorities;
    }
}
