namespace EduGov.Supervision.Prepaid;

/// <summary>The rules a charge can break; the module maps each to its rule key to cite its title and source.</summary>
public enum ChargeRule
{
    MaxMonths = 1,
    MaxLessons = 2,
    MaxAmount = 3,
    TooEarly = 4,
}

/// <summary>
/// The limits in force (from the rule book): months and lessons one charge may cover, its top amount, how early it may be
/// collected, and how few lessons a pupil's current purchase must have left for a renewal to be collected earlier than that.
/// </summary>
public sealed record ChargeLimits(int MaxMonths, int MaxLessons, long MaxFen, int EarliestMonthsBeforeStart, int RenewalRemainingLessons);

/// <summary>
/// One charge: paid on a day, for lessons from the course start up to and including <see cref="CoversUntil"/>. A renewal
/// carries the lessons still untaught on the pupil's current purchase of the same course; a first purchase carries none.
/// </summary>
public sealed record Charge(DateOnly PaidOn, DateOnly CourseStart, DateOnly CoversUntil, int Lessons, long AmountFen, int? RemainingLessons = null)
{
    /// <summary>Whole months from the start to the last day covered, counting a begun month as a month (3 Jan – 2 Apr is 3).</summary>
    public int CoveredMonths
    {
        get
        {
            var months = 0;
            while (CourseStart.AddMonths(months) <= CoversUntil)
            {
                months++;
            }

            return Math.Max(1, months);
        }
    }
}

/// <summary>A rule the charge breaks, with the figure that breaks it (months, lessons, fen or days too early).</summary>
public sealed record ChargeViolation(ChargeRule Rule, long Actual);

/// <summary>
/// 一次性收费 checks of rules part A3. A charge by period and by lessons must satisfy both caps, which is the same as
/// applying whichever gives the shorter span; it may not be collected earlier than the set months before the course starts,
/// unless it renews a purchase with no more than the set number of lessons left (按课时收费：剩余课时不足时可续费).
/// </summary>
public static class ChargeCheck
{
    public static IReadOnlyList<ChargeViolation> Violations(Charge charge, ChargeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(charge);
        ArgumentNullException.ThrowIfNull(limits);
        var violations = new List<ChargeViolation>();
        if (charge.CoversUntil > charge.CourseStart.AddMonths(limits.MaxMonths).AddDays(-1))
        {
            violations.Add(new ChargeViolation(ChargeRule.MaxMonths, charge.CoveredMonths));
        }

        if (charge.Lessons > limits.MaxLessons)
        {
            violations.Add(new ChargeViolation(ChargeRule.MaxLessons, charge.Lessons));
        }

        if (charge.AmountFen > limits.MaxFen)
        {
            violations.Add(new ChargeViolation(ChargeRule.MaxAmount, charge.AmountFen));
        }

        var earliest = charge.CourseStart.AddMonths(-limits.EarliestMonthsBeforeStart);
        var renewalDue = charge.RemainingLessons is { } remaining && remaining <= limits.RenewalRemainingLessons;
        if (charge.PaidOn < earliest && !renewalDue)
        {
            violations.Add(new ChargeViolation(ChargeRule.TooEarly, earliest.DayNumber - charge.PaidOn.DayNumber));
        }

        return violations;
    }
}
