namespace EduGov.Supervision.Credit;

/// <summary>失信信息 tiers (轻微 / 一般 / 严重) of 国办发〔2025〕22号; the values match the module's BreachSeverity.</summary>
public enum Tier
{
    Minor = 1,
    Ordinary = 2,
    Serious = 3,
}

/// <summary>A record's state: only <see cref="Active"/> records count toward score, cards and lists.</summary>
public enum RecordState
{
    Active = 1,
    Repaired = 2,
    Expired = 3,
    Withdrawn = 4,
}

/// <summary>Grades A 优秀 … E 差; a larger value is a worse grade (the values match the module's CreditGrade).</summary>
public enum Grade
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
}

/// <summary>提醒 → 黄牌 → 红牌 (the values match the module's CardLevel).</summary>
public enum Card
{
    None = 0,
    Reminder = 1,
    Yellow = 2,
    Red = 3,
}

/// <summary>The list an institution stands on (the values match the module's ListStatus).</summary>
public enum Listing
{
    None = 0,
    White = 1,
    Black = 2,
}

/// <summary>
/// One item of a credit catalogue: at most <paramref name="MaxPoints"/> can be lost on it, <paramref name="PointsPerInstance"/>
/// per breach instance (per missing item, per person-instance …). <paramref name="GradeCap"/> is the best grade an institution
/// with an active breach of this item can have (political violations or major accidents: D); <paramref name="DirectRed"/> marks
/// an extremely serious breach that gives a red card at once.
/// </summary>
public sealed record CatalogueItem(string Code, string Group, int MaxPoints, int PointsPerInstance, Tier Tier, Grade? GradeCap = null, bool DirectRed = false);

/// <summary>One 失信 record as the rules see it: which item (by code), how many instances, its tier, when and in which state.</summary>
public sealed record Breach(string ItemCode, int Instances, Tier Tier, DateOnly DecidedOn, RecordState State, DateOnly PublicUntil)
{
    /// <summary>Counts on <paramref name="today"/>: still active and not yet past its maximum publication (the end day is excluded).</summary>
    public bool CountsOn(DateOnly today) => State == RecordState.Active && today < PublicUntil;
}

/// <summary>Grade bands in percent of the catalogue total (the RuleBook's credit.grade-min-a … d); below D's minimum is E.</summary>
public sealed record GradeBands(decimal MinA, decimal MinB, decimal MinC, decimal MinD)
{
    public Grade Of(decimal percentage) => percentage switch
    {
        _ when percentage >= MinA => Grade.A,
        _ when percentage >= MinB => Grade.B,
        _ when percentage >= MinC => Grade.C,
        _ when percentage >= MinD => Grade.D,
        _ => Grade.E,
    };
}

/// <summary>What the institution is, as far as the lists care: licensed (and not stopped from enrolling) or not.</summary>
public sealed record Standing(bool Licensed, bool Suspended);
