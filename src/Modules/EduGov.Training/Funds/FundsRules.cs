using System.Security.Cryptography;
using System.Text;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Domain;
using EduGov.Training.Rules;

namespace EduGov.Training.Funds;

/// <summary>The prepaid-fee part's view of the rule book, and its confirmation tokens.</summary>
internal static class FundsRules
{
    public static ChargeLimits ChargeLimits(RuleBook rules) => new(
        rules.Whole(RuleCatalog.ChargeMaxMonths), rules.Whole(RuleCatalog.ChargeMaxLessons),
        (long)(rules.Value(RuleCatalog.ChargeMaxYuan) * 100), rules.Whole(RuleCatalog.ChargeEarliestMonths),
        rules.Whole(RuleCatalog.ChargeRenewalLessons));

    public static RefundTerms RefundTerms(RuleBook rules) => new(
        rules.Whole(RuleCatalog.RefundBeforeStartDays), rules.Whole(RuleCatalog.RefundAfterStartDays), rules.Whole(RuleCatalog.RefundDeemedAgreedDays));

    public static AlertThresholds AlertThresholds(RuleBook rules) => new(
        rules.Value(RuleCatalog.AlertSurgeRatio), rules.Whole(RuleCatalog.AlertSurgeDays), rules.Whole(RuleCatalog.AlertRefundPileUp), rules.Whole(RuleCatalog.PermitWarningDays));

    public static string KeyOf(ChargeRule rule) => rule switch
    {
        ChargeRule.MaxMonths => RuleCatalog.ChargeMaxMonths,
        ChargeRule.MaxLessons => RuleCatalog.ChargeMaxLessons,
        ChargeRule.MaxAmount => RuleCatalog.ChargeMaxYuan,
        _ => RuleCatalog.ChargeEarliestMonths,
    };

    /// <summary>"本次收费 61 课时：一次性收费最多课时为 60 课时（依据：…）".</summary>
    public static string Explain(ChargeViolation violation, RuleBook rules)
    {
        var actual = violation.Rule switch
        {
            ChargeRule.MaxMonths => $"本次收费覆盖 {violation.Actual} 个月",
            ChargeRule.MaxLessons => $"本次收费 {violation.Actual} 课时",
            ChargeRule.MaxAmount => $"本次收费 {TrainingNames.Yuan(violation.Actual)} 元",
            _ => $"收费日期早于允许的最早收费日 {violation.Actual} 天",
        };
        var renewal = violation.Rule == ChargeRule.TooEarly ? $"；续费的，须待该学员本课程剩余课时不多于 {rules.Whole(RuleCatalog.ChargeRenewalLessons)} 课时" : "";
        return $"{actual}，超出规定：{rules.Cite(KeyOf(violation.Rule))}{renewal}";
    }

    public static AlertKind KindOf(PrepaidRisk risk) => risk switch
    {
        PrepaidRisk.BalanceShortfall => AlertKind.BalanceShortfall,
        PrepaidRisk.PaymentSurge => AlertKind.PaymentSurge,
        PrepaidRisk.RefundPileUp => AlertKind.RefundPileUp,
        PrepaidRisk.PermitExpiring => AlertKind.PermitExpiring,
        PrepaidRisk.DepositShort => AlertKind.DepositShort,
        _ => AlertKind.ReconciliationDifference,
    };

    public static AlertSeverity SeverityOf(RiskLevel level) => (AlertSeverity)(int)level;

    /// <summary>The alert kinds this part raises and resolves; others (venue changes) belong to other parts.</summary>
    public static readonly AlertKind[] OwnKinds =
        [AlertKind.BalanceShortfall, AlertKind.PaymentSurge, AlertKind.RefundPileUp, AlertKind.PermitExpiring, AlertKind.DepositShort, AlertKind.ReconciliationDifference];

    /// <summary>One alert per institution and kind: a repeat finding updates it.</summary>
    public static string AlertKey(AlertKind kind) => "funds:" + kind switch
    {
        AlertKind.BalanceShortfall => "balance",
        AlertKind.PaymentSurge => "surge",
        AlertKind.RefundPileUp => "refunds",
        AlertKind.PermitExpiring => "permit",
        AlertKind.DepositShort => "deposit",
        _ => "reconciliation",
    };

    /// <summary>A new confirmation token (URL-safe, 128 bits) and the hash that is stored instead of it.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim().ToLowerInvariant())));
}
