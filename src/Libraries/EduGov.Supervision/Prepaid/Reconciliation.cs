namespace EduGov.Supervision.Prepaid;

/// <summary>One line of the bank's statement: money in is positive, money out negative.</summary>
public sealed record StatementLine(int Index, DateOnly Date, long AmountFen, string Counterparty, string Memo);

/// <summary>One money entry of the ledger as the bank should see it: payments positive, releases and refunds negative.</summary>
public sealed record LedgerMovement(Guid Id, DateOnly Date, long AmountFen, string Reference);

/// <summary>The outcome: matched pairs, what only the bank has, what only the ledger has, and the closing-balance difference.</summary>
public sealed record ReconciliationResult(
    IReadOnlyList<(int Line, Guid Entry)> Matched, IReadOnlyList<StatementLine> BankOnly, IReadOnlyList<LedgerMovement> LedgerOnly, long BalanceDifferenceFen);

/// <summary>
/// 银行流水对账: a line and an entry match when the amounts are equal and the dates at most one day apart (the bank books
/// the next day); among those, an entry whose reference appears in the line's memo or counterparty wins, then the closest
/// date, then the earliest. Each line and each entry matches at most once. The balance difference is the bank's closing
/// balance less the ledger's unconsumed balance on the same day.
/// </summary>
public static class Reconciliation
{
    public static ReconciliationResult Reconcile(IReadOnlyList<StatementLine> lines, IReadOnlyList<LedgerMovement> entries, long closingBalanceFen, long ledgerBalanceFen)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(entries);
        var free = entries.ToList();
        var matched = new List<(int, Guid)>();
        var bankOnly = new List<StatementLine>();
        foreach (var line in lines.Where(HasReferenceMatch(entries)).Concat(lines.Where(l => !HasReferenceMatch(entries)(l))))
        {
            var best = free
                .Where(e => e.AmountFen == line.AmountFen && Math.Abs(e.Date.DayNumber - line.Date.DayNumber) <= 1)
                .OrderByDescending(e => Mentions(line, e))
                .ThenBy(e => Math.Abs(e.Date.DayNumber - line.Date.DayNumber))
                .ThenBy(e => e.Date)
                .FirstOrDefault();
            if (best is null)
            {
                bankOnly.Add(line);
            }
            else
            {
                free.Remove(best);
                matched.Add((line.Index, best.Id));
            }
        }

        return new ReconciliationResult(matched, [.. bankOnly.OrderBy(l => l.Index)], free, closingBalanceFen - ledgerBalanceFen);
    }

    private static Func<StatementLine, bool> HasReferenceMatch(IReadOnlyList<LedgerMovement> entries) =>
        line => entries.Any(e => e.AmountFen == line.AmountFen && Mentions(line, e));

    private static bool Mentions(StatementLine line, LedgerMovement entry) =>
        entry.Reference.Length > 0
        && (line.Memo.Contains(entry.Reference, StringComparison.OrdinalIgnoreCase) || line.Counterparty.Contains(entry.Reference, StringComparison.OrdinalIgnoreCase));
}
