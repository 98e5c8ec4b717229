namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>
/// The seven resource-allocation indicators (资源配置) of 《县域义务教育优质均衡发展督导评估办法》 (教督〔2017〕6号),
/// in the order of the rules file, part B2.1.
/// </summary>
public enum BalancedIndicator
{
    /// <summary>1. 每百名学生拥有高于规定学历教师数: full-time teachers above the required qualification (小学 专科及以上,
    /// 初中 本科及以上) per 100 pupils.</summary>
    QualifiedTeachersPer100,

    /// <summary>2. 每百名学生拥有县级以上骨干教师数: key teachers recognised at county level or above per 100 pupils.</summary>
    KeyTeachersPer100,

    /// <summary>3. 每百名学生拥有体育、艺术（美术、音乐）专任教师数: PE, music, fine-art and art teachers per 100 pupils.</summary>
    PeArtTeachersPer100,

    /// <summary>4. 生均教学及辅助用房面积 (m²): teaching and auxiliary rooms, indoor sports rooms excluded, per pupil.</summary>
    TeachingSpacePerPupil,

    /// <summary>5. 生均体育运动场馆面积 (m²): sports grounds plus gymnasium and indoor sports rooms per pupil.</summary>
    SportsSpacePerPupil,

    /// <summary>6. 生均教学仪器设备值 (元): book value of teaching instruments and equipment per pupil.</summary>
    EquipmentValuePerPupil,

    /// <summary>7. 每百名学生拥有网络多媒体教室数 (间): networked multimedia classrooms per 100 pupils.</summary>
    MultimediaClassroomsPer100,
}

/// <summary>The indicators in their fixed order, their file codes and their Chinese names.</summary>
public static class BalancedIndicators
{
    /// <summary>The seven indicators in the order of the rules file (B2.1): the order of every report.</summary>
    public static IReadOnlyList<BalancedIndicator> All { get; } =
    [
        BalancedIndicator.QualifiedTeachersPer100,
        BalancedIndicator.KeyTeachersPer100,
        BalancedIndicator.PeArtTeachersPer100,
        BalancedIndicator.TeachingSpacePerPupil,
        BalancedIndicator.SportsSpacePerPupil,
        BalancedIndicator.EquipmentValuePerPupil,
        BalancedIndicator.MultimediaClassroomsPer100,
    ];

    /// <summary>The code used in files and policy JSON, e.g. <c>qualified_teachers_per_100</c>.</summary>
    public static string Code(this BalancedIndicator indicator) => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 => "qualified_teachers_per_100",
        BalancedIndicator.KeyTeachersPer100 => "key_teachers_per_100",
        BalancedIndicator.PeArtTeachersPer100 => "pe_art_teachers_per_100",
        BalancedIndicator.TeachingSpacePerPupil => "teaching_space_per_pupil",
        BalancedIndicator.SportsSpacePerPupil => "sports_space_per_pupil",
        BalancedIndicator.EquipmentValuePerPupil => "equipment_value_per_pupil",
        BalancedIndicator.MultimediaClassroomsPer100 => "multimedia_classrooms_per_100",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "未知指标"),
    };

    /// <summary>The indicator's name in the 2017 method.</summary>
    public static string ChineseName(this BalancedIndicator indicator) => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 => "每百名学生拥有高于规定学历教师数",
        BalancedIndicator.KeyTeachersPer100 => "每百名学生拥有县级以上骨干教师数",
        BalancedIndicator.PeArtTeachersPer100 => "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
        BalancedIndicator.TeachingSpacePerPupil => "生均教学及辅助用房面积",
        BalancedIndicator.SportsSpacePerPupil => "生均体育运动场馆面积",
        BalancedIndicator.EquipmentValuePerPupil => "生均教学仪器设备值",
        BalancedIndicator.MultimediaClassroomsPer100 => "每百名学生拥有网络多媒体教室数",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "未知指标"),
    };

    /// <summary>Reads an indicator code (exact, lower case).</summary>
    public static bool TryParseCode(string? code, out BalancedIndicator indicator)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(code, candidate.Code(), StringComparison.Ordinal))
            {
                indicator = candidate;
                return true;
            }
        }

        indicator = default;
        return false;
    }
}
