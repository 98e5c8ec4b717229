namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>
/// What one school has in one stage, as raw counts: the input of the seven indicators.
/// </summary>
/// <remarks>
/// A nine- or twelve-year school (一贯制) is two records, one per stage, each with its own pupils and its share of
/// shared resources; counts may therefore be fractional (the rules file, B2.2, notes the split by the ratio of pupils
/// seen in a public implementation, unconfirmed nationally). The data source is 全国教育事业统计 (基础基312/313).
/// </remarks>
/// <param name="SchoolId">The school's identifier (学校标识码 or any id unique in the district).</param>
/// <param name="Stage">Primary or junior.</param>
/// <param name="Enrolment">Enrolled pupils of this stage (学籍注册学生数): the divisor of every indicator and the weight
/// of the school in the difference coefficient.</param>
/// <param name="QualifiedTeachers">Full-time teachers above the required qualification: primary 专科+本科+硕士+博士,
/// junior 本科+硕士+博士.</param>
/// <param name="KeyTeachers">Key teachers (骨干教师) recognised at county level or above.</param>
/// <param name="PeArtTeachers">Full-time PE, music, fine-art and art teachers.</param>
/// <param name="TeachingSpaceSquareMetres">Teaching and auxiliary rooms (教学及辅助用房) minus indoor sports rooms, m².</param>
/// <param name="SportsSpaceSquareMetres">Sports grounds plus gymnasium and indoor sports rooms, m².</param>
/// <param name="EquipmentValueYuan">Book value (账面原值) of teaching instruments and equipment, 元.</param>
/// <param name="MultimediaClassrooms">Networked multimedia classrooms (网络多媒体教室), rooms.</param>
public sealed record SchoolResources(
    string SchoolId,
    SchoolStage Stage,
    int Enrolment,
    decimal QualifiedTeachers,
    decimal KeyTeachers,
    decimal PeArtTeachers,
    decimal TeachingSpaceSquareMetres,
    decimal SportsSpaceSquareMetres,
    decimal EquipmentValueYuan,
    decimal MultimediaClassrooms);
