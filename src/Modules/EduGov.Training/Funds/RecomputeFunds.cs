using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 资金风险扫描: recomputes every institution's figures (or one institution's, after a change to its ledger) with one
/// GROUP BY query per kind of fact, stores them as <see cref="FundPosition"/>s, and raises, updates or resolves the
/// part's <see cref="RiskAlert"/>s — one per institution and kind, so a repeat finding updates the open alert.
/// </summary>
public static class RecomputeFunds
{
    public sealed record Outcome(int Institutions, int Raised, int Updated, int Resolved);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, TrainingRules rules, TimeProvider clock)
    {
        public const string ActorName = "资金监管预警（系统）";

        public Task<Outcome> AllAsync(CancellationToken ct = default) => RunAsync(null, ct);

        public Task<Outcome> ForInstitutionAsync(Guid institutionId, CancellationToken ct = default) => RunAsync(institutionId, ct);

        private async Task<Outcome> RunAsync(Guid? only, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var book = await rules.ForDayAsync(today, ct);
            var thresholds = FundsRules.AlertThresholds(book);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var facts = await FactsAsync(db, only, today, thresholds.SurgeDays, book.Whole(RuleCatalog.DepositPeriodMonths), ct);
            var alerts = (await db.Alerts.Where(a => (only == null || a.InstitutionId == only) && a.Status != AlertStatus.Resolved && FundsRules.OwnKinds.Contains(a.Kind)).ToListAsync(ct))
                .ToLookup(a => a.InstitutionId);
            var positions = await db.FundPositions.Where(p => only == null || p.InstitutionId == only).ToDictionaryAsync(p => p.InstitutionId, ct);
            var counts = new int[3];
            foreach (var (institutionId, fact) in facts)
            {
                var risks = AlertDetection.Detect(fact.Risk, thresholds, today);
                var open = Reconcile(db, institutionId, risks, [.. alerts[institutionId]], now, counts);
                Store(db, positions, institutionId, fact, open, now);
            }

            using (AuditScope.Summarize("FundsRecompute", only is null ? $"重新计算全部 {facts.Count} 家机构的资金监管数据和预警" : "重新计算一家机构的资金监管数据和预警"))
            {
                await db.SaveChangesAsync(ct);
            }

            return new Outcome(facts.Count, counts[0], counts[1], counts[2]);
        }

        private static int Reconcile(TrainingDbContext db, Guid institutionId, IReadOnlyList<DetectedRisk> risks, List<RiskAlert> existing, DateTime now, int[] counts)
        {
            foreach (var risk in risks)
            {
                var kind = FundsRules.KindOf(risk.Risk);
                var key = FundsRules.AlertKey(kind);
                var alert = existing.FirstOrDefault(a => a.Key == key);
                if (alert is null)
                {
                    db.Alerts.Add(new RiskAlert
                    {
                        InstitutionId = institutionId, Kind = kind, Key = key, Title = TrainingNames.Of(kind), Severity = FundsRules.SeverityOf(risk.Level),
                        Evidence = risk.Evidence, AmountFen = risk.AmountFen, RaisedAt = now, LastSeenAt = now,
                    });
                    counts[0]++;
                }
                else if (alert.Evidence != risk.Evidence || alert.AmountFen != risk.AmountFen || alert.Severity != FundsRules.SeverityOf(risk.Level))
                {
                    alert.Evidence = risk.Evidence;
                    alert.AmountFen = risk.AmountFen;
                    alert.Severity = FundsRules.SeverityOf(risk.Level);
                    alert.LastSeenAt = now;
                    counts[1]++;
                }
            }

            var found = risks.Select(r => FundsRules.AlertKey(FundsRules.KindOf(r.Risk))).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in existing.Where(a => !found.Contains(a.Key)))
            {
                gone.Status = AlertStatus.Resolved;
                gone.LastSeenAt = now;
                counts[2]++;
            }

            return risks.Count;
        }

        private static void Store(TrainingDbContext db, Dictionary<Guid, FundPosition> positions, Guid institutionId, Facts fact, int openAlerts, DateTime now)
        {
            if (!positions.TryGetValue(institutionId, out var position))
            {
                position = new FundPosition { InstitutionId = institutionId };
                db.FundPositions.Add(position);
            }

            var r = fact.Risk;
            var custody = r.CustodyBalanceFen ?? 0;
            var changed = position.PaidFen != r.PaidFen || position.ReleasedFen != r.ReleasedFen || position.RefundedFen != r.RefundedFen
                || position.CustodyBalanceFen != custody || position.DepositRequiredFen != r.DepositRequiredFen || position.DepositHeldFen != r.DepositHeldFen
                || position.ActiveEnrolments != fact.ActiveEnrolments || position.OpenAlerts != openAlerts || position.ComputedAt == default;
            if (!changed)
            {
                return;
            }

            position.PaidFen = r.PaidFen;
            position.ReleasedFen = r.ReleasedFen;
            position.RefundedFen = r.RefundedFen;
            position.UnconsumedFen = r.UnconsumedFen;
            position.CustodyBalanceFen = custody;
            position.ShortfallFen = Math.Max(0, r.UnconsumedFen - custody);
            position.DepositRequiredFen = r.DepositRequiredFen;
            position.DepositHeldFen = r.DepositHeldFen;
            position.ActiveEnrolments = fact.ActiveEnrolments;
            position.OpenAlerts = openAlerts;
            position.ComputedAt = now;
        }

        private sealed record Facts(InstitutionRiskFacts Risk, int ActiveEnrolments);

        /// <summary>Every fact of the scan in eight grouped queries, whatever the number of institutions or entries.</summary>
        private static async Task<Dictionary<Guid, Facts>> FactsAsync(TrainingDbContext db, Guid? only, DateOnly today, int surgeDays, int periodMonths, CancellationToken ct)
        {
            var since = today.AddDays(-surgeDays);
            var institutions = await db.Institutions
                .Where(i => (only == null || i.Id == only) && i.Status != InstitutionStatus.Applying && i.Status != InstitutionStatus.Refused)
                .Select(i => i.Id).ToListAsync(ct);
            var money = (await db.LedgerEntries.Where(e => only == null || e.InstitutionId == only)
                .GroupBy(e => new { e.InstitutionId, e.Kind })
                .Select(g => new { g.Key.InstitutionId, g.Key.Kind, Fen = g.Sum(e => e.AmountFen) })
                .ToListAsync(ct)).ToLookup(m => m.InstitutionId);
            var recentPayments = await db.LedgerEntries.Where(e => (only == null || e.InstitutionId == only) && e.Kind == LedgerEntryKind.Payment && e.Date > since)
                .GroupBy(e => e.InstitutionId).Select(g => new { g.Key, Fen = g.Sum(e => e.AmountFen) }).ToDictionaryAsync(g => g.Key, g => g.Fen, ct);
            var recentLessons = await db.LessonRecords.Where(l => (only == null || l.InstitutionId == only) && l.TaughtOn > since && l.Status != LessonConfirmation.Disputed)
                .GroupBy(l => l.InstitutionId).Select(g => new { g.Key, Fen = g.Sum(l => l.ValueFen) }).ToDictionaryAsync(g => g.Key, g => g.Fen, ct);
            var deposits = await db.Enrolments.Where(e => (only == null || e.InstitutionId == only) && e.Status == EnrolmentStatus.Active)
                .GroupBy(e => e.InstitutionId)
                .Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(e => e.AmountFen * periodMonths / e.CoveredMonths) })
                .ToDictionaryAsync(g => g.Key, ct);
            var refunds = await db.RefundRequests.Where(r => (only == null || r.InstitutionId == only) && r.Status != RefundStatus.Paid)
                .GroupBy(r => r.InstitutionId)
                .Select(g => new { g.Key, Count = g.Count(), Overdue = g.Count(r => r.PayBy < today), Fen = g.Sum(r => r.AmountFen) })
                .ToDictionaryAsync(g => g.Key, ct);
            var accounts = (await db.FundAccounts.Where(a => (only == null || a.InstitutionId == only) && a.Active)
                .Select(a => new { a.InstitutionId, a.Kind, a.BankBalanceFen, a.BankBalanceOn }).ToListAsync(ct)).ToLookup(a => a.InstitutionId);
            var permits = await db.Permits.Where(p => (only == null || p.InstitutionId == only) && p.Status == PermitStatus.Valid)
                .GroupBy(p => p.InstitutionId).Select(g => new { g.Key, Until = g.Max(p => p.ValidUntil) }).ToDictionaryAsync(g => g.Key, g => g.Until, ct);
            var statements = await db.BankStatements
                .Where(s => (only == null || s.InstitutionId == only) && s.AccountKind == FundAccountKind.Custody
                    && !db.BankStatements.Any(o => o.InstitutionId == s.InstitutionId && o.AccountKind == FundAccountKind.Custody && o.ImportedAt > s.ImportedAt))
                .Select(s => new { s.InstitutionId, s.UnmatchedLines, s.UnmatchedEntries, s.BalanceDifferenceFen })
                .ToDictionaryAsync(s => s.InstitutionId, ct);

            var facts = new Dictionary<Guid, Facts>(institutions.Count);
            foreach (var id in institutions)
            {
                long Fen(LedgerEntryKind kind) => money[id].Where(m => m.Kind == kind).Sum(m => m.Fen);
                var custody = accounts[id].FirstOrDefault(a => a.Kind == FundAccountKind.Custody && a.BankBalanceOn != null);
                var deposit = deposits.GetValueOrDefault(id);
                var refund = refunds.GetValueOrDefault(id);
                var statement = statements.GetValueOrDefault(id);
                facts[id] = new Facts(new InstitutionRiskFacts(
                    Fen(LedgerEntryKind.Payment), Fen(LedgerEntryKind.Release), Fen(LedgerEntryKind.Refund),
                    custody?.BankBalanceFen, custody?.BankBalanceOn,
                    deposit?.Fen ?? 0, accounts[id].Where(a => a.Kind == FundAccountKind.RiskDeposit).Sum(a => a.BankBalanceFen),
                    recentPayments.GetValueOrDefault(id), recentLessons.GetValueOrDefault(id),
                    refund?.Count ?? 0, refund?.Overdue ?? 0, refund?.Fen ?? 0,
                    permits.TryGetValue(id, out var until) ? until : null,
                    statement?.UnmatchedLines ?? 0, statement?.UnmatchedEntries ?? 0, statement?.BalanceDifferenceFen ?? 0), deposit?.Count ?? 0);
            }

            return facts;
        }
    }
}
