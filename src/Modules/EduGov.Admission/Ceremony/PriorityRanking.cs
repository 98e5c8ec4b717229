namespace EduGov.Admission.Ceremony;

/// <summary>
/// The priority a public catchment school gives each of its applicants: the dense rank (1 is best) of the category order
/// and, when the round orders by seniority, the hukou registration date (earlier first). An applicant without a category
/// comes after every category, one without a hukou date after every date of their category.
/// </summary>
internal static class PriorityRanking
{
    public readonly record struct Facts(int? CategoryOrder, DateOnly? HukouSince);

    public static int[] DenseRanks(IReadOnlyList<Facts> applicants, bool bySeniority)
    {
        var keys = applicants.Select(a => Key(a, bySeniority)).ToArray();
        var ranks = keys.Distinct().Order().Select((key, index) => (key, index)).ToDictionary(x => x.key, x => x.index + 1);
        return [.. keys.Select(key => ranks[key])];
    }

    private static (int Category, DateOnly Since) Key(Facts facts, bool bySeniority) =>
        (facts.CategoryOrder ?? int.MaxValue, bySeniority ? facts.HukouSince ?? DateOnly.MaxValue : DateOnly.MinValue);
}
