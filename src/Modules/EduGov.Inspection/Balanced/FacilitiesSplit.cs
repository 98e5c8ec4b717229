namespace EduGov.Inspection.Balanced;

/// <summary>Facilities in amounts that may be fractional: a stage's share of a school's rooms, grounds, equipment and classrooms.</summary>
internal sealed record FacilitiesShare(decimal TeachingSpaceSquareMetres, decimal SportsSpaceSquareMetres, decimal EquipmentValueYuan, decimal MultimediaClassrooms);

/// <summary>
/// Splits one school's facilities between its stages by the ratio of their pupils (rules file, B2.2: the public
/// implementation allocates the shared resources of a 九年一贯制 school by the 小学生 : 初中生 ratio). A single stage keeps
/// everything; a stage without pupils gets nothing; a school without pupils has nothing to split, so every stage gets 0.
/// </summary>
internal static class FacilitiesSplit
{
    /// <summary>Each stage's facilities, in the order of <paramref name="pupilsPerStage"/> (amount × stage pupils ÷ school pupils,
    /// multiplied first so that even ratios divide exactly).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A stage has a negative number of pupils.</exception>
    public static IReadOnlyList<FacilitiesShare> Split(FacilitiesValues school, IReadOnlyList<int> pupilsPerStage)
    {
        if (pupilsPerStage.Any(p => p < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(pupilsPerStage), "学段在校生数不能为负数");
        }

        decimal total = pupilsPerStage.Sum();
        return
        [
            .. pupilsPerStage.Select(pupils => new FacilitiesShare(
                Portion(school.TeachingSpaceSquareMetres, pupils, total),
                Portion(school.SportsSpaceSquareMetres, pupils, total),
                Portion(school.EquipmentValueYuan, pupils, total),
                Portion(school.MultimediaClassrooms, pupils, total))),
        ];
    }

    private static decimal Portion(decimal amount, int pupils, decimal total) => total == 0 ? 0m : amount * pupils / total;
}
