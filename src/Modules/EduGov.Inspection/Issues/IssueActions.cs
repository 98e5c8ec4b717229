using EduGov.Inspection.Domain;

namespace EduGov.Inspection.Issues;

internal static class IssueActions
{
    /// <summary>The permission a step needs: the school rectifies, the inspector re-checks, the bureau closes out.</summary>
    public static string PermissionFor(IssueAction action) => IssueWorkflow.ActorOf(action) switch
    {
        IssueActor.School => InspectionPermissions.Rectify,
        IssueActor.Inspector => InspectionPermissions.Visit,
        _ => InspectionPermissions.CloseOut,
    };
}
