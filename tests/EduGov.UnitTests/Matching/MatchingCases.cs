using CsCheck;
using EduGov.Matching;

namespace EduGov.UnitTests.Matching;

/// <summary>
/// A small assignment problem in plain form, for property tests: lists of school indices, the student's priority category at
/// each listed school, and lottery values (one per student, or one per student and school with multiple tie-breaking).
/// Lottery values may repeat so that the student-index fallback is exercised.
/// </summary>
internal sealed record MatchingCase(int[] Capacities, int[][] Lists, int[][] Priorities, int[] Lottery, int[][] SchoolLottery, bool Multiple)
{
    public int Students => Lists.Length;

    public int Schools => Capacities.Length;

    public MatchingInstance Build()
    {
        var builder = new MatchingInstanceBuilder(Capacities);
        for (var i = 0; i < Students; i++)
        {
            builder.AddStudent([.. Lists[i].Select((school, k) => new Choice(school, Priorities[i][k]))]);
        }

        return builder.Build(Multiple
            ? TieBreak.PerSchool((school, a, b) => SchoolLottery[a][school].CompareTo(SchoolLottery[b][school]))
            : TieBreak.Shared((a, b) => Lottery[a].CompareTo(Lottery[b])));
    }

    /// <summary>True when <paramref name="school"/> ranks student <paramref name="a"/> above <paramref name="b"/>, from the plain definition (not from the built keys).</summary>
    public bool SchoolPrefers(int school, int a, int b)
    {
        var c = PriorityAt(a, school).CompareTo(PriorityAt(b, school));
        if (c == 0)
        {
            c = Multiple ? SchoolLottery[a][school].CompareTo(SchoolLottery[b][school]) : Lottery[a].CompareTo(Lottery[b]);
        }

        return c != 0 ? c < 0 : a < b;
    }

    public int PriorityAt(int student, int school) => Priorities[student][Array.IndexOf(Lists[student], school)];

    /// <summary>The place of a school in the student's list; unplaced (−1) counts as after every listed school.</summary>
    public int RankOf(int student, int school) => school < 0 ? int.MaxValue : Array.IndexOf(Lists[student], school);

    public override string ToString() =>
        $"capacities [{string.Join(",", Capacities)}], {(Multiple ? "multiple" : "single")}; " +
        string.Join("; ", Lists.Select((list, i) =>
            $"{i}: [{string.Join(",", list.Select((s, k) => $"{s}p{Priorities[i][k]}"))}] lot {Lottery[i]}/[{string.Join(",", SchoolLottery[i])}]"));

    /// <summary>Cases with 0…<paramref name="maxStudents"/> students and 1…<paramref name="maxSchools"/> schools.</summary>
    public static Gen<MatchingCase> Generator(int maxStudents, int maxSchools, int maxCapacity, int maxPriority = 3) =>
        from m in Gen.Int[1, maxSchools]
        from n in Gen.Int[0, maxStudents]
        from capacities in Gen.Int[0, maxCapacity].Array[m]
        from students in Student(m, maxPriority).Array[n]
        from multiple in Gen.Bool
        select new MatchingCase(
            capacities,
            [.. students.Select(s => s.List)],
            [.. students.Select(s => s.Priorities)],
            [.. students.Select(s => s.Lottery)],
            [.. students.Select(s => s.SchoolLottery)],
            multiple);

    private static Gen<(int[] List, int[] Priorities, int Lottery, int[] SchoolLottery)> Student(int m, int maxPriority) =>
        from length in Gen.Int[0, m]
        from order in Gen.Int[0, 1000].Array[m]
        from priorities in Gen.Int[1, maxPriority].Array[m]
        from lottery in Gen.Int[0, 6]
        from schoolLottery in Gen.Int[0, 6].Array[m]
        let list = Enumerable.Range(0, m).OrderBy(s => order[s]).ThenBy(s => s).Take(length).ToArray()
        select (list, priorities[..length], lottery, schoolLottery);
}

/// <summary>Checks shared by the property tests.</summary>
internal static class MatchingChecks
{
    /// <summary>Every placed student is at a school on their list, and no school holds more students than seats.</summary>
    public static void RespectsListsAndCapacities(MatchingCase c, IReadOnlyList<int> schoolOf)
    {
        var counts = new int[c.Schools];
        for (var i = 0; i < c.Students; i++)
        {
            if (schoolOf[i] >= 0)
            {
                if (!c.Lists[i].Contains(schoolOf[i]))
                {
                    throw new InvalidOperationException($"student {i} placed at school {schoolOf[i]}, which is not on their list");
                }

                counts[schoolOf[i]]++;
            }
        }

        for (var s = 0; s < c.Schools; s++)
        {
            if (counts[s] > c.Capacities[s])
            {
                throw new InvalidOperationException($"school {s} holds {counts[s]} students for {c.Capacities[s]} seats");
            }
        }
    }

    /// <summary>
    /// The blocking pairs: student i and a school s that i lists above their placement, where s has a free seat or holds a
    /// student it ranks below i.
    /// </summary>
    public static List<(int Student, int School)> BlockingPairs(MatchingCase c, IReadOnlyList<int> schoolOf)
    {
        var pairs = new List<(int, int)>();
        var counts = new int[c.Schools];
        foreach (var s in schoolOf.Where(s => s >= 0))
        {
            counts[s]++;
        }

        for (var i = 0; i < c.Students; i++)
        {
            foreach (var s in c.Lists[i])
            {
                if (c.RankOf(i, s) >= c.RankOf(i, schoolOf[i]))
                {
                    break;
                }

                var worseHeld = Enumerable.Range(0, c.Students).Any(j => schoolOf[j] == s && c.SchoolPrefers(s, i, j));
                if (counts[s] < c.Capacities[s] || worseHeld)
                {
                    pairs.Add((i, s));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Brute force: every assignment of each student to a listed school or to none, kept when it respects the seats and has no
    /// blocking pair; returns the one every student likes at least as much as any other stable one, or null when none is.
    /// </summary>
    public static int[]? StudentOptimalStableByBruteForce(MatchingCase c)
    {
        var stable = new List<int[]>();
        var current = new int[c.Students];
        Enumerate(0);
        return stable.FirstOrDefault(best => stable.All(other =>
            Enumerable.Range(0, c.Students).All(i => c.RankOf(i, best[i]) <= c.RankOf(i, other[i]))));

        void Enumerate(int student)
        {
            if (student == c.Students)
            {
                var counts = new int[c.Schools];
                foreach (var s in current.Where(s => s >= 0))
                {
                    counts[s]++;
                }

                if (Enumerable.Range(0, c.Schools).All(s => counts[s] <= c.Capacities[s]) && BlockingPairs(c, current).Count == 0)
                {
                    stable.Add((int[])current.Clone());
                }

                return;
            }

            current[student] = Assignment.Unplaced;
            Enumerate(student + 1);
            foreach (var s in c.Lists[student])
            {
                current[student] = s;
                Enumerate(student + 1);
            }
        }
    }

    public static int[] Schools(Assignment assignment) => assignment.Schools.ToArray();
}
