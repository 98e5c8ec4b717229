using System.Globalization;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Rules;

/// <summary>
/// 新增规则版本: a new value of a threshold from a date on (today or later: decisions already taken keep the rule they
/// were taken under), with its source document and level. Earlier versions stay as they were.
/// </summary>
public static class AddRuleVersion
{
    public sealed record Command(string Key, decimal Value, DateOnly EffectiveFrom, string Source, RuleLevel Level, string Note);

    /// <summary>Units counted in whole numbers (the rule book reads them as integers).</summary>
    private static readonly HashSet<string> WholeUnits = new(StringComparer.Ordinal) { "个月", "课时", "个工作日", "日", "张", "人", "笔" };

    public static bool IsPercent(RuleDefinition rule) => rule.Unit == "%";

    public static bool IsWhole(RuleDefinition rule) => WholeUnits.Contains(rule.Unit);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Key).Must(k => RuleCatalog.All.Any(r => r.Key == k)).WithMessage("没有这条规则");
            RuleFor(c => c).Custom((c, context) =>
            {
                if (RuleCatalog.All.FirstOrDefault(r => r.Key == c.Key) is { } rule && ValueProblem(rule, c.Value) is { } problem)
                {
                    context.AddFailure(nameof(Command.Value), problem);
                }
            });
            RuleFor(c => c.EffectiveFrom).Must(d => d >= ChinaTime.Today(clock)).WithMessage("生效日期不能早于今天（已作出的决定按当时的规则）");
            RuleFor(c => c.Source).Must(s => s.Trim().Length > 0).WithMessage("请填写依据文件");
            RuleFor(c => c.Source).Must(s => s.Trim().Length <= 300).WithMessage("依据文件不能超过 300 字");
            RuleFor(c => c.Level).IsInEnum().WithMessage("请选择文件层级");
            RuleFor(c => c.Note).Must(n => n.Trim().Length <= 500).WithMessage("说明不能超过 500 字");
        }
    }

    /// <summary>Percentages lie in 0–100; every other threshold is a positive amount, whole where its unit counts.</summary>
    public static string? ValueProblem(RuleDefinition rule, decimal value)
    {
        if (IsPercent(rule))
        {
            return value is < 0 or > 100 ? $"{rule.Title}是百分比，应在 0 到 100 之间" : null;
        }

        if (value <= 0)
        {
            return $"{rule.Title}必须大于 0";
        }

        return IsWhole(rule) && value != decimal.Truncate(value)
            ? $"{rule.Title}以“{rule.Unit}”计，应为整数"
            : null;
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var version = new TrainingRule
            {
                Key = command.Key,
                Value = command.Value,
                EffectiveFrom = command.EffectiveFrom,
                SourceDocument = command.Source.Trim(),
                Level = command.Level,
                Note = command.Note.Trim(),
                ChangedBy = user.Name,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Rules.Add(version);
            await db.SaveChangesAsync(ct);
            return version.Id;
        }
    }

    public static string Show(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
