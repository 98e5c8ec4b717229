namespace EduGov.Admission.Domain;

/// <summary>The facts of one application measured against one public catchment school.</summary>
public sealed record CategoryFacts(
    bool HukouInCatchment,
    bool PropertyInCatchment,
    bool SameAddress,
    bool LinealHolder,
    bool AddressUnused,
    bool ResidencePermit,
    bool PointsAtStandard,
    bool LivingInCatchment);

/// <summary>The category an application falls in, and why, in words a parent and an officer can check.</summary>
public sealed record CategoryResult(int Order, string Name, string Reason);

/// <summary>
/// Computes the priority category from the facts: the first category (in policy order) whose every condition holds.
/// Pure and deterministic; the reason names each condition met, and for each earlier category the first one missing.
/// </summary>
public static class CategoryRules
{
    public static CategoryResult? Classify(IEnumerable<PriorityCategory> categories, CategoryFacts facts)
    {
        var misses = new List<string>();
        foreach (var category in categories.OrderBy(c => c.Order))
        {
            var missing = Conditions(category).FirstOrDefault(c => !c.Holds(facts));
            if (missing is null)
            {
                var met = Conditions(category).Select(c => c.Text).ToList();
                var reason = $"符合第{category.Order}类“{category.Name}”" + (met.Count > 0 ? "：" + string.Join("；", met) : "（无附加条件）");
                return new CategoryResult(category.Order, category.Name, string.Join("。", [.. misses, reason]) + "。");
            }

            misses.Add($"不符合第{category.Order}类（{missing.Missing}）");
        }

        return null;
    }

    private static IEnumerable<Condition> Conditions(PriorityCategory category)
    {
        if (category.HukouInCatchment)
        {
            yield return new("户籍在对口地段", "户籍不在对口地段", f => f.HukouInCatchment);
        }

        if (category.PropertyInCatchment)
        {
            yield return new("产权房在对口地段", "无对口地段内产权房", f => f.PropertyInCatchment);
        }

        if (category.SameAddress)
        {
            yield return new("户籍与产权地址一致（人户一致）", "户籍与产权地址不一致", f => f.SameAddress);
        }

        if (category.LinealHolder)
        {
            yield return new("户主和产权人为儿童本人或直系亲属", "户主或产权人不是儿童本人或直系亲属", f => f.LinealHolder);
        }

        if (category.AddressUnused)
        {
            yield return new("该地址在规定年限内未用于入学", "该地址在规定年限内已用于入学", f => f.AddressUnused);
        }

        if (category.ResidencePermit)
        {
            yield return new("持有效居住证", "无有效居住证", f => f.ResidencePermit);
        }

        if (category.PointsAtStandard)
        {
            yield return new("居住证积分达到标准分值", "居住证积分未达到标准分值", f => f.PointsAtStandard);
        }

        if (category.LivingInCatchment)
        {
            yield return new("实际居住在对口地段", "实际居住地不在对口地段", f => f.LivingInCatchment);
        }
    }

    private sealed record Condition(string Text, string Missing, Func<CategoryFacts, bool> Holds);
}
