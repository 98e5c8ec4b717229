namespace EduGov.Matching;

/// <summary>The outcome of one round: for every student the school (index) and the choice that placed them, or <see cref="Unplaced"/>.</summary>
public sealed class Assignment
{
    /// <summary>The school index of a student left without a seat.</summary>
    public const int Unplaced = -1;

    private readonly int[] schoolOf;
    private readonly int[] choiceOf;

    internal Assignment(int[] schoolOf, int[] choiceOf, long applicationsConsidered)
    {
        this.schoolOf = schoolOf;
        this.choiceOf = choiceOf;
        ApplicationsConsidered = applicationsConsidered;
        foreach (var school in schoolOf)
        {
            if (school != Unplaced)
            {
                PlacedCount++;
            }
        }
    }

    public int StudentCount => schoolOf.Length;

    public int PlacedCount { get; }

    public int UnplacedCount => StudentCount - PlacedCount;

    /// <summary>How many (student, school) applications the mechanism looked at (proposals, for deferred acceptance).</summary>
    public long ApplicationsConsidered { get; }

    /// <summary>The school of every student, <see cref="Unplaced"/> for none.</summary>
    public ReadOnlySpan<int> Schools => schoolOf;

    /// <summary>The school a student is placed at, or <see cref="Unplaced"/>.</summary>
    public int SchoolOf(int student) => schoolOf[student];

    /// <summary>Which of the student's choices placed them (0 = first choice), or −1 when unplaced.</summary>
    public int ChoiceOf(int student) => choiceOf[student];

    public bool IsPlaced(int student) => schoolOf[student] != Unplaced;

    /// <summary>The number of students placed at each school.</summary>
    public int[] CountBySchool(int schoolCount)
    {
        var counts = new int[schoolCount];
        foreach (var school in schoolOf)
        {
            if (school != Unplaced)
            {
                counts[school]++;
            }
        }

        return counts;
    }

    internal int[] SchoolArray => schoolOf;

    internal int[] ChoiceArray => choiceOf;
}
