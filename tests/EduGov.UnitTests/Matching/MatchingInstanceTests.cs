using EduGov.Matching;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Matching;

public sealed class MatchingInstanceTests
{
    [Fact]
    public void AdmissionKey_OrdersByPriorityThenPosition()
    {
        var best = new AdmissionKey(1, 900);
        var worse = new AdmissionKey(2, 0);

        (best < worse).ShouldBeTrue();
        new AdmissionKey(2, 3).CompareTo(new AdmissionKey(2, 4)).ShouldBeLessThan(0);
        worse.Priority.ShouldBe(2);
        best.Position.ShouldBe(900);
        best.ToString().ShouldBe("1/900");
        new AdmissionKey(int.MaxValue, int.MaxValue).Priority.ShouldBe(int.MaxValue);
        Should.Throw<ArgumentOutOfRangeException>(() => new AdmissionKey(-1, 0));
    }

    [Fact]
    public void Build_WithSharedTieBreak_PositionIsTheStudentsLotteryRank()
    {
        var lottery = new long[] { 30, 10, 20 };
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(1, 2), new Choice(0, 1));
        builder.AddStudent(new Choice(0, 3));
        builder.AddStudent(new Choice(1, 1));

        var instance = builder.Build(TieBreak.Shared(lottery));

        instance.KeysOf(0).ToArray().ShouldBe([new AdmissionKey(2, 2), new AdmissionKey(1, 2)]);
        instance.KeysOf(1).ToArray().ShouldBe([new AdmissionKey(3, 0)]);
        instance.KeysOf(2).ToArray().ShouldBe([new AdmissionKey(1, 1)]);
        instance.SchoolsOf(0).ToArray().ShouldBe([1, 0]);
        instance.ChoiceIndex(0, 0).ShouldBe(1);
        instance.ChoiceIndex(1, 1).ShouldBe(-1);
        instance.ApplicationCount.ShouldBe(4);
        instance.MaxChoices.ShouldBe(2);
    }

    [Fact]
    public void Build_WithPerSchoolTieBreak_PositionIsTheRankAmongTheSchoolsApplicants()
    {
        int[,] numbers = { { 5, 1 }, { 7, 0 }, { 6, 9 } };
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(0, 1), new Choice(1, 1));
        builder.AddStudent(new Choice(0, 1), new Choice(1, 1));
        builder.AddStudent(new Choice(0, 1));

        var instance = builder.Build(TieBreak.PerSchool((s, a, b) => numbers[a, s].CompareTo(numbers[b, s])));

        instance.KeysOf(0).ToArray().Select(k => k.Position).ShouldBe([0, 1]);
        instance.KeysOf(1).ToArray().Select(k => k.Position).ShouldBe([2, 0]);
        instance.KeysOf(2).ToArray().Select(k => k.Position).ShouldBe([1]);
    }

    [Fact]
    public void Build_WithPerSchoolNumbers_ComputesEachNumberOnceAndRanksBySchool()
    {
        var calls = new List<(int School, int Student)>();
        var builder = new MatchingInstanceBuilder([1, 1]);
        builder.AddStudent(new Choice(0, 1), new Choice(1, 1));
        builder.AddStudent(new Choice(1, 1), new Choice(0, 1));

        var instance = builder.Build(TieBreak.PerSchool((school, student) =>
        {
            calls.Add((school, student));
            return school == 0 ? (ulong)student : 10UL - (ulong)student;
        }));

        calls.ShouldBe([(0, 0), (1, 0), (1, 1), (0, 1)]);
        instance.KeysOf(0).ToArray().Select(k => k.Position).ShouldBe([0, 1]);
        instance.KeysOf(1).ToArray().Select(k => k.Position).ShouldBe([0, 1]);
    }

    [Fact]
    public void Build_WhenTieBreakTies_LowerStudentIndexComesFirst()
    {
        var builder = new MatchingInstanceBuilder([1]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 1));

        var shared = builder.Build(TieBreak.Shared((_, _) => 0));
        var perSchool = builder.Build(TieBreak.PerSchool((_, _, _) => 0));

        shared.KeysOf(0)[0].ShouldBeLessThan(shared.KeysOf(1)[0]);
        perSchool.KeysOf(0)[0].ShouldBeLessThan(perSchool.KeysOf(1)[0]);
        TieBreak.Shared((_, _) => 0).IsSingle.ShouldBeTrue();
        TieBreak.PerSchool((_, _, _) => 0).IsSingle.ShouldBeFalse();
    }

    [Fact]
    public void AddStudent_WhenSchoolListedTwice_Throws()
    {
        var builder = new MatchingInstanceBuilder([1, 1]);

        Should.Throw<ArgumentException>(() => builder.AddStudent(new Choice(1, 1), new Choice(1, 2))).Message.ShouldContain("twice");
        builder.StudentCount.ShouldBe(0);
        builder.AddStudent(new Choice(1, 1), new Choice(0, 1)).ShouldBe(0);
    }

    [Fact]
    public void AddStudent_WhenSchoolUnknownOrPriorityNegative_Throws()
    {
        var builder = new MatchingInstanceBuilder([1, 1]);

        Should.Throw<ArgumentException>(() => builder.AddStudent(new Choice(2, 1)));
        Should.Throw<ArgumentException>(() => builder.AddStudent(new Choice(0, -1)));
        Should.Throw<ArgumentException>(() => new MatchingInstanceBuilder([1, -1]));
    }

    [Fact]
    public void Create_FromPrecomputedKeys_ChecksTheShape()
    {
        AdmissionKey[] keys = [new(1, 0), new(1, 1)];

        var instance = MatchingInstance.Create([1], [0, 1, 2], [0, 0], keys);

        instance.StudentCount.ShouldBe(2);
        instance.SchoolCount.ShouldBe(1);
        DeferredAcceptance.Run(instance).Schools.ToArray().ShouldBe([0, Assignment.Unplaced]);
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([1], [0, 2], [0, 0], keys));
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([1], [0, 1, 3], [0, 0], keys));
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([-1], [0, 1, 2], [0, 0], keys));
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([1], [0, 1, 2], [0, 1], keys));
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([1], [0, 1, 2], [0, 0], keys.AsSpan(0, 1)));
        Should.Throw<ArgumentException>(() => MatchingInstance.Create([1], [0, 2, 1], [0, 0], keys));
    }
}
