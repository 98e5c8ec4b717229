using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>Chinese names of the institutions part's kinds and states.</summary>
public static class InstitutionsNames
{
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Profile => "机构信息",
        ChangeKind.Venue => "培训场所",
        ChangeKind.Staff => "从业人员",
        ChangeKind.Course => "课程收费",
        ChangeKind.Account => "监管账户",
        _ => kind.ToString(),
    };

    public static string Of(ChangeStatus status) => status switch
    {
        ChangeStatus.Pending => "待审核",
        ChangeStatus.Approved => "已通过",
        ChangeStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["机构信息"] = "Profile",
        ["培训场所"] = "Venue",
        ["从业人员"] = "Staff",
        ["课程收费"] = "Courses and fees",
        ["监管账户"] = "Supervised accounts",
        ["待审核"] = "Pending",
        ["已通过"] = "Approved",
        ["已退回"] = "Returned",
    };
}
