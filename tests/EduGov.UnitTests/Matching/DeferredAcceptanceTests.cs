using CsCheck;
using EduGov.Matching;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Matching;

public sealed class DeferredAcceptanceTests
{
    private const int X = 0;
    private const int Y = 1;

    [Fact]
    public void DeferredAcceptance_WhenSeatsExceedApplicants_PlacesEveryone()
    {
        var builder = new MatchingInstanceBuilder([3, 3]);
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 2));
        builder.AddStudent(new Choice(X, 3));
        builder.AddStudent(new Choice(Y, 1), new Choice(X, 1));
        var instance = builder.Build(TieBreak.Shared((a, b) => a.CompareTo(b)));

        var assignment = DeferredAcceptance.Run(instance);

        assignment.Schools.ToArray().ShouldBe([X, X, Y]);
        Enumerable.Range(0, 3).Select(assignment.ChoiceOf).ShouldAllBe(choice => choice == 0);
        assignment.PlacedCount.ShouldBe(3);
        assignment.UnplacedCount.ShouldBe(0);
    }

    [Fact]
    public void DeferredAcceptance_WhenRejectedAtFirstChoice_DisplacesWorseKeyAtSecondChoice()
    {
        // X ranks student 2 above student 0; Y ranks student 0 above student 1 (by priority).
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(X, 2), new Choice(Y, 1));
        builder.AddStudent(new Choice(Y, 2));
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 3));
        var instance = builder.Build(TieBreak.Shared((a, b) => a.CompareTo(b)));

        var assignment = DeferredAcceptance.Run(instance);

        assignment.Schools.ToArray().ShouldBe([Y, Assignment.Unplaced, X]);
        assignment.ChoiceOf(0).ShouldBe(1);
        assignment.ChoiceOf(1).ShouldBe(-1);
        assignment.ApplicationsConsidered.ShouldBe(4);
    }

    [Fact]
    public void DeferredAcceptance_WithinACategory_OrdersByLotteryNotByListPosition()
    {
        // Three students of the same category want one seat; the lottery order is 2, 0, 1.
        var lottery = new long[] { 50, 90, 10 };
        var builder = new MatchingInstanceBuilder([1]);
        for (var i = 0; i < 3; i++)
        {
            builder.AddStudent(new Choice(X, 1));
        }

        var assignment = DeferredAcceptance.Run(builder.Build(TieBreak.Shared(lottery)));

        assignment.Schools.ToArray().ShouldBe([Assignment.Unplaced, Assignment.Unplaced, X]);
    }

    [Fact]
    public void DeferredAcceptance_WithMultipleTieBreaking_UsesEachSchoolsOwnOrder()
    {
        // Both students list X then Y, same category; X's lottery prefers 1, Y's prefers 0.
        var numbers = new[,] { { 9, 1 }, { 1, 9 } };
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 1));
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 1));

        var assignment = DeferredAcceptance.Run(builder.Build(TieBreak.PerSchool((s, a, b) => numbers[a, s].CompareTo(numbers[b, s]))));

        assignment.Schools.ToArray().ShouldBe([Y, X]);
    }

    [Fact]
    public void DeferredAcceptance_WhenSchoolHasNoSeats_RejectsEveryApplicant()
    {
        var builder = new MatchingInstanceBuilder([0, 1]);
        builder.AddStudent(new Choice(X, 1));
        builder.AddStudent(new Choice(X, 1), new Choice(Y, 1));
        builder.AddStudent();

        var assignment = DeferredAcceptance.Run(builder.Build(TieBreak.Shared((a, b) => a.CompareTo(b))));

        assignment.Schools.ToArray().ShouldBe([Assignment.Unplaced, Y, Assignment.Unplaced]);
    }

    [Fact]
    public void DeferredAcceptance_OnRandomInstances_PlacesOnlyAtListedSchoolsWithinCapacity()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
            MatchingChecks.RespectsListsAndCapacities(c, MatchingChecks.Schools(DeferredAcceptance.Run(c.Build()))), iter: 300);
    }

    [Fact]
    public void DeferredAcceptance_OnRandomInstances_LeavesNoBlockingPair()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
            MatchingChecks.BlockingPairs(c, MatchingChecks.Schools(DeferredAcceptance.Run(c.Build()))).ShouldBeEmpty(), iter: 300);
    }

    [Fact]
    public void DeferredAcceptance_OnRandomInstances_SameInputGivesSameOutput()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
        {
            var first = DeferredAcceptance.Run(c.Build());
            var second = DeferredAcceptance.Run(c.Build());

            second.Schools.ToArray().ShouldBe(first.Schools.ToArray());
            Enumerable.Range(0, c.Students).Select(second.ChoiceOf).ShouldBe(Enumerable.Range(0, c.Students).Select(first.ChoiceOf));
        }, iter: 200);
    }

    [Fact]
    public void DeferredAcceptance_OnSmallInstances_EqualsStudentOptimalStableMatchingByBruteForce()
    {
        MatchingCase.Generator(maxStudents: 5, maxSchools: 3, maxCapacity: 2).Sample(c =>
        {
            var expected = MatchingChecks.StudentOptimalStableByBruteForce(c);

            expected.ShouldNotBeNull();
            MatchingChecks.Schools(DeferredAcceptance.Run(c.Build())).ShouldBe(expected);
        }, iter: 500);
    }

    [Fact]
    public void DeferredAcceptance_WhenEveryoneListsOneSchool_EqualsChoiceByChoice()
    {
        MatchingCase.Generator(maxStudents: 30, maxSchools: 5, maxCapacity: 5).Select(c => c with
        {
            Lists = [.. c.Lists.Select(l => l.Take(1).ToArray())],
            Priorities = [.. c.Priorities.Select(p => p.Take(1).ToArray())],
        }).Sample(c =>
        {
            var instance = c.Build();
            DeferredAcceptance.Run(instance).Schools.ToArray().ShouldBe(ChoiceByChoice.Run(instance).Schools.ToArray());
        }, iter: 200);
    }

    [Fact]
    public void Matcher_RunsTheChosenMechanism()
    {
        var c = new MatchingCase([1, 1], [[X, Y], [Y], [X, Y]], [[2, 1], [2], [1, 3]], [0, 1, 2], [[0, 0], [0, 0], [0, 0]], Multiple: false);
        var instance = c.Build();

        Matcher.Run(instance, Mechanism.DeferredAcceptance).Schools.ToArray().ShouldBe([Y, Assignment.Unplaced, X]);
        Matcher.Run(instance, Mechanism.ChoiceByChoice).Schools.ToArray().ShouldBe([Assignment.Unplaced, Y, X]);
        Should.Throw<ArgumentOutOfRangeException>(() => Matcher.Run(instance, (Mechanism)7));
    }
}
