namespace EduGov.Supervision.Credit;

/// <summary>
/// Publication periods in months per tier (the RuleBook's repair.* keys, 国办发〔2025〕22号): minor at most
/// <paramref name="MinorMaxMonths"/> and repairable at once; ordinary and serious between their minimum and maximum.
/// </summary>
public sealed record RepairPeriods(int MinorMaxMonths, int OrdinaryMinMonths, int OrdinaryMaxMonths, int SeriousMinMonths, int SeriousMaxMonths)
{
    /// <summary>The first day repair may be requested: the decision day for a minor record, else after the minimum publication.</summary>
    public DateOnly RepairableFrom(Tier tier, DateOnly decidedOn) => tier switch
    {
        Tier.Minor => decidedOn,
        Tier.Ordinary => decidedOn.AddMonths(OrdinaryMinMonths),
        _ => decidedOn.AddMonths(SeriousMinMonths),
    };

    /// <summary>The day the record leaves publication by itself (published up to the day before).</summary>
    public DateOnly PublicUntil(Tier tier, DateOnly decidedOn) => tier switch
    {
        Tier.Minor => decidedOn.AddMonths(MinorMaxMonths),
        Tier.Ordinary => decidedOn.AddMonths(OrdinaryMaxMonths),
        _ => decidedOn.AddMonths(SeriousMaxMonths),
    };
}

/// <summary>Whether repair may be requested now; when not, from when (if ever) and why, in words for the institution.</summary>
public sealed record RepairEligibility(bool Allowed, DateOnly? From, string Reason);

/// <summary>信用修复: when an institution may ask for a record to be repaired.</summary>
public static class CreditRepair
{
    /// <param name="repairableFrom">The record's first repairable day (<see cref="RepairPeriods.RepairableFrom"/> at decision).</param>
    /// <param name="publicUntil">The day the record leaves publication by itself.</param>
    /// <param name="obligationsFulfilled">The legal obligation (rectification, fine, refund …) is fulfilled.</param>
    public static RepairEligibility Check(RecordState state, Tier tier, DateOnly repairableFrom, DateOnly publicUntil, bool obligationsFulfilled, DateOnly today)
    {
        if (state != RecordState.Active)
        {
            return new(false, null, state switch
            {
                RecordState.Repaired => "该记录已修复",
                RecordState.Expired => "该记录已到期，不再公示，无需修复",
                _ => "该记录已因异议成立撤销",
            });
        }

        if (today >= publicUntil)
        {
            return new(false, null, $"该记录已于 {publicUntil:yyyy-MM-dd} 到期，不再公示，无需修复");
        }

        if (today < repairableFrom)
        {
            return new(false, repairableFrom, $"{TierName(tier)}失信信息须公示满最短期限，{repairableFrom:yyyy-MM-dd} 起方可申请修复");
        }

        return obligationsFulfilled
            ? new(true, repairableFrom, tier == Tier.Minor ? "轻微失信信息履行义务后即可申请修复" : "已满最短公示期，可申请修复")
            : new(false, repairableFrom, "须先履行法定义务（整改到位、缴清罚款、退还费用等），并签署信用承诺书");
    }

    public static string TierName(Tier tier) => tier switch
    {
        Tier.Minor => "轻微",
        Tier.Ordinary => "一般",
        _ => "严重",
    };
}
