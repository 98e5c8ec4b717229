namespace EduGov.Matching;

/// <summary>
/// One assignment problem in integer form: schools 0 … <see cref="SchoolCount"/>−1 with their seats, students
/// 0 … <see cref="StudentCount"/>−1 each with a list of schools in order of preference, and for every listed school the key by
/// which that school ranks the student (<see cref="AdmissionKey"/>, lower is better; equal keys at one school go to the lower
/// student index). Stored flat (compressed rows): the choices of student i are positions
/// <c>start(i) … start(i+1)−1</c> of one array of schools and one array of keys. Immutable; build it with
/// <see cref="MatchingInstanceBuilder"/> or, with precomputed keys, <see cref="Create"/>.
/// </summary>
public sealed class MatchingInstance
{
    private readonly int[] capacities;
    private readonly int[] starts;
    private readonly int[] schools;
    private readonly AdmissionKey[] keys;

    internal MatchingInstance(int[] capacities, int[] starts, int[] schools, AdmissionKey[] keys)
    {
        this.capacities = capacities;
        this.starts = starts;
        this.schools = schools;
        this.keys = keys;
    }

    public int StudentCount => starts.Length - 1;

    public int SchoolCount => capacities.Length;

    /// <summary>The number of (student, school) applications: the sum of the list lengths.</summary>
    public int ApplicationCount => schools.Length;

    /// <summary>The longest list.</summary>
    public int MaxChoices
    {
        get
        {
            var max = 0;
            for (var i = 0; i < StudentCount; i++)
            {
                max = Math.Max(max, starts[i + 1] - starts[i]);
            }

            return max;
        }
    }

    internal int[] Capacities => capacities;

    internal int[] Starts => starts;

    internal int[] Schools => schools;

    internal AdmissionKey[] Keys => keys;

    /// <summary>Seats of a school.</summary>
    public int Capacity(int school) => capacities[school];

    /// <summary>The schools a student listed, first choice first.</summary>
    public ReadOnlySpan<int> SchoolsOf(int student) => schools.AsSpan(starts[student], starts[student + 1] - starts[student]);

    /// <summary>The student's key at each school of <see cref="SchoolsOf"/>, in the same order.</summary>
    public ReadOnlySpan<AdmissionKey> KeysOf(int student) => keys.AsSpan(starts[student], starts[student + 1] - starts[student]);

    /// <summary>Where <paramref name="school"/> is in the student's list (0 = first choice), or −1 when it is not listed.</summary>
    public int ChoiceIndex(int student, int school) => SchoolsOf(student).IndexOf(school);

    /// <summary>
    /// An instance from precomputed keys, checked and copied. <paramref name="choiceStarts"/> has one entry per student plus a
    /// final one (0, then cumulative list lengths); <paramref name="choiceSchools"/> and <paramref name="keys"/> hold every list
    /// one after the other.
    /// </summary>
    public static MatchingInstance Create(ReadOnlySpan<int> capacities, ReadOnlySpan<int> choiceStarts, ReadOnlySpan<int> choiceSchools, ReadOnlySpan<AdmissionKey> keys)
    {
        foreach (var capacity in capacities)
        {
            if (capacity < 0)
            {
                throw new ArgumentException("Capacities must not be negative.", nameof(capacities));
            }
        }

        if (choiceStarts.Length == 0 || choiceStarts[0] != 0 || choiceStarts[^1] != choiceSchools.Length)
        {
            throw new ArgumentException("choiceStarts must start at 0 and end at the number of choices.", nameof(choiceStarts));
        }

        if (keys.Length != choiceSchools.Length)
        {
            throw new ArgumentException("There must be one key per choice.", nameof(keys));
        }

        var seen = new int[capacities.Length];
        for (var student = 0; student < choiceStarts.Length - 1; student++)
        {
            if (choiceStarts[student + 1] < choiceStarts[student])
            {
                throw new ArgumentException("choiceStarts must not decrease.", nameof(choiceStarts));
            }

            for (var p = choiceStarts[student]; p < choiceStarts[student + 1]; p++)
            {
                CheckChoice(choiceSchools[p], capacities.Length, seen, student + 1, student);
            }
        }

        return new MatchingInstance(capacities.ToArray(), choiceStarts.ToArray(), choiceSchools.ToArray(), keys.ToArray());
    }

    /// <summary>
    /// Checks the school index and that the student does not list it twice: <paramref name="seen"/>[school] holds the
    /// <paramref name="stamp"/> of the last list that named the school, and every list gets a new stamp.
    /// </summary>
    internal static void CheckChoice(int school, int schoolCount, int[] seen, int stamp, int student)
    {
        if ((uint)school >= (uint)schoolCount)
        {
            throw new ArgumentException($"Student {student} lists school {school}, which is not in 0…{schoolCount - 1}.");
        }

        if (seen[school] == stamp)
        {
            throw new ArgumentException($"Student {student} lists school {school} twice.");
        }

        seen[school] = stamp;
    }
}
