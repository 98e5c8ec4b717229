using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Domain;

namespace EduGov.Training.Inspections;

/// <summary>The Chinese names of the random-inspection states (GLOSSARY.md: 双随机、一公开 = RandomInspection).</summary>
public static class InspectionsNames
{
    public static string Of(InspectionPlanStatus status) => status switch
    {
        InspectionPlanStatus.Draft => "草稿",
        InspectionPlanStatus.Frozen => "已冻结",
        InspectionPlanStatus.Drawn => "已抽取",
        InspectionPlanStatus.Published => "已公示",
        _ => status.ToString(),
    };

    public static string Of(InspectionTaskStatus status) => status switch
    {
        InspectionTaskStatus.Pending => "待检查",
        InspectionTaskStatus.Inspected => "已检查",
        InspectionTaskStatus.Published => "已公示",
        _ => status.ToString(),
    };

    public static string Of(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Compliant => "符合",
        CheckOutcome.NonCompliant => "不符合",
        CheckOutcome.NotApplicable => "不适用",
        _ => outcome.ToString(),
    };

    public static string Of(RectificationStatus status) => status switch
    {
        RectificationStatus.Open => "整改中",
        RectificationStatus.Answered => "已提交整改",
        RectificationStatus.Completed => "整改完成",
        _ => status.ToString(),
    };

    public static string Of(RectificationAction action) => action switch
    {
        RectificationAction.Opened => "责令整改",
        RectificationAction.Answered => "机构提交整改",
        RectificationAction.Returned => "退回重新整改",
        RectificationAction.Completed => "确认整改完成",
        _ => action.ToString(),
    };

    /// <summary>合格 / 发现问题: the published result of an inspected institution.</summary>
    public static string ResultOf(bool hasFindings) => hasFindings ? "发现问题" : "合格";

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["草稿"] = "Draft",
        ["已冻结"] = "Frozen",
        ["已抽取"] = "Drawn",
        ["已公示"] = "Published",
        ["待检查"] = "To inspect",
        ["已检查"] = "Inspected",
        ["符合"] = "Compliant",
        ["不符合"] = "Non-compliant",
        ["不适用"] = "Not applicable",
        ["整改中"] = "Rectifying",
        ["已提交整改"] = "Rectification submitted",
        ["整改完成"] = "Rectified",
        ["责令整改"] = "Ordered to rectify",
        ["机构提交整改"] = "Institution answered",
        ["退回重新整改"] = "Returned",
        ["确认整改完成"] = "Confirmed rectified",
        ["发现问题"] = "Problems found",
        ["合格"] = "Passed",
    };
}

/// <summary>Who may look at inspections: readers of the module and the officers and inspectors who inspect.</summary>
internal static class InspectionAccess
{
    public static void DemandView(CurrentUser user)
    {
        if (!user.Has(TrainingPermissions.Read) && !user.Has(TrainingPermissions.Inspect))
        {
            throw new ForbiddenException("您没有查看双随机抽查的权限。");
        }
    }

    /// <summary>Running the draw (pool, plans, freeze, draw, publish) is the bureau officers' work: Inspect and Manage.</summary>
    public static void DemandPlanning(CurrentUser user)
    {
        user.Demand(TrainingPermissions.Inspect);
        user.Demand(TrainingPermissions.Manage);
    }
}
