using System.Globalization;

namespace EduGov.Supervision.Prepaid;

/// <summary>The risks the scan looks for; the module maps them to its alert kinds.</summary>
public enum PrepaidRisk
{
    BalanceShortfall = 1,
    PaymentSurge = 2,
    RefundPileUp = 3,
    PermitExpiring = 4,
    DepositShort = 5,
    ReconciliationDifference = 6,
}

public enum RiskLevel
{
    Notice = 1,
    Warning = 2,
    Serious = 3,
}

/// <summary>The thresholds of the scan (from the rule book).</summary>
public sealed record AlertThresholds(decimal SurgeRatio, int SurgeDays, int RefundPileUpCount, int PermitWarningDays);

/// <summary>
/// Everything the scan knows about one institution, as the set-based queries return it: ledger sums, the bank's
/// balances, the last <see cref="AlertThresholds.SurgeDays"/> days' payments and lesson value, refunds waiting, the
/// current permit's end, the deposit required, and the latest reconciliation's differences.
/// </summary>
public sealed record InstitutionRiskFacts(
    long PaidFen, long ReleasedFen, long RefundedFen,
    long? CustodyBalanceFen, DateOnly? CustodyBalanceOn,
    long DepositRequiredFen, long DepositHeldFen,
    long RecentPaymentsFen, long RecentLessonValueFen,
    int PendingRefunds, int OverdueRefunds, long PendingRefundFen,
    DateOnly? PermitValidUntil,
    int UnmatchedStatementLines, int UnmatchedLedgerEntries, long ReconciliationDifferenceFen)
{
    public long UnconsumedFen => PaidFen - ReleasedFen - RefundedFen;
}

/// <summary>One risk found: its kind and level, the evidence in words an officer can check, and the money at stake.</summary>
public sealed record DetectedRisk(PrepaidRisk Risk, RiskLevel Level, string Evidence, long AmountFen);

/// <summary>The alert rules of issue #5 over one institution's facts; the same facts always give the same alerts.</summary>
public static class AlertDetection
{
    public static IReadOnlyList<DetectedRisk> Detect(InstitutionRiskFacts facts, AlertThresholds thresholds, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(thresholds);
        var risks = new List<DetectedRisk>();
        Add(risks, Shortfall(facts));
        Add(risks, Surge(facts, thresholds));
        Add(risks, PileUp(facts, thresholds));
        Add(risks, Permit(facts, thresholds, today));
        Add(risks, Deposit(facts));
        Add(risks, Reconciliation(facts));
        return risks;
    }

    private static void Add(List<DetectedRisk> risks, DetectedRisk? risk)
    {
        if (risk is not null)
        {
            risks.Add(risk);
        }
    }

    private static DetectedRisk? Shortfall(InstitutionRiskFacts f)
    {
        if (f.UnconsumedFen <= 0 || (f.CustodyBalanceFen ?? 0) >= f.UnconsumedFen)
        {
            return null;
        }

        var balance = f.CustodyBalanceFen ?? 0;
        var gap = f.UnconsumedFen - balance;
        var reported = f.CustodyBalanceOn is { } on ? $"银行报告的监管账户余额（{Day(on)}）为 {Yuan(balance)} 元" : "银行尚未报告监管账户余额";
        var level = balance * 2 < f.UnconsumedFen ? RiskLevel.Serious : RiskLevel.Warning;
        return new DetectedRisk(PrepaidRisk.BalanceShortfall, level,
            $"未消课预收费 {Yuan(f.UnconsumedFen)} 元（收款 {Yuan(f.PaidFen)} − 拨付 {Yuan(f.ReleasedFen)} − 退费 {Yuan(f.RefundedFen)}），{reported}，缺口 {Yuan(gap)} 元。", gap);
    }

    private static DetectedRisk? Surge(InstitutionRiskFacts f, AlertThresholds t)
    {
        if (f.RecentPaymentsFen <= 0 || f.RecentPaymentsFen <= f.RecentLessonValueFen * t.SurgeRatio)
        {
            return null;
        }

        var ratio = f.RecentLessonValueFen == 0 ? "有收款而无课消" : $"收款为课消的 {(decimal)f.RecentPaymentsFen / f.RecentLessonValueFen:0.#} 倍";
        return new DetectedRisk(PrepaidRisk.PaymentSurge, RiskLevel.Warning,
            $"近 {t.SurgeDays} 日收款 {Yuan(f.RecentPaymentsFen)} 元，同期课消 {Yuan(f.RecentLessonValueFen)} 元，{ratio}，超过预警值 {t.SurgeRatio:0.##} 倍。",
            f.RecentPaymentsFen - f.RecentLessonValueFen);
    }

    private static DetectedRisk? PileUp(InstitutionRiskFacts f, AlertThresholds t)
    {
        if (f.OverdueRefunds == 0 && f.PendingRefunds < t.RefundPileUpCount)
        {
            return null;
        }

        var level = f.OverdueRefunds > 0 ? RiskLevel.Serious : RiskLevel.Warning;
        return new DetectedRisk(PrepaidRisk.RefundPileUp, level,
            $"待办退费 {f.PendingRefunds} 笔（预警值 {t.RefundPileUpCount} 笔），其中逾期未退 {f.OverdueRefunds} 笔，涉及金额 {Yuan(f.PendingRefundFen)} 元。", f.PendingRefundFen);
    }

    private static DetectedRisk? Permit(InstitutionRiskFacts f, AlertThresholds t, DateOnly today)
    {
        if (f.PermitValidUntil is not { } until)
        {
            return f.UnconsumedFen <= 0 ? null : new DetectedRisk(PrepaidRisk.PermitExpiring, RiskLevel.Serious, "没有有效的办学许可证，仍有预收费未消课。", f.UnconsumedFen);
        }

        var days = until.DayNumber - today.DayNumber;
        if (days > t.PermitWarningDays)
        {
            return null;
        }

        var text = days < 0 ? $"办学许可证已于 {Day(until)} 到期（{-days} 天前）" : $"办学许可证将于 {Day(until)} 到期（还有 {days} 天，提前 {t.PermitWarningDays} 天预警）";
        return new DetectedRisk(PrepaidRisk.PermitExpiring, days < 0 ? RiskLevel.Serious : RiskLevel.Notice,
            $"{text}，未消课预收费 {Yuan(Math.Max(0, f.UnconsumedFen))} 元。", Math.Max(0, f.UnconsumedFen));
    }

    private static DetectedRisk? Deposit(InstitutionRiskFacts f)
    {
        if (f.DepositHeldFen >= f.DepositRequiredFen)
        {
            return null;
        }

        var gap = f.DepositRequiredFen - f.DepositHeldFen;
        return new DetectedRisk(PrepaidRisk.DepositShort, f.DepositHeldFen == 0 ? RiskLevel.Serious : RiskLevel.Warning,
            $"风险保证金应存 {Yuan(f.DepositRequiredFen)} 元（在读学员一个收费周期的费用），实存 {Yuan(f.DepositHeldFen)} 元，差 {Yuan(gap)} 元。", gap);
    }

    private static DetectedRisk? Reconciliation(InstitutionRiskFacts f)
    {
        if (f.UnmatchedStatementLines == 0 && f.UnmatchedLedgerEntries == 0 && f.ReconciliationDifferenceFen == 0)
        {
            return null;
        }

        return new DetectedRisk(PrepaidRisk.ReconciliationDifference, RiskLevel.Warning,
            $"最近一次银行流水对账：银行有而台账无 {f.UnmatchedStatementLines} 笔，台账有而银行无 {f.UnmatchedLedgerEntries} 笔，期末余额与台账未消课余额相差 {Yuan(f.ReconciliationDifferenceFen)} 元。",
            Math.Abs(f.ReconciliationDifferenceFen));
    }

    private static string Yuan(long fen) => EnrolmentFigures.Yuan(fen);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
