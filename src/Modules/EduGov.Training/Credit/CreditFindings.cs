using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// The credit part's door (<see cref="ICreditFindings"/>): records a finding against the active catalogue with its publication
/// periods from the rules, and recomputes the institution in the caller's unit of work. The caller checks its own permission.
/// </summary>
internal sealed class CreditFindings(
    IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CreditFindings.Validator validator, CurrentUserAccessor users, TimeProvider clock) : ICreditFindings
{
    public const int MaxInstances = 1000;
    public const int MaxDescription = 1000;

    internal sealed class Validator : AbstractValidator<CreditFinding>
    {
        public Validator()
        {
            RuleFor(f => f.InstitutionId).NotEmpty().WithMessage("请选择培训机构");
            RuleFor(f => f.ItemId).NotEmpty().WithMessage("请选择信用评价项目");
            RuleFor(f => f.Instances).InclusiveBetween(1, MaxInstances).WithMessage($"违规次数（人次）应为 1 到 {MaxInstances}");
            RuleFor(f => f.Description).Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("请描述失信事实")
                .Must(d => (d ?? "").Trim().Length <= MaxDescription).WithMessage($"失信事实不能超过 {MaxDescription} 字");
            RuleFor(f => f.Source).IsInEnum().WithMessage("来源不正确");
        }
    }

    public async Task<IReadOnlyList<CreditItemRef>> ActiveItemsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var items = await CreditEngine.ActiveItemsAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }

        return [.. items.Select(i => new CreditItemRef(i.Id, i.Code, i.Name, i.Group, i.PointsPerInstance, i.Severity))];
    }

    public Task AddAsync(TrainingDbContext db, CreditFinding finding, CancellationToken ct = default) => AddAsync(db, finding, null, ct);

    /// <summary>As <see cref="AddAsync(TrainingDbContext, CreditFinding, CancellationToken)"/>, with the officer's own judgement of the severity (null: the item's).</summary>
    public async Task AddAsync(TrainingDbContext db, CreditFinding finding, BreachSeverity? severity, CancellationToken ct = default)
    {
        await validator.EnsureValidAsync(finding, ct);
        var today = ChinaTime.Today(clock);
        if (finding.FoundOn > today)
        {
            throw new InvalidInputException(nameof(CreditFinding.FoundOn), "认定日期不能晚于今天");
        }

        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == finding.InstitutionId, ct) ?? throw new NotFoundException(Scope.TrainingScope.NotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        var item = (await CreditEngine.ActiveItemsAsync(db, now, ct)).FirstOrDefault(i => i.Id == finding.ItemId)
            ?? throw new InvalidInputException(nameof(CreditFinding.ItemId), "该项目不在当前启用的信用评价指标中，请重新选择");
        if (severity is { } chosen && !Enum.IsDefined(chosen))
        {
            throw new InvalidInputException(nameof(RecordFinding.Command.Severity), "失信程度不正确");
        }

        var level = severity ?? item.Severity;
        var book = await engine.RulesAsync(ct);
        var periods = CreditEngine.Periods(book);
        var tier = (Supervision.Credit.Tier)level;
        var publicUntil = periods.PublicUntil(tier, finding.FoundOn);
        if (publicUntil <= today)
        {
            throw new InvalidInputException(nameof(CreditFinding.FoundOn), $"按{CreditNames.Of(level)}失信信息的最长公示期，{finding.FoundOn:yyyy-MM-dd} 认定的记录已过公示期，不能再记入");
        }

        db.CreditRecords.Add(new CreditRecord
        {
            InstitutionId = institution.Id, ItemId = item.Id, ItemCode = item.Code, ItemName = item.Name, Instances = finding.Instances,
            PointsDeducted = Math.Min(item.MaxPoints, finding.Instances * item.PointsPerInstance), Severity = level,
            Description = finding.Description.Trim(), Source = finding.Source, SourceId = finding.SourceId, DecidedOn = finding.FoundOn,
            RepairableFrom = periods.RepairableFrom(tier, finding.FoundOn), PublicUntil = publicUntil, RecordedBy = users.User.Name, CreatedAt = now,
        });
        await engine.RecomputeAsync(db, [institution.Id], $"新增失信记录（{item.Name}）", ct);
    }
}
