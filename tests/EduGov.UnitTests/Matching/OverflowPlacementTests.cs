using CsCheck;
using EduGov.Matching;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Matching;

public sealed class OverflowPlacementTests
{
    // Three schools on a line at 0, 10 and 20.
    private static readonly double[] SchoolAt = [0, 10, 20];

    private static TieBreak ByIndex => TieBreak.Shared((a, b) => a.CompareTo(b));

    private static OverflowOptions Options(double[] homes, int maxChoices = int.MaxValue, Func<int, int, int>? priority = null) => new()
    {
        Distance = (student, school) => Math.Abs(homes[student] - SchoolAt[school]),
        TieBreak = ByIndex,
        MaxChoices = maxChoices,
        Priority = priority,
    };

    [Fact]
    public void OverflowPlacement_WhenChildUnplaced_PlacesAtNearestSchoolWithFreeSeats()
    {
        // Both want school 0 (one seat); student 0 wins by category. Student 1 lives at 18: school 2 is nearest.
        var builder = new MatchingInstanceBuilder([1, 1, 1]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        var instance = builder.Build(ByIndex);
        var main = DeferredAcceptance.Run(instance);

        var overflow = OverflowPlacement.Run(instance, main, Options([1, 18]));

        overflow.Combined.Schools.ToArray().ShouldBe([0, 2]);
        overflow.PlacedInOverflow(0).ShouldBeFalse();
        overflow.PlacedInOverflow(1).ShouldBeTrue();
        overflow.Instance.SchoolsOf(1).ToArray().ShouldBe([2, 1]);
        overflow.Instance.SchoolsOf(0).Length.ShouldBe(0);
        overflow.Instance.Capacity(0).ShouldBe(0);
        overflow.Combined.ChoiceOf(1).ShouldBe(0);
    }

    [Fact]
    public void OverflowPlacement_WhenTwoCompeteForLastSeat_CloserChildWins()
    {
        // School 1 (at 10) is the only school with a seat left; student 1 lives at 12, student 2 at 4.
        var builder = new MatchingInstanceBuilder([1, 1, 0]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 3));
        var instance = builder.Build(ByIndex);

        var overflow = OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), Options([0, 12, 4]));

        overflow.Combined.Schools.ToArray().ShouldBe([0, 1, Assignment.Unplaced]);
        overflow.Instance.KeysOf(1)[0].ShouldBe(new AdmissionKey(1, 0));
        overflow.Instance.KeysOf(2)[0].ShouldBe(new AdmissionKey(1, 1));
    }

    [Fact]
    public void OverflowPlacement_WithPriority_CategoryBeatsDistance()
    {
        var builder = new MatchingInstanceBuilder([1, 1, 0]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 3));
        var instance = builder.Build(ByIndex);

        var overflow = OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), Options([0, 12, 4], priority: (student, _) => student == 2 ? 1 : 2));

        overflow.Combined.Schools.ToArray().ShouldBe([0, Assignment.Unplaced, 1]);
    }

    [Fact]
    public void OverflowPlacement_WithMaxChoices_ListsOnlyTheNearest()
    {
        // Students 1 (at 9) and 2 (at 11) each get only the nearest free school, school 1, at the same distance; the
        // tie-break gives its seat to student 1 and student 2 is not offered school 2.
        var builder = new MatchingInstanceBuilder([1, 1, 1]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 2));
        var instance = builder.Build(ByIndex);

        var overflow = OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), Options([0, 9, 11], maxChoices: 1));

        overflow.Instance.SchoolsOf(1).ToArray().ShouldBe([1]);
        overflow.Instance.SchoolsOf(2).ToArray().ShouldBe([1]);
        overflow.Combined.Schools.ToArray().ShouldBe([0, 1, Assignment.Unplaced]);
    }

    [Fact]
    public void OverflowPlacement_WhenChildListedNoSchool_StillGetsASeat()
    {
        var builder = new MatchingInstanceBuilder([1, 1, 1]);
        builder.AddStudent();
        var instance = builder.Build(ByIndex);

        var overflow = OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), Options([14]));

        overflow.Combined.Schools.ToArray().ShouldBe([1]);
    }

    [Fact]
    public void OverflowPlacement_WithChoiceByChoice_RunsTheSequentialMechanism()
    {
        // Student 1 (at 12) lists 1 then 2; student 2 (at 9) too. Both want school 1 in round 0, student 2 is closer.
        var builder = new MatchingInstanceBuilder([1, 1, 1]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 2));
        var instance = builder.Build(ByIndex);
        var options = Options([0, 12, 9]);

        var overflow = OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), new OverflowOptions
        {
            Distance = options.Distance,
            TieBreak = options.TieBreak,
            Mechanism = Mechanism.ChoiceByChoice,
        });

        overflow.Combined.Schools.ToArray().ShouldBe([0, 2, 1]);
        overflow.Round.ChoiceOf(1).ShouldBe(1);
    }

    [Fact]
    public void OverflowPlacement_WhenDistanceIsNotANumber_Throws()
    {
        var builder = new MatchingInstanceBuilder([0, 1]);
        builder.AddStudent(new Choice(0, 1));
        var instance = builder.Build(ByIndex);

        Should.Throw<ArgumentException>(() => OverflowPlacement.Run(instance, DeferredAcceptance.Run(instance), new OverflowOptions
        {
            Distance = (_, _) => double.NaN,
            TieBreak = ByIndex,
        }));
    }

    [Fact]
    public void OverflowPlacement_OnRandomInstances_FillsFreeSeatsWithinCapacity()
    {
        var cases =
            from c in MatchingCase.Generator(maxStudents: 30, maxSchools: 5, maxCapacity: 8)
            from homes in Gen.Int[0, 100].Array[c.Students]
            from places in Gen.Int[0, 100].Array[c.Schools]
            select (c, homes, places);
        cases.Sample((c, homes, places) =>
        {
            var instance = c.Build();
            var main = DeferredAcceptance.Run(instance);
            var overflow = OverflowPlacement.Run(instance, main, new OverflowOptions
            {
                Distance = (student, school) => Math.Abs(homes[student] - places[school]),
                TieBreak = TieBreak.Shared((a, b) => c.Lottery[a].CompareTo(c.Lottery[b])),
            });

            var combined = overflow.Combined;
            var counts = combined.CountBySchool(c.Schools);
            Enumerable.Range(0, c.Schools).All(s => counts[s] <= c.Capacities[s]).ShouldBeTrue("a school is over capacity");
            Enumerable.Range(0, c.Students).Where(main.IsPlaced).All(i => combined.SchoolOf(i) == main.SchoolOf(i)).ShouldBeTrue("a main-round placement changed");
            var freeSeats = c.Capacities.Sum() - main.PlacedCount;
            combined.PlacedCount.ShouldBe(Math.Min(c.Students, main.PlacedCount + freeSeats));
        }, iter: 200);
    }
}
