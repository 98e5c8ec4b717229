namespace EduGov.Matching;

/// <summary>Compares two students, lower first, in the tie-break order of one school (for example by lottery number).</summary>
/// <param name="school">The school whose order is asked for.</param>
/// <param name="student1">A student index.</param>
/// <param name="student2">Another student index.</param>
public delegate int SchoolTieBreakComparison(int school, int student1, int student2);

/// <summary>
/// The order that separates applicants of the same priority category at a school. With <c>Shared</c> (single tie-breaking)
/// every school uses the same order of students (one lottery number per child); with <c>PerSchool</c> (multiple tie-breaking)
/// each school has its own (one number per child and school). The library does not compute lottery numbers: the caller passes
/// them, or a comparison (EduGov.Lottery's numbers, in the CLI). Where two different students compare equal, the lower student
/// index comes first, so the outcome is always deterministic; index students in token order and that is "ties by token".
/// </summary>
public abstract class TieBreak
{
    private protected TieBreak()
    {
    }

    /// <summary>True when every school uses the same order of students.</summary>
    public abstract bool IsSingle { get; }

    /// <summary>Single tie-breaking by a comparison of students; the students are sorted by it once.</summary>
    public static TieBreak Shared(Comparison<int> studentOrder)
    {
        ArgumentNullException.ThrowIfNull(studentOrder);
        return new SharedOrder(studentOrder);
    }

    /// <summary>Single tie-breaking by one number per student, <paramref name="numbers"/>[student], smallest first.</summary>
    public static TieBreak Shared<TNumber>(IReadOnlyList<TNumber> numbers)
        where TNumber : IComparable<TNumber>
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return new SharedOrder((a, b) => numbers[a].CompareTo(numbers[b]));
    }

    /// <summary>Multiple tie-breaking by a comparison per school.</summary>
    public static TieBreak PerSchool(SchoolTieBreakComparison schoolOrder)
    {
        ArgumentNullException.ThrowIfNull(schoolOrder);
        return new PerSchoolOrder(schoolOrder);
    }

    /// <summary>
    /// Multiple tie-breaking by one number per student and school, <c>number(school, student)</c>, smallest first. The function
    /// is called once for every application when an instance is built.
    /// </summary>
    public static TieBreak PerSchool<TNumber>(Func<int, int, TNumber> number)
        where TNumber : IComparable<TNumber>
    {
        ArgumentNullException.ThrowIfNull(number);
        return new PerSchoolNumbers<TNumber>(number);
    }

    /// <summary>Fixes the order for the applications of one instance: application p is student <paramref name="studentOf"/>[p] at school <paramref name="schools"/>[p].</summary>
    internal abstract PreparedTieBreak Prepare(int studentCount, int[] schools, int[] studentOf);

    private sealed class SharedOrder(Comparison<int> order) : TieBreak
    {
        public override bool IsSingle => true;

        internal override PreparedTieBreak Prepare(int studentCount, int[] schools, int[] studentOf)
        {
            var students = new int[studentCount];
            for (var i = 0; i < studentCount; i++)
            {
                students[i] = i;
            }

            Array.Sort(students, (a, b) =>
            {
                var c = order(a, b);
                return c != 0 ? c : a.CompareTo(b);
            });
            var ranks = new int[studentCount];
            for (var r = 0; r < studentCount; r++)
            {
                ranks[students[r]] = r;
            }

            return new PreparedTieBreak.ByRank(ranks, studentOf);
        }
    }

    private sealed class PerSchoolOrder(SchoolTieBreakComparison order) : TieBreak
    {
        public override bool IsSingle => false;

        internal override PreparedTieBreak Prepare(int studentCount, int[] schools, int[] studentOf) => new PreparedTieBreak.ByComparison(order, studentOf);
    }

    private sealed class PerSchoolNumbers<TNumber>(Func<int, int, TNumber> number) : TieBreak
        where TNumber : IComparable<TNumber>
    {
        public override bool IsSingle => false;

        internal override PreparedTieBreak Prepare(int studentCount, int[] schools, int[] studentOf)
        {
            var numbers = new TNumber[schools.Length];
            for (var p = 0; p < schools.Length; p++)
            {
                numbers[p] = number(schools[p], studentOf[p]);
            }

            return new PreparedTieBreak.ByNumber<TNumber>(numbers);
        }
    }
}

/// <summary>A tie-break order ready for the applications of one instance: compares applications x and y at one school.</summary>
internal abstract class PreparedTieBreak
{
    /// <summary>Rank of each student in the single order; null with multiple tie-breaking.</summary>
    public virtual int[]? Ranks => null;

    /// <summary>Compares applications <paramref name="x"/> and <paramref name="y"/>, both at <paramref name="school"/>; 0 leaves it to the student index.</summary>
    public abstract int Compare(int school, int x, int y);

    /// <summary>
    /// Sorts one school's applications by (priority, distance when given, tie-break, student) when this order has a faster way
    /// than <see cref="Compare"/>; false leaves it to the caller.
    /// </summary>
    public virtual bool TrySortSchool(Span<int> group, int[] priorities, double[]? distances, int[] studentOf) => false;

    public sealed class ByRank(int[] ranks, int[] studentOf) : PreparedTieBreak
    {
        private readonly int[] ranks = ranks;

        public override int[]? Ranks => ranks;

        public override int Compare(int school, int x, int y) => ranks[studentOf[x]].CompareTo(ranks[studentOf[y]]);
    }

    public sealed class ByComparison(SchoolTieBreakComparison order, int[] studentOf) : PreparedTieBreak
    {
        public override int Compare(int school, int x, int y) => order(school, studentOf[x], studentOf[y]);
    }

    public sealed class ByNumber<TNumber>(TNumber[] numbers) : PreparedTieBreak
        where TNumber : IComparable<TNumber>
    {
        private Entry[] buffer = [];

        public override int Compare(int school, int x, int y) => numbers[x].CompareTo(numbers[y]);

        /// <summary>Sorts copies of the sort fields (no indirection per comparison), then writes the order back.</summary>
        public override bool TrySortSchool(Span<int> group, int[] priorities, double[]? distances, int[] studentOf)
        {
            if (buffer.Length < group.Length)
            {
                buffer = new Entry[Math.Max(group.Length, buffer.Length * 2)];
            }

            var entries = buffer.AsSpan(0, group.Length);
            for (var k = 0; k < group.Length; k++)
            {
                var p = group[k];
                entries[k] = new Entry(priorities[p], distances is null ? 0 : distances[p], numbers[p], studentOf[p], p);
            }

            entries.Sort(default(EntryOrder));
            for (var k = 0; k < group.Length; k++)
            {
                group[k] = entries[k].Application;
            }

            return true;
        }

        private readonly record struct Entry(int Priority, double Distance, TNumber Number, int Student, int Application);

        private readonly struct EntryOrder : IComparer<Entry>
        {
            public int Compare(Entry x, Entry y)
            {
                var c = x.Priority.CompareTo(y.Priority);
                if (c == 0)
                {
                    c = x.Distance.CompareTo(y.Distance);
                }

                if (c == 0)
                {
                    c = x.Number.CompareTo(y.Number);
                }

                return c != 0 ? c : x.Student.CompareTo(y.Student);
            }
        }
    }
}
