using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>对账结果: every line of a statement with the ledger entry it matched, and every ledger entry of its dates the bank does not show.</summary>
public static class GetReconciliation
{
    public sealed record Details(GetFunds.StatementRow Statement, Guid InstitutionId, string InstitutionName, IReadOnlyList<LineRow> Lines, IReadOnlyList<EntryRow> LedgerOnly);

    public sealed record LineRow(int RowNumber, DateOnly Date, long AmountFen, string Counterparty, string Memo, long BalanceFen, bool Matched, string MatchedReference);

    public sealed record EntryRow(Guid Id, DateOnly Date, LedgerEntryKind Kind, long AmountFen, string Reference, string Note);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Details> HandleAsync(Guid statementId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var s = await db.BankStatements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == statementId, ct) ?? throw new NotFoundException("没有找到该银行流水。");
            TrainingScope.Demand(user, s.InstitutionId);
            var name = await db.Institutions.Where(i => i.Id == s.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var lines = await db.BankStatementLines.AsNoTracking().Where(l => l.StatementId == statementId).OrderBy(l => l.Date).ThenBy(l => l.RowNumber).ToListAsync(ct);
            var matched = lines.Where(l => l.MatchedEntryId != null).Select(l => l.MatchedEntryId!.Value).ToHashSet();
            var from = s.FromDate.AddDays(-1);
            var to = s.ToDate.AddDays(1);
            var entries = s.AccountKind != FundAccountKind.Custody ? []
                : await db.LedgerEntries.AsNoTracking().Where(e => e.InstitutionId == s.InstitutionId && e.Date >= from && e.Date <= to).OrderBy(e => e.Date).ToListAsync(ct);
            var references = entries.ToDictionary(e => e.Id, e => e.Reference);
            var row = new GetFunds.StatementRow(s.Id, s.AccountKind, s.FileName, s.FromDate, s.ToDate, s.LineCount, s.MatchedLines, s.UnmatchedLines,
                s.UnmatchedEntries, s.ClosingBalanceFen, s.LedgerBalanceFen, s.BalanceDifferenceFen, s.ImportedAt, s.ImportedBy);
            return new Details(row, s.InstitutionId, name,
                [.. lines.Select(l => new LineRow(l.RowNumber, l.Date, l.AmountFen, l.Counterparty, l.Memo, l.BalanceFen, l.MatchedEntryId != null,
                    l.MatchedEntryId is { } id && references.TryGetValue(id, out var r) ? r : ""))],
                [.. entries.Where(e => !matched.Contains(e.Id)).Select(e => new EntryRow(e.Id, e.Date, e.Kind, e.AmountFen, e.Reference, e.Note))]);
        }
    }
}
