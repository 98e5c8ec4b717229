using EduGov.Training.Domain;

namespace EduGov.Training.Licensing;

/// <summary>Chinese names of the licensing part's kinds and states.</summary>
public static class LicensingNames
{
    public static string Of(LicenceKind kind) => kind switch
    {
        LicenceKind.New => "设立",
        LicenceKind.Renewal => "延续",
        LicenceKind.Change => "变更",
        LicenceKind.Closure => "终止",
        _ => kind.ToString(),
    };

    public static string Of(LicenceStatus status) => status switch
    {
        LicenceStatus.Submitted => "已提交",
        LicenceStatus.Reviewing => "审查中",
        LicenceStatus.Approved => "准予许可",
        LicenceStatus.Refused => "不予许可",
        LicenceStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string Of(Department department) => department switch
    {
        Department.MarketRegulation => "市场监管局",
        Department.FireSafety => "消防救援机构",
        Department.PublicSecurity => "公安局",
        Department.Health => "卫生健康委",
        Department.Sports => "体育局",
        Department.CultureTourism => "文化和旅游局",
        Department.Science => "科技局",
        _ => department.ToString(),
    };

    public static string Of(OpinionResult result) => result switch
    {
        OpinionResult.Agree => "同意",
        OpinionResult.Disagree => "不同意",
        OpinionResult.Amend => "需补正",
        _ => result.ToString(),
    };

    public static string Of(LicenceStepKind kind) => kind switch
    {
        LicenceStepKind.Submitted => "提交申请",
        LicenceStepKind.ReviewStarted => "开始审查",
        LicenceStepKind.OpinionRequested => "征求部门意见",
        LicenceStepKind.OpinionRecorded => "录入部门意见",
        LicenceStepKind.Approved => "准予许可",
        LicenceStepKind.Refused => "不予许可",
        LicenceStepKind.Withdrawn => "撤回申请",
        _ => kind.ToString(),
    };

    public static string Of(ReviewResult result) => result switch
    {
        ReviewResult.Pass => "合格",
        ReviewResult.BasicPass => "基本合格",
        ReviewResult.Fail => "不合格",
        _ => result.ToString(),
    };

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["设立"] = "New",
        ["延续"] = "Renewal",
        ["变更"] = "Change",
        ["终止"] = "Closure",
        ["已提交"] = "Submitted",
        ["审查中"] = "Under review",
        ["准予许可"] = "Approved",
        ["已撤回"] = "Withdrawn",
        ["市场监管局"] = "Market regulation bureau",
        ["消防救援机构"] = "Fire and rescue",
        ["公安局"] = "Public security bureau",
        ["卫生健康委"] = "Health commission",
        ["体育局"] = "Sports bureau",
        ["文化和旅游局"] = "Culture and tourism bureau",
        ["科技局"] = "Science and technology bureau",
        ["同意"] = "Agree",
        ["不同意"] = "Disagree",
        ["需补正"] = "Needs amendment",
        ["提交申请"] = "Submitted",
        ["开始审查"] = "Review started",
        ["征求部门意见"] = "Opinion requested",
        ["录入部门意见"] = "Opinion recorded",
        ["撤回申请"] = "Withdrawn",
        ["合格"] = "Pass",
        ["基本合格"] = "Basic pass",
        ["不合格"] = "Fail",
    };
}
