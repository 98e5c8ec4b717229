using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Importing;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 银行流水导入与对账: the officer uploads one supervised account's statement (Excel or CSV). Every row is checked first and
/// every problem listed by row and column; nothing is written unless all rows pass. The lines are then reconciled against
/// the ledger's money entries (<see cref="Reconciliation"/>), the account's balance becomes the statement's closing balance,
/// and the institution's figures and alerts are recomputed. <see cref="RerunAsync"/> reconciles a statement again after
/// the ledger was corrected.
/// </summary>
public static class ImportStatement
{
    public sealed record Command(Guid InstitutionId, FundAccountKind AccountKind, string FileName, byte[] Content);

    public sealed record Outcome(Guid? StatementId, int Rows, IReadOnlyList<ImportError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    private sealed record Parsed(int RowNumber, DateOnly Date, long AmountFen, string Counterparty, string Memo, long BalanceFen);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Funds);
            TrainingScope.Demand(user, command.InstitutionId);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var account = await db.FundAccounts.FirstOrDefaultAsync(a => a.InstitutionId == command.InstitutionId && a.Kind == command.AccountKind && a.Active, ct)
                ?? throw new NotFoundException($"该机构没有登记{TrainingNames.Of(command.AccountKind)}。");
            var rows = await StatementFile.ReadAsync(command.FileName, command.Content, ct);
            var today = ChinaTime.Today(clock);
            var errors = new List<ImportError>();
            var lines = rows.Select(r => Check(r, today, errors)).OfType<Parsed>().ToList();
            if (errors.Count > 0)
            {
                return new Outcome(null, rows.Count, errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var ordered = lines.OrderBy(l => l.Date).ThenBy(l => l.RowNumber).ToList();
            var statement = new BankStatement
            {
                InstitutionId = command.InstitutionId, AccountId = account.Id, AccountKind = account.Kind, FileName = Path.GetFileName(command.FileName),
                FromDate = ordered[0].Date, ToDate = ordered[^1].Date, ClosingBalanceFen = ordered[^1].BalanceFen, LineCount = ordered.Count,
                ImportedBy = user.Name, ImportedAt = now,
            };
            db.BankStatements.Add(statement);
            var stored = ordered.Select(l => new BankStatementLine
            {
                StatementId = statement.Id, InstitutionId = command.InstitutionId, RowNumber = l.RowNumber, Date = l.Date, AmountFen = l.AmountFen,
                Counterparty = l.Counterparty, Memo = l.Memo, BalanceFen = l.BalanceFen,
            }).ToList();
            db.BankStatementLines.AddRange(stored);
            if (account.BankBalanceOn is not { } on || statement.ToDate >= on)
            {
                account.BankBalanceFen = statement.ClosingBalanceFen;
                account.BankBalanceOn = statement.ToDate;
            }

            await ReconcileAsync(db, statement, stored, now, ct);
            using (AuditScope.Summarize(nameof(BankStatement), $"导入银行流水 {stored.Count} 笔：{statement.FileName}"))
            {
                await db.SaveChangesAsync(ct);
            }

            await recompute.ForInstitutionAsync(command.InstitutionId, ct);
            return new Outcome(statement.Id, rows.Count, []);
        }

        public async Task RerunAsync(Guid statementId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Funds);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var statement = await db.BankStatements.FirstOrDefaultAsync(s => s.Id == statementId, ct) ?? throw new NotFoundException("没有找到该银行流水。");
            TrainingScope.Demand(user, statement.InstitutionId);
            var lines = await db.BankStatementLines.Where(l => l.StatementId == statementId).OrderBy(l => l.Date).ThenBy(l => l.RowNumber).ToListAsync(ct);
            await ReconcileAsync(db, statement, lines, clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            await recompute.ForInstitutionAsync(statement.InstitutionId, ct);
        }

        /// <summary>Only the custody account carries the ledger's money; a deposit account's statement just reports its balance.</summary>
        private static async Task ReconcileAsync(TrainingDbContext db, BankStatement statement, List<BankStatementLine> lines, DateTime now, CancellationToken ct)
        {
            statement.ReconciledAt = now;
            if (statement.AccountKind != FundAccountKind.Custody)
            {
                statement.MatchedLines = 0;
                statement.UnmatchedLines = 0;
                statement.UnmatchedEntries = 0;
                return;
            }

            var movements = await WindowAsync(db, statement, ct);
            var ledgerBalance = await db.LedgerEntries.Where(e => e.InstitutionId == statement.InstitutionId && e.Date <= statement.ToDate)
                .SumAsync(e => e.Kind == LedgerEntryKind.Payment ? e.AmountFen : -e.AmountFen, ct);
            var result = Reconciliation.Reconcile(
                [.. lines.Select((l, i) => new StatementLine(i, l.Date, l.AmountFen, l.Counterparty, l.Memo))], movements, statement.ClosingBalanceFen, ledgerBalance);
            var matches = result.Matched.ToDictionary(m => m.Line, m => m.Entry);
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i].MatchedEntryId = matches.TryGetValue(i, out var entry) ? entry : null;
            }

            statement.MatchedLines = result.Matched.Count;
            statement.UnmatchedLines = result.BankOnly.Count;
            statement.UnmatchedEntries = result.LedgerOnly.Count;
            statement.LedgerBalanceFen = ledgerBalance;
            statement.BalanceDifferenceFen = result.BalanceDifferenceFen;
        }

        /// <summary>The ledger's money entries the statement should show: its dates, one day either side.</summary>
        internal static async Task<List<LedgerMovement>> WindowAsync(TrainingDbContext db, BankStatement statement, CancellationToken ct)
        {
            var from = statement.FromDate.AddDays(-1);
            var to = statement.ToDate.AddDays(1);
            var entries = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.InstitutionId == statement.InstitutionId && e.Date >= from && e.Date <= to)
                .Select(e => new { e.Id, e.Date, e.Kind, e.AmountFen, e.Reference }).ToListAsync(ct);
            return [.. entries.OrderBy(e => e.Date).Select(e => new LedgerMovement(e.Id, e.Date, e.Kind == LedgerEntryKind.Payment ? e.AmountFen : -e.AmountFen, e.Reference))];
        }

        private static Parsed? Check(ImportRow row, DateOnly today, List<ImportError> errors)
        {
            var before = errors.Count;
            void Fail(string column, string message) => errors.Add(new ImportError(row.RowNumber, column, message));
            var date = StatementFile.Day(row[StatementFile.Date]);
            if (date is null)
            {
                Fail(StatementFile.Date, row[StatementFile.Date].Length == 0 ? "必填" : $"“{row[StatementFile.Date]}”不是日期，应写成 2026-11-05");
            }
            else if (date > today)
            {
                Fail(StatementFile.Date, "交易日期不能晚于今天");
            }

            var amount = StatementFile.Fen(row[StatementFile.Amount]);
            if (amount is not > 0)
            {
                Fail(StatementFile.Amount, row[StatementFile.Amount].Length == 0 ? "必填" : $"“{row[StatementFile.Amount]}”不是大于 0、最多两位小数的金额");
            }

            var direction = row[StatementFile.Direction].Trim();
            var incoming = direction is "收" or "收入" or "贷";
            if (!incoming && direction is not ("付" or "支出" or "借"))
            {
                Fail(StatementFile.Direction, direction.Length == 0 ? "必填" : $"“{direction}”应为“收”或“付”");
            }

            var balance = StatementFile.Fen(row[StatementFile.Balance]);
            if (balance is null)
            {
                Fail(StatementFile.Balance, row[StatementFile.Balance].Length == 0 ? "必填" : $"“{row[StatementFile.Balance]}”不是最多两位小数的金额");
            }

            if (row[StatementFile.Counterparty].Length > 100)
            {
                Fail(StatementFile.Counterparty, "不能超过 100 个字");
            }

            if (row[StatementFile.Memo].Length > 200)
            {
                Fail(StatementFile.Memo, "不能超过 200 个字");
            }

            return errors.Count > before ? null
                : new Parsed(row.RowNumber, date!.Value, incoming ? amount!.Value : -amount!.Value, row[StatementFile.Counterparty], row[StatementFile.Memo], balance!.Value);
        }
    }
}
