using System.Runtime.CompilerServices;

namespace EduGov.Matching;

/// <summary>
/// Builds a <see cref="MatchingInstance"/> from schools' seats, students' lists with their priority category at each listed
/// school, and a <see cref="TieBreak"/>; computes the <see cref="AdmissionKey"/> of every application.
/// </summary>
public sealed class MatchingInstanceBuilder
{
    private readonly int[] capacities;
    private readonly int[] seen;
    private readonly List<int> starts = [0];
    private readonly List<int> schools = [];
    private readonly List<int> priorities = [];
    private int stamp;

    public MatchingInstanceBuilder(IEnumerable<int> capacities)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        this.capacities = [.. capacities];
        if (Array.Exists(this.capacities, c => c < 0))
        {
            throw new ArgumentException("Capacities must not be negative.", nameof(capacities));
        }

        seen = new int[this.capacities.Length];
    }

    public int StudentCount => starts.Count - 1;

    public int SchoolCount => capacities.Length;

    /// <summary>Adds the next student (index <see cref="StudentCount"/>) with their list, first choice first; returns the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AddStudent(params ReadOnlySpan<Choice> choices)
    {
        var student = StudentCount;
        stamp++;
        foreach (var choice in choices)
        {
            MatchingInstance.CheckChoice(choice.School, capacities.Length, seen, stamp, student);
            if (choice.Priority < 0)
            {
                throw new ArgumentException($"Student {student} has a negative priority at school {choice.School}.", nameof(choices));
            }
        }

        foreach (var choice in choices)
        {
            schools.Add(choice.School);
            priorities.Add(choice.Priority);
        }

        starts.Add(schools.Count);
        return student;
    }

    /// <summary>The instance, with every key = (priority, position in <paramref name="tieBreak"/>'s order at that school).</summary>
    public MatchingInstance Build(TieBreak tieBreak)
    {
        ArgumentNullException.ThrowIfNull(tieBreak);
        var startArray = starts.ToArray();
        var schoolArray = schools.ToArray();
        var keys = KeyBuilder.Build(capacities.Length, startArray, schoolArray, priorities.ToArray(), null, tieBreak);
        return new MatchingInstance((int[])capacities.Clone(), startArray, schoolArray, keys);
    }
}

/// <summary>Turns priorities (and, for overflow rounds, distances) plus a tie-break order into strict per-school keys.</summary>
internal static class KeyBuilder
{
    /// <summary>
    /// Key of application p = (priorities[p], position), where the position orders the school's applicants by
    /// (priority, distance when given, tie-break, student index). With single tie-breaking and no distances the position is
    /// simply the student's rank, which orders every school's applicants the same way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AdmissionKey[] Build(int schoolCount, int[] starts, int[] schools, int[] priorities, double[]? distances, TieBreak tieBreakOrder)
    {
        var n = starts.Length - 1;
        var keys = new AdmissionKey[schools.Length];
        var studentOf = new int[schools.Length];
        for (var i = 0; i < n; i++)
        {
            for (var p = starts[i]; p < starts[i + 1]; p++)
            {
                studentOf[p] = i;
            }
        }

        var tieBreak = tieBreakOrder.Prepare(n, schools, studentOf);
        if (distances is null && tieBreak.Ranks is { } ranks)
        {
            for (var p = 0; p < schools.Length; p++)
            {
                keys[p] = new AdmissionKey(priorities[p], ranks[studentOf[p]]);
            }

            return keys;
        }

        // Group applications by school (counting sort), then sort each school's group.
        var groupStart = new int[schoolCount + 1];
        foreach (var s in schools)
        {
            groupStart[s + 1]++;
        }

        for (var s = 0; s < schoolCount; s++)
        {
            groupStart[s + 1] += groupStart[s];
        }

        var fill = (int[])groupStart.Clone();
        var grouped = new int[schools.Length];
        for (var p = 0; p < schools.Length; p++)
        {
            grouped[fill[schools[p]]++] = p;
        }

        var order = new ApplicationOrder(studentOf, priorities, distances, tieBreak);
        for (var s = 0; s < schoolCount; s++)
        {
            var group = grouped.AsSpan(groupStart[s], groupStart[s + 1] - groupStart[s]);
            if (!tieBreak.TrySortSchool(group, priorities, distances, studentOf))
            {
                order.School = s;
                group.Sort(order);
            }

            for (var position = 0; position < group.Length; position++)
            {
                keys[group[position]] = new AdmissionKey(priorities[group[position]], position);
            }
        }

        return keys;
    }

    private sealed class ApplicationOrder(int[] studentOf, int[] priorities, double[]? distances, PreparedTieBreak tieBreak) : IComparer<int>
    {
        public int School { get; set; }

        public int Compare(int x, int y)
        {
            var c = priorities[x].CompareTo(priorities[y]);
            if (c == 0 && distances is not null)
            {
                c = distances[x].CompareTo(distances[y]);
            }

            if (c == 0)
            {
                c = tieBreak.Compare(School, x, y);
            }

            return c != 0 ? c : studentOf[x].CompareTo(studentOf[y]);
        }
    }
}
