using CsCheck;
using EduGov.Matching;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Matching;

public sealed class SchoolResultsTests
{
    [Fact]
    public void SchoolResults_WhenOversubscribed_GiveLastAdmittedPerCategoryAndOverall()
    {
        // School 0 has 2 seats. Lottery order = student index. Student 4 (category 1) prefers and gets school 1.
        var builder = new MatchingInstanceBuilder([2, 1]);
        builder.AddStudent(new Choice(0, 1));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 2));
        builder.AddStudent(new Choice(0, 3));
        builder.AddStudent(new Choice(1, 1), new Choice(0, 1));
        var instance = builder.Build(TieBreak.Shared((a, b) => a.CompareTo(b)));

        var results = SchoolResults.Compute(instance, DeferredAcceptance.Run(instance));

        var school = results[0];
        school.Applicants.ShouldBe(5);
        school.Admitted.ShouldBe(2);
        school.IsFull.ShouldBeTrue();
        school.CutOff.ShouldBe(new Applicant(1, new AdmissionKey(2, 1)));
        school.Categories.ShouldBe([
            new CategoryResult(1, 2, 1, new Applicant(0, new AdmissionKey(1, 0))),
            new CategoryResult(2, 2, 1, new Applicant(1, new AdmissionKey(2, 1))),
            new CategoryResult(3, 1, 0, null),
        ]);
        results[1].CutOff.ShouldBe(new Applicant(4, new AdmissionKey(1, 4)));
    }

    [Fact]
    public void SchoolResults_WhenSchoolHasFreeSeats_IsNotFull()
    {
        var builder = new MatchingInstanceBuilder([3, 2]);
        builder.AddStudent(new Choice(0, 1));
        var instance = builder.Build(TieBreak.Shared((a, b) => a.CompareTo(b)));

        var results = SchoolResults.Compute(instance, DeferredAcceptance.Run(instance));

        results[0].IsFull.ShouldBeFalse();
        results[0].Admitted.ShouldBe(1);
        results[1].CutOff.ShouldBeNull();
        results[1].Categories.ShouldBeEmpty();
        results[1].Capacity.ShouldBe(2);
    }

    [Fact]
    public void SchoolResults_UnderDeferredAcceptance_NobodyWorseThanCutOffIsAdmittedAndBetterOnesAreHigher()
    {
        MatchingCase.Generator(maxStudents: 40, maxSchools: 6, maxCapacity: 6).Sample(c =>
        {
            var instance = c.Build();
            var assignment = DeferredAcceptance.Run(instance);
            foreach (var school in SchoolResults.Compute(instance, assignment))
            {
                school.Admitted.ShouldBe(assignment.CountBySchool(c.Schools)[school.School]);
                school.Categories.Sum(category => category.Admitted).ShouldBe(school.Admitted);
                if (school.CutOff is not { } cutOff || !school.IsFull)
                {
                    continue;
                }

                for (var i = 0; i < c.Students; i++)
                {
                    var k = instance.ChoiceIndex(i, school.School);
                    if (k < 0)
                    {
                        continue;
                    }

                    var better = instance.KeysOf(i)[k] < cutOff.Key || (instance.KeysOf(i)[k] == cutOff.Key && i <= cutOff.Student);
                    if (better)
                    {
                        (assignment.IsPlaced(i) && assignment.ChoiceOf(i) <= k).ShouldBeTrue($"student {i} beats the cut-off of school {school.School}");
                    }
                    else
                    {
                        assignment.SchoolOf(i).ShouldNotBe(school.School);
                    }
                }
            }
        }, iter: 200);
    }
}
