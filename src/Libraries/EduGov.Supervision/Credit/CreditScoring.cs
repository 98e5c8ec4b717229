namespace EduGov.Supervision.Credit;

/// <summary>How one catalogue item adds up: its maximum, the points lost on it (never more than the maximum) and what is left.</summary>
public sealed record ItemScore(string Code, string Group, int MaxPoints, int Instances, int Deducted, int Points);

/// <summary>The outcome of the rules for one institution, with the reasons for its card and list in words.</summary>
public sealed record CreditResult(
    int Points, int Total, decimal Percentage, Grade Grade, Grade ScoreGrade, Card Card, int Yellows, Listing Listing,
    IReadOnlyList<ItemScore> Items, string CardReason, string ListReason)
{
    /// <summary>The score out of 1,000 that the institution record keeps: the percentage × 10, rounded half away from zero.</summary>
    public int Per1000 => (int)Math.Round(Percentage * 10, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The credit rules: score, grade, cards and lists from a catalogue and an institution's records. Only records that count
/// on the day (active, within their publication) take part; repaired, expired and withdrawn records are history only.
/// </summary>
public static class CreditScoring
{
    public static CreditResult Evaluate(
        IReadOnlyList<CatalogueItem> catalogue, IReadOnlyList<Breach> breaches, GradeBands bands, int yellowsForRed, Standing standing, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(yellowsForRed, 1);
        var counting = breaches.Where(b => b.CountsOn(today)).OrderBy(b => b.DecidedOn).ToList();
        var items = Score(catalogue, counting);
        var total = items.Sum(i => i.MaxPoints);
        var points = items.Sum(i => i.Points);
        var percentage = total == 0 ? 100m : Math.Round(points * 100m / total, 2, MidpointRounding.AwayFromZero);
        var scoreGrade = bands.Of(percentage);
        var grade = Capped(scoreGrade, catalogue, counting);
        var (card, yellows, cardReason) = Cards(catalogue, counting, yellowsForRed);
        var (listing, listReason) = List(standing, counting, card, grade);
        return new CreditResult(points, total, percentage, grade, scoreGrade, card, yellows, listing, items, cardReason, listReason);
    }

    /// <summary>Σ over items of (max − min(max, deductions)): one item can never lose more than its maximum.</summary>
    public static IReadOnlyList<ItemScore> Score(IReadOnlyList<CatalogueItem> catalogue, IReadOnlyList<Breach> counting) =>
    [
        .. catalogue.Select(item =>
        {
            var instances = counting.Where(b => b.ItemCode == item.Code).Sum(b => b.Instances);
            var deducted = Math.Min(item.MaxPoints, instances * item.PointsPerInstance);
            return new ItemScore(item.Code, item.Group, item.MaxPoints, instances, deducted, item.MaxPoints - deducted);
        }),
    ];

    /// <summary>The score's grade, no better than the worst cap of an item with a counting breach.</summary>
    public static Grade Capped(Grade scoreGrade, IReadOnlyList<CatalogueItem> catalogue, IReadOnlyList<Breach> counting)
    {
        var caps = counting.Select(b => Find(catalogue, b.ItemCode)?.GradeCap).OfType<Grade>().ToList();
        return caps.Count == 0 ? scoreGrade : (Grade)Math.Max((int)scoreGrade, caps.Max(c => (int)c));
    }

    /// <summary>
    /// Cards, breach by breach in date order: a minor breach is a 提醒 when no card stands yet, otherwise a 黄牌; an ordinary or
    /// serious breach is a 黄牌; <paramref name="yellowsForRed"/> yellows make a 红牌; an extremely serious item gives a 红牌 at once.
    /// </summary>
    public static (Card Card, int Yellows, string Reason) Cards(IReadOnlyList<CatalogueItem> catalogue, IReadOnlyList<Breach> counting, int yellowsForRed)
    {
        var card = Card.None;
        var yellows = 0;
        var reason = "无有效失信记录";
        foreach (var breach in counting)
        {
            if (Find(catalogue, breach.ItemCode)?.DirectRed == true)
            {
                return (Card.Red, yellows, $"情节特别严重的失信行为（{breach.DecidedOn:yyyy-MM-dd}），直接红牌");
            }

            if (breach.Tier == Tier.Minor && card == Card.None)
            {
                card = Card.Reminder;
                reason = $"首次轻微失信（{breach.DecidedOn:yyyy-MM-dd}），提醒";
                continue;
            }

            yellows++;
            if (yellows >= yellowsForRed)
            {
                return (Card.Red, yellows, $"累计 {yellows} 张黄牌（满 {yellowsForRed} 张升为红牌），红牌，责令停止办学");
            }

            card = Card.Yellow;
            reason = $"再次失信或一般以上失信（{breach.DecidedOn:yyyy-MM-dd}），第 {yellows} 张黄牌";
        }

        return (card, yellows, reason);
    }

    /// <summary>
    /// 黑名单: a counting serious breach or a red card. 白名单: licensed and not stopped from enrolling, no counting serious breach,
    /// no red card, and grade C or better. Everyone else is on neither list (unlicensed operators are black-listed by hand).
    /// </summary>
    public static (Listing Listing, string Reason) List(Standing standing, IReadOnlyList<Breach> counting, Card card, Grade grade)
    {
        var serious = counting.FirstOrDefault(b => b.Tier == Tier.Serious);
        if (serious is not null)
        {
            return (Listing.Black, $"有效的严重失信记录（{serious.DecidedOn:yyyy-MM-dd} 认定）");
        }

        if (card == Card.Red)
        {
            return (Listing.Black, "被出示红牌");
        }

        if (!standing.Licensed)
        {
            return (Listing.None, "未取得有效办学许可");
        }

        if (standing.Suspended)
        {
            return (Listing.None, "被责令停止招收学员");
        }

        return grade <= Grade.C
            ? (Listing.White, $"已许可、无严重失信、无红牌，信用等级 {grade}")
            : (Listing.None, $"信用等级 {grade} 低于 C 级");
    }

    private static CatalogueItem? Find(IReadOnlyList<CatalogueItem> catalogue, string code) => catalogue.FirstOrDefault(i => i.Code == code);
}
