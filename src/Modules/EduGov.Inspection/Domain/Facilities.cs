namespace EduGov.Inspection.Domain;

/// <summary>
/// 办学条件: a school's facilities in a year, the non-registry inputs of the balanced-development indicators.
/// Nine-year schools record one row for the whole school; the evaluation splits it by the ratio of pupils per stage.
/// </summary>
internal sealed class SchoolFacilities
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public int Year { get; set; }

    /// <summary>教学及辅助用房面积 without indoor sports rooms, m².</summary>
    public decimal TeachingSpaceSquareMetres { get; set; }

    /// <summary>运动场地 plus gymnasium and indoor sports rooms, m².</summary>
    public decimal SportsSpaceSquareMetres { get; set; }

    /// <summary>教学仪器设备资产值 (账面原值), 元.</summary>
    public decimal EquipmentValueYuan { get; set; }

    public int MultimediaClassrooms { get; set; }
    public string UpdatedByName { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
