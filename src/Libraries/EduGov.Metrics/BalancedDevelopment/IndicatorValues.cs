namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>
/// One number for each of the seven indicators: a school's indicator values, or a stage's minimum standards.
/// Teacher and classroom indicators are per 100 pupils; space and equipment indicators are per pupil.
/// </summary>
public sealed record IndicatorValues(
    decimal QualifiedTeachersPer100,
    decimal KeyTeachersPer100,
    decimal PeArtTeachersPer100,
    decimal TeachingSpacePerPupil,
    decimal SportsSpacePerPupil,
    decimal EquipmentValuePerPupil,
    decimal MultimediaClassroomsPer100)
{
    /// <summary>The value of one indicator.</summary>
    public decimal this[BalancedIndicator indicator] => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 => QualifiedTeachersPer100,
        BalancedIndicator.KeyTeachersPer100 => KeyTeachersPer100,
        BalancedIndicator.PeArtTeachersPer100 => PeArtTeachersPer100,
        BalancedIndicator.TeachingSpacePerPupil => TeachingSpacePerPupil,
        BalancedIndicator.SportsSpacePerPupil => SportsSpacePerPupil,
        BalancedIndicator.EquipmentValuePerPupil => EquipmentValuePerPupil,
        BalancedIndicator.MultimediaClassroomsPer100 => MultimediaClassroomsPer100,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "未知指标"),
    };

    /// <summary>A copy with one indicator's value replaced.</summary>
    public IndicatorValues With(BalancedIndicator indicator, decimal value) => indicator switch
    {
        BalancedIndicator.QualifiedTeachersPer100 => this with { QualifiedTeachersPer100 = value },
        BalancedIndicator.KeyTeachersPer100 => this with { KeyTeachersPer100 = value },
        BalancedIndicator.PeArtTeachersPer100 => this with { PeArtTeachersPer100 = value },
        BalancedIndicator.TeachingSpacePerPupil => this with { TeachingSpacePerPupil = value },
        BalancedIndicator.SportsSpacePerPupil => this with { SportsSpacePerPupil = value },
        BalancedIndicator.EquipmentValuePerPupil => this with { EquipmentValuePerPupil = value },
        BalancedIndicator.MultimediaClassroomsPer100 => this with { MultimediaClassroomsPer100 = value },
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "未知指标"),
    };

    /// <summary>
    /// The seven indicators of one school from its raw counts (rules file, B2.1, "formula used in practice"):
    /// teachers and classrooms × 100 ÷ pupils; space and equipment ÷ pupils. Computed in <see cref="decimal"/>, so that
    /// a value exactly at a threshold (42 teachers for 1,000 pupils = 4.2) compares as exactly equal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Enrolment is 0 or negative (every indicator is undefined: divide by
    /// zero), or a count is negative.</exception>
    public static IndicatorValues Compute(SchoolResources school)
    {
        if (school.Enrolment <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(school), school.Enrolment,
                $"学校 {school.SchoolId}（{school.Stage.ChineseName()}）在校生数为 {school.Enrolment}：各项指标按学生数计算，学生数为 0 时无定义");
        }

        decimal[] counts =
        [
            school.QualifiedTeachers, school.KeyTeachers, school.PeArtTeachers, school.TeachingSpaceSquareMetres,
            school.SportsSpaceSquareMetres, school.EquipmentValueYuan, school.MultimediaClassrooms,
        ];
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(school), counts[i],
                    $"学校 {school.SchoolId}（{school.Stage.ChineseName()}）的“{BalancedIndicators.All[i].ChineseName()}”原始数据为负数");
            }
        }

        decimal pupils = school.Enrolment;
        return new IndicatorValues(
            school.QualifiedTeachers * 100m / pupils,
            school.KeyTeachers * 100m / pupils,
            school.PeArtTeachers * 100m / pupils,
            school.TeachingSpaceSquareMetres / pupils,
            school.SportsSpaceSquareMetres / pupils,
            school.EquipmentValueYuan / pupils,
            school.MultimediaClassrooms * 100m / pupils);
    }
}
