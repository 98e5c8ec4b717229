using System.Globalization;
using System.Text;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Demo;

/// <summary>
/// One institution's custody-account statement as its bank would export it (CSV), imported through the real import: every
/// money entry of the ledger except one payment the bank never received, plus a transfer out the ledger knows nothing of —
/// so the reconciliation page lists differences and their alert is open at first start.
/// </summary>
internal static class StatementDemo
{
    private const long UnexplainedTransferFen = 300_000;

    /// <summary>The last payment goes missing, so the running balance never dips below zero before it.</summary>
    public static async Task<string> ImportAsync(TrainingDbContext db, ImportStatement.Handler statements, TrainingInstitution institution, CancellationToken ct)
    {
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.InstitutionId == institution.Id).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ToListAsync(ct);
        var missing = entries.LastOrDefault(e => e.Kind == LedgerEntryKind.Payment);
        if (missing is null)
        {
            return "";
        }

        var csv = Csv(entries.Where(e => e != missing), entries[^1].Date);
        var outcome = await statements.HandleAsync(new ImportStatement.Command(institution.Id, FundAccountKind.Custody, "监管账户流水.csv", Encoding.UTF8.GetBytes(csv)), ct);
        return outcome.Succeeded ? $"{institution.Name}的银行流水 {outcome.Rows} 笔已导入对账（少 1 笔收款、多 1 笔转出）" : "";
    }

    private static string Csv(IEnumerable<LedgerEntry> entries, DateOnly lastDay)
    {
        var text = new StringBuilder("交易日期,金额(元),收/付,对方户名,摘要/附言,余额(元)\n");
        var balance = 0L;
        foreach (var entry in entries)
        {
            var incoming = entry.Kind == LedgerEntryKind.Payment;
            balance += incoming ? entry.AmountFen : -entry.AmountFen;
            text.Append(Line(entry.Date, entry.AmountFen, incoming, incoming ? "家长缴费" : "机构基本户", entry.Reference, balance));
        }

        var transfer = Math.Min(UnexplainedTransferFen, balance / 2);
        text.Append(Line(lastDay, transfer, false, "机构基本户", "转出", balance - transfer));
        return text.ToString();
    }

    private static string Line(DateOnly date, long fen, bool incoming, string counterparty, string memo, long balanceFen) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{fen / 100m:0.00},{(incoming ? "收" : "付")},{counterparty},{memo},{balanceFen / 100m:0.00}\n");
}
