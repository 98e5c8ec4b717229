namespace EduGov.Matching;

/// <summary>What the overflow round (统筹安排) needs besides the main round's instance and outcome.</summary>
public sealed class OverflowOptions
{
    /// <summary>Distance from a student's home to a school, (student, school) → any unit (metres, minutes of walking); finite, ≥ 0.</summary>
    public required Func<int, int, double> Distance { get; init; }

    /// <summary>The tie-break order among overflow applicants at the same distance (the round's lottery numbers).</summary>
    public required TieBreak TieBreak { get; init; }

    /// <summary>
    /// The student's priority category at an overflow school, (student, school) → category (lower is better, ≥ 0). Null: every
    /// overflow applicant has category 1, so schools order them by distance, then by the tie-break.
    /// </summary>
    public Func<int, int, int>? Priority { get; init; }

    /// <summary>How many of the nearest schools with free seats each unplaced student gets as choices; all of them by default.</summary>
    public int MaxChoices { get; init; } = int.MaxValue;

    /// <summary>The mechanism run on the residual seats.</summary>
    public Mechanism Mechanism { get; init; } = Mechanism.DeferredAcceptance;
}

/// <summary>The overflow round: its own instance (residual seats, generated lists) and outcome, and the combined outcome.</summary>
public sealed class OverflowResult
{
    internal OverflowResult(MatchingInstance instance, Assignment round, Assignment combined)
    {
        Instance = instance;
        Round = round;
        Combined = combined;
    }

    /// <summary>
    /// The round's instance: same student and school indices as the main round, capacities = seats left after the main round,
    /// lists = nearest schools with free seats (empty for students placed in the main round).
    /// </summary>
    public MatchingInstance Instance { get; }

    /// <summary>The placements made in the overflow round only.</summary>
    public Assignment Round { get; }

    /// <summary>Main-round placements plus overflow placements; <see cref="Assignment.ChoiceOf"/> refers to the list of the round that placed the student.</summary>
    public Assignment Combined { get; }

    /// <summary>True when the student was placed by the overflow round.</summary>
    public bool PlacedInOverflow(int student) => Round.IsPlaced(student);
}

/// <summary>
/// Overflow placement (统筹安排): every student the main round left unplaced — including students who listed no school — gets as
/// choices the nearest schools that still have free seats, ordered by distance (equal distances by school index); each such
/// school orders these applicants by (priority category, distance, tie-break); then the chosen mechanism runs on the
/// residual seats. Reproducible: the same inputs give the same placements.
/// </summary>
public static class OverflowPlacement
{
    public static OverflowResult Run(MatchingInstance instance, Assignment mainRound, OverflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(mainRound);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxChoices);
        if (mainRound.StudentCount != instance.StudentCount)
        {
            throw new ArgumentException("The main round's assignment does not belong to this instance.", nameof(mainRound));
        }

        var m = instance.SchoolCount;
        var n = instance.StudentCount;
        var residual = mainRound.CountBySchool(m);
        for (var s = 0; s < m; s++)
        {
            residual[s] = instance.Capacity(s) - residual[s];
            if (residual[s] < 0)
            {
                throw new ArgumentException($"School {s} holds more students than it has seats.", nameof(mainRound));
            }
        }

        var open = Enumerable.Range(0, m).Where(s => residual[s] > 0).ToArray();
        var listLength = Math.Min(open.Length, options.MaxChoices);
        var starts = new int[n + 1];
        var schools = new List<int>();
        var priorities = new List<int>();
        var distances = new List<double>();
        var nearest = new (double Distance, int School)[open.Length];
        for (var student = 0; student < n; student++)
        {
            if (!mainRound.IsPlaced(student) && listLength > 0)
            {
                for (var k = 0; k < open.Length; k++)
                {
                    var d = options.Distance(student, open[k]);
                    if (!double.IsFinite(d) || d < 0)
                    {
                        throw new ArgumentException($"The distance from student {student} to school {open[k]} is {d}; it must be finite and ≥ 0.", nameof(options));
                    }

                    nearest[k] = (d, open[k]);
                }

                Array.Sort(nearest);
                for (var k = 0; k < listLength; k++)
                {
                    var school = nearest[k].School;
                    var priority = options.Priority?.Invoke(student, school) ?? 1;
                    if (priority < 0)
                    {
                        throw new ArgumentException($"The overflow priority of student {student} at school {school} is negative.", nameof(options));
                    }

                    schools.Add(school);
                    priorities.Add(priority);
                    distances.Add(nearest[k].Distance);
                }
            }

            starts[student + 1] = schools.Count;
        }

        var schoolArray = schools.ToArray();
        var keys = KeyBuilder.Build(m, starts, schoolArray, priorities.ToArray(), distances.ToArray(), options.TieBreak);
        var overflow = new MatchingInstance(residual, starts, schoolArray, keys);
        var round = Matcher.Run(overflow, options.Mechanism);

        var schoolOf = (int[])mainRound.SchoolArray.Clone();
        var choiceOf = (int[])mainRound.ChoiceArray.Clone();
        for (var student = 0; student < n; student++)
        {
            if (round.IsPlaced(student))
            {
                schoolOf[student] = round.SchoolOf(student);
                choiceOf[student] = round.ChoiceOf(student);
            }
        }

        var combined = new Assignment(schoolOf, choiceOf, mainRound.ApplicationsConsidered + round.ApplicationsConsidered);
        return new OverflowResult(overflow, round, combined);
    }
}
