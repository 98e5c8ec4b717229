using CsCheck;
using EduGov.Matching;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Matching;

public sealed class ChoiceByChoiceTests
{
    private const int X = 0;
    private const int Y = 1;
    private const int Z = 2;

    private static TieBreak ByIndex => TieBreak.Shared((a, b) => a.CompareTo(b));

    [Fact]
    public void ChoiceByChoice_FirstChoiceApplicantKeepsSeatAgainstBetterKeyFromLaterRound()
    {
        // Student 0 (category 3) puts Y first and gets it in round 0; student 1 (category 1 at Y) loses X to student 2 in
        // round 0 and finds Y full in round 1. Deferred acceptance would give Y to student 1.
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(Y, 3));
        builder.AddStudent(new Choice(X, 2), new Choice(Y, 1));
        builder.AddStudent(new Choice(X, 1));
        var instance = builder.Build(ByIndex);

        var sequential = ChoiceByChoice.Run(instance);

        sequential.Schools.ToArray().ShouldBe([Y, Assignment.Unplaced, X]);
        DeferredAcceptance.Run(instance).Schools.ToArray().ShouldBe([Assignment.Unplaced, Y, X]);
    }

    [Fact]
    public void ChoiceByChoice_InOneRound_AdmitsByCategoryThenLottery()
    {
        var lottery = new long[] { 7, 3, 5, 1 };
        var builder = new MatchingInstanceBuilder([2]);
        builder.AddStudent(new Choice(X, 2));
        builder.AddStudent(new Choice(X, 2));
        builder.AddStudent(new Choice(X, 1));
        builder.AddStudent(new Choice(X, 2));

        var assignment = ChoiceByChoice.Run(builder.Build(TieBreak.Shared(lottery)));

        // Category 1 first (student 2), then the smallest lottery number in category 2 (student 3).
        assignment.Schools.ToArray().ShouldBe([Assignment.Unplaced, Assignment.Unplaced, X, X]);
    }

    [Fact]
    public void ChoiceByChoice_SecondRound_FillsOnlySeatsLeftAfterFirstRound()
    {
        // X: 1 seat, Y: 2 seats, Z: 1 seat. Round 0: X takes 0 (of 0, 1), Y takes 2, Z takes 4 (of 3, 4). Round 1: 1 and 3
        // apply to Y's one seat left, and 3 gets it by category.
        var builder = new MatchingInstanceBuilder([1, 2, 1]);
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 2));
        builder.AddStudent(new Choice(X, 2), new Choice(Y, 2));
        builder.AddStudent(new Choice(Y, 2));
        builder.AddStudent(new Choice(Z, 2), new Choice(Y, 1));
        builder.AddStudent(new Choice(Z, 1));

        var assignment = ChoiceByChoice.Run(builder.Build(ByIndex));

        assignment.Schools.ToArray().ShouldBe([X, Assignment.Unplaced, Y, Y, Z]);
        assignment.ChoiceOf(3).ShouldBe(1);
        assignment.ChoiceOf(2).ShouldBe(0);
    }

    [Fact]
    public void ChoiceByChoice_WhenRthChoiceIsFull_TriesTheNextChoiceInTheNextRound()
    {
        var builder = new MatchingInstanceBuilder([1, 0, 1]);
        builder.AddStudent(new Choice(X, 1));
        builder.AddStudent(new Choice(X, 2), new Choice(Y, 1), new Choice(Z, 1));

        var assignment = ChoiceByChoice.Run(builder.Build(ByIndex));

        assignment.Schools.ToArray().ShouldBe([X, Z]);
        assignment.ChoiceOf(1).ShouldBe(2);
        assignment.ApplicationsConsidered.ShouldBe(4);
    }

    [Fact]
    public void ChoiceByChoice_OnRandomInstances_FollowsTheRoundRules()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
        {
            var assignment = ChoiceByChoice.Run(c.Build());
            var schoolOf = MatchingChecks.Schools(assignment);
            MatchingChecks.RespectsListsAndCapacities(c, schoolOf);
            var admittedInRound = new List<int>[c.Schools, c.Schools + 1];
            for (var j = 0; j < c.Students; j++)
            {
                if (assignment.IsPlaced(j))
                {
                    c.Lists[j][assignment.ChoiceOf(j)].ShouldBe(schoolOf[j]);
                    (admittedInRound[schoolOf[j], assignment.ChoiceOf(j)] ??= []).Add(j);
                }
            }

            for (var i = 0; i < c.Students; i++)
            {
                var placedRound = assignment.IsPlaced(i) ? assignment.ChoiceOf(i) : int.MaxValue;
                for (var r = 0; r < Math.Min(placedRound, c.Lists[i].Length); r++)
                {
                    // The r-th choice turned the student down: by the end of round r it was full, and everyone it
                    // admitted in round r has a better key.
                    var s = c.Lists[i][r];
                    var admittedByRoundR = Enumerable.Range(0, r + 1).Sum(round => admittedInRound[s, round]?.Count ?? 0);
                    admittedByRoundR.ShouldBe(c.Capacities[s], $"student {i}, round {r}, school {s}");
                    foreach (var j in admittedInRound[s, r] ?? [])
                    {
                        c.SchoolPrefers(s, j, i).ShouldBeTrue($"school {s} admitted {j} over {i} in round {r}");
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void ChoiceByChoice_OnRandomInstances_SameInputGivesSameOutput()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
            ChoiceByChoice.Run(c.Build()).Schools.ToArray().ShouldBe(ChoiceByChoice.Run(c.Build()).Schools.ToArray()), iter: 200);
    }
}
