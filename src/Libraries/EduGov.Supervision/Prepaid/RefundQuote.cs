namespace EduGov.Supervision.Prepaid;

/// <summary>The deadlines of a refund (from the rule book): days to pay before and after the start, working days to answer.</summary>
public sealed record RefundTerms(int BeforeStartDays, int AfterStartDays, int DeemedAgreedWorkingDays);

/// <summary>What a refund request is worth and by when it must be answered and paid.</summary>
public sealed record RefundQuote(long AmountFen, bool BeforeStart, int CompletedLessons, DateOnly AnswerBy, DateOnly PayBy);

/// <summary>
/// 退费 (rules part A3): before the course starts everything paid comes back; after it starts, paid − completed lessons ×
/// unit price, never negative, minus what was refunded already. Completed lessons are the taught ones the parent has not
/// disputed; their value is <see cref="UnitPrice.ValueOf(int)"/>, so the refund is exact to the fen.
/// </summary>
public static class RefundCalculator
{
    public static RefundQuote Quote(EnrolmentFigures figures, DateOnly courseStart, DateOnly requestedOn, RefundTerms terms, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(calendar);
        var beforeStart = requestedOn < courseStart && figures.TaughtLessons == 0;
        var completed = beforeStart ? 0 : figures.CompletedLessons;
        var due = figures.PaidFen - figures.Price.ValueOf(completed) - figures.RefundedFen;
        var amount = Math.Clamp(due, 0, Math.Max(0, figures.UnconsumedFen));
        var payBy = requestedOn.AddDays(beforeStart ? terms.BeforeStartDays : terms.AfterStartDays);
        return new RefundQuote(amount, beforeStart, completed, calendar.AddWorkingDays(requestedOn, terms.DeemedAgreedWorkingDays), payBy);
    }
}
