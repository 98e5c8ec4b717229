using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// Which schools the balanced-development evaluation covers (every school teaching 小学 or 初中; 特殊教育 and 中职 schools
/// teach neither), how the registry's stages map to the evaluator's, and how indicators read on pages and issue lists.
/// </summary>
internal static class BalancedSchools
{
    public static bool IsEvaluated(SchoolType type) => StageNames.StagesOf(type).Any(stage => stage is Stage.Primary or Stage.Junior);

    public static SchoolStage ToSchoolStage(Stage stage) => stage switch
    {
        Stage.Primary => SchoolStage.Primary,
        Stage.Junior => SchoolStage.Junior,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "优质均衡只评估小学和初中学段"),
    };

    /// <summary>The evaluated schools the user may see in inspection, by 学校标识码.</summary>
    public static async Task<IReadOnlyList<SchoolRef>> InScopeAsync(IRegistryDirectory registry, InspectionScope scope, CurrentUser user, CancellationToken ct)
    {
        var ids = await scope.SchoolIdsAsync(user, ct);
        return [.. (await registry.AllSchoolsAsync(ct)).Where(s => IsEvaluated(s.Type) && (ids is null || ids.Contains(s.Id)))];
    }

    public static bool Matches(SchoolRef school, string? search) =>
        string.IsNullOrWhiteSpace(search)
        || school.Name.Contains(search.Trim(), StringComparison.Ordinal)
        || school.Code.StartsWith(search.Trim(), StringComparison.Ordinal);

    /// <summary>The issue-list reference of one indicator of one school stage in one year, so that it is listed once.</summary>
    public static string Reference(int year, SchoolStage stage, BalancedIndicator indicator) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"balanced:{year}:{stage.Code()}:{indicator.Code()}");

    /// <summary>The short column heading of an indicator, with its unit.</summary>
    public static string ShortName(BalancedIndicator indicator) => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 => "高学历教师（人/百生）",
        BalancedIndicator.KeyTeachersPer100 => "骨干教师（人/百生）",
        BalancedIndicator.PeArtTeachersPer100 => "体育艺术教师（人/百生）",
        BalancedIndicator.TeachingSpacePerPupil => "生均教学用房（㎡）",
        BalancedIndicator.SportsSpacePerPupil => "生均体育场馆（㎡）",
        BalancedIndicator.EquipmentValuePerPupil => "生均仪器设备（元）",
        BalancedIndicator.MultimediaClassroomsPer100 => "多媒体教室（间/百生）",
        _ => indicator.ChineseName(),
    };

    /// <summary>The unit after a value in a sentence: per-100-pupil counts read "每百名学生 4.2 人".</summary>
    public static string Unit(BalancedIndicator indicator) => indicator switch
    {
        BalancedIndicator.TeachingSpacePerPupil or BalancedIndicator.SportsSpacePerPupil => "平方米",
        BalancedIndicator.EquipmentValuePerPupil => "元",
        BalancedIndicator.MultimediaClassroomsPer100 => "间",
        _ => "人",
    };

    /// <summary>A value for display, cut (not rounded) to two decimals, whole 元 for equipment: 0.996 reads 0.99, never
    /// the 1.00 it fails to reach (standards have at most two decimals, so the shown figure meets its standard exactly when
    /// the value does).</summary>
    public static string Format(BalancedIndicator indicator, decimal value) => indicator == BalancedIndicator.EquipmentValuePerPupil
        ? decimal.Truncate(value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : (decimal.Truncate(value * 100) / 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A difference coefficient for display, raised (not rounded) to three decimals: since maxima have at most two
    /// decimals, the shown figure is within its maximum exactly when the coefficient is.</summary>
    public static string FormatCoefficient(double coefficient) =>
        (Math.Ceiling(Math.Round(coefficient * 1000, 6)) / 1000).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Teachers are 教师师德和专业发展; space, equipment and classrooms are 校务管理 (the school's conditions).</summary>
    public static SupervisionItem ItemOf(BalancedIndicator indicator) => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 or BalancedIndicator.KeyTeachersPer100 or BalancedIndicator.PeArtTeachersPer100 => SupervisionItem.TeacherEthicsAndDevelopment,
        _ => SupervisionItem.SchoolAffairs,
    };
}
