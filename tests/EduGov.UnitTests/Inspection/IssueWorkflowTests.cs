using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Inspection;

public sealed class IssueWorkflowTests
{
    private static readonly (IssueStatus From, IssueAction Action, IssueStatus To)[] Allowed =
    [
        (IssueStatus.Open, IssueAction.SubmitPlan, IssueStatus.Rectifying),
        (IssueStatus.Rectifying, IssueAction.SubmitPlan, IssueStatus.Rectifying),
        (IssueStatus.Rectifying, IssueAction.ReportProgress, IssueStatus.Rectifying),
        (IssueStatus.Rectifying, IssueAction.ReportFixed, IssueStatus.AwaitingRecheck),
        (IssueStatus.AwaitingRecheck, IssueAction.RecheckPass, IssueStatus.AwaitingCloseOut),
        (IssueStatus.AwaitingRecheck, IssueAction.RecheckFail, IssueStatus.Rectifying),
        (IssueStatus.AwaitingCloseOut, IssueAction.CloseOut, IssueStatus.ClosedOut),
        (IssueStatus.AwaitingCloseOut, IssueAction.SendBack, IssueStatus.Rectifying),
    ];

    [Fact]
    public void EveryStatusAndAction_IsEitherTheListedTransition_OrRefusedWithAReason()
    {
        foreach (var status in Enum.GetValues<IssueStatus>())
        {
            foreach (var action in Enum.GetValues<IssueAction>())
            {
                var listed = Allowed.Where(t => t.From == status && t.Action == action).ToList();
                if (listed.Count == 1)
                {
                    IssueWorkflow.Next(status, action).ShouldBe(listed[0].To);
                }
                else
                {
                    Should.Throw<ConflictException>(() => IssueWorkflow.Next(status, action)).Message.ShouldContain(InspectionNames.Of(status));
                }
            }
        }
    }

    [Fact]
    public void ClosedOut_IsFinal()
    {
        IssueWorkflow.Available(IssueStatus.ClosedOut).ShouldBeEmpty();
    }

    [Fact]
    public void NoPath_ReachesCloseOut_WithoutTheInspectorsRecheck()
    {
        var reachable = new HashSet<IssueStatus> { IssueStatus.Open };
        var frontier = new Queue<IssueStatus>(reachable);
        while (frontier.TryDequeue(out var status))
        {
            foreach (var action in IssueWorkflow.Available(status).Where(a => a != IssueAction.RecheckPass))
            {
                if (reachable.Add(IssueWorkflow.Next(status, action)))
                {
                    frontier.Enqueue(IssueWorkflow.Next(status, action));
                }
            }
        }

        reachable.ShouldNotContain(IssueStatus.ClosedOut);
        reachable.ShouldNotContain(IssueStatus.AwaitingCloseOut);
    }

    [Fact]
    public void EachStep_BelongsToTheSchool_TheInspector_OrTheBureau()
    {
        IssueWorkflow.ActorOf(IssueAction.SubmitPlan).ShouldBe(IssueActor.School);
        IssueWorkflow.ActorOf(IssueAction.ReportFixed).ShouldBe(IssueActor.School);
        IssueWorkflow.ActorOf(IssueAction.RecheckPass).ShouldBe(IssueActor.Inspector);
        IssueWorkflow.ActorOf(IssueAction.RecheckFail).ShouldBe(IssueActor.Inspector);
        IssueWorkflow.ActorOf(IssueAction.CloseOut).ShouldBe(IssueActor.Bureau);
        IssueWorkflow.ActorOf(IssueAction.SendBack).ShouldBe(IssueActor.Bureau);
    }

    [Theory]
    [InlineData(IssueStatus.Open, 0, 0)]
    [InlineData(IssueStatus.Open, 1, 1)]
    [InlineData(IssueStatus.Rectifying, 10, 10)]
    [InlineData(IssueStatus.AwaitingRecheck, 10, 0)]
    [InlineData(IssueStatus.AwaitingCloseOut, 10, 0)]
    [InlineData(IssueStatus.ClosedOut, 10, 0)]
    public void Overdue_CountsOnlyWhileItIsTheSchoolsTurn(IssueStatus status, int daysPastDeadline, int expected)
    {
        var deadline = new DateOnly(2026, 11, 1);

        IssueWorkflow.DaysOverdue(status, deadline, deadline.AddDays(daysPastDeadline)).ShouldBe(expected);
    }
}
