using EduGov.Platform.Errors;

namespace EduGov.Inspection.Domain;

/// <summary>What a school, an inspector or the bureau can do to an issue-list item.</summary>
public enum IssueAction
{
    SubmitPlan = 1,
    ReportProgress = 2,
    ReportFixed = 3,
    RecheckPass = 4,
    RecheckFail = 5,
    CloseOut = 6,
    SendBack = 7,
}

/// <summary>Who acts at a step of the loop.</summary>
public enum IssueActor
{
    School = 1,
    Inspector = 2,
    Bureau = 3,
}

/// <summary>
/// The closed loop as a state machine: the school plans and rectifies, the inspector re-checks, the bureau closes out.
/// There is no path to 已销号 that skips the inspector's re-check, and nothing leaves 已销号.
/// </summary>
public static class IssueWorkflow
{
    public static IssueStatus Next(IssueStatus from, IssueAction action) => (from, action) switch
    {
        (IssueStatus.Open, IssueAction.SubmitPlan) => IssueStatus.Rectifying,
        (IssueStatus.Rectifying, IssueAction.SubmitPlan) => IssueStatus.Rectifying,
        (IssueStatus.Rectifying, IssueAction.ReportProgress) => IssueStatus.Rectifying,
        (IssueStatus.Rectifying, IssueAction.ReportFixed) => IssueStatus.AwaitingRecheck,
        (IssueStatus.AwaitingRecheck, IssueAction.RecheckPass) => IssueStatus.AwaitingCloseOut,
        (IssueStatus.AwaitingRecheck, IssueAction.RecheckFail) => IssueStatus.Rectifying,
        (IssueStatus.AwaitingCloseOut, IssueAction.CloseOut) => IssueStatus.ClosedOut,
        (IssueStatus.AwaitingCloseOut, IssueAction.SendBack) => IssueStatus.Rectifying,
        _ => throw new ConflictException($"问题当前为“{InspectionNames.Of(from)}”，不能{NameOf(action)}。{Hint(from)}"),
    };

    public static IReadOnlyList<IssueAction> Available(IssueStatus status) =>
        [.. Enum.GetValues<IssueAction>().Where(action => Allows(status, action))];

    public static bool Allows(IssueStatus status, IssueAction action)
    {
        try
        {
            Next(status, action);
            return true;
        }
        catch (ConflictException)
        {
            return false;
        }
    }

    public static IssueActor ActorOf(IssueAction action) => action switch
    {
        IssueAction.SubmitPlan or IssueAction.ReportProgress or IssueAction.ReportFixed => IssueActor.School,
        IssueAction.RecheckPass or IssueAction.RecheckFail => IssueActor.Inspector,
        _ => IssueActor.Bureau,
    };

    public static IssueEventKind EventOf(IssueAction action) => action switch
    {
        IssueAction.SubmitPlan => IssueEventKind.PlanSubmitted,
        IssueAction.ReportProgress => IssueEventKind.ProgressReported,
        IssueAction.ReportFixed => IssueEventKind.ReportedFixed,
        IssueAction.RecheckPass => IssueEventKind.RecheckPassed,
        IssueAction.RecheckFail => IssueEventKind.RecheckFailed,
        IssueAction.CloseOut => IssueEventKind.ClosedOut,
        _ => IssueEventKind.SentBack,
    };

    /// <summary>Overdue: past its deadline while it is still the school's turn (not yet reported fixed).</summary>
    public static bool IsOverdue(IssueStatus status, DateOnly deadline, DateOnly today) =>
        status is IssueStatus.Open or IssueStatus.Rectifying && today > deadline;

    public static int DaysOverdue(IssueStatus status, DateOnly deadline, DateOnly today) =>
        IsOverdue(status, deadline, today) ? today.DayNumber - deadline.DayNumber : 0;

    public static string NameOf(IssueAction action) => action switch
    {
        IssueAction.SubmitPlan => "提交整改方案",
        IssueAction.ReportProgress => "报告整改进展",
        IssueAction.ReportFixed => "报告整改完成",
        IssueAction.RecheckPass => "复查通过",
        IssueAction.RecheckFail => "复查不通过",
        IssueAction.CloseOut => "销号",
        _ => "退回整改",
    };

    private static string Hint(IssueStatus status) => status switch
    {
        IssueStatus.Open => "请学校先提交整改方案。",
        IssueStatus.Rectifying => "学校整改完成并上传佐证后，督学才能复查。",
        IssueStatus.AwaitingRecheck => "须由责任督学复查。",
        IssueStatus.AwaitingCloseOut => "复查已通过，等待教育局销号或退回。",
        _ => "已销号的问题不能再变更。",
    };
}
