using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// Changes an item's points: the catalogue's version goes up, the change is audited, and when the catalogue is active every
/// institution is recomputed in the same transaction (records keep the points of their decision).
/// </summary>
public static class SaveCreditItem
{
    public const int MaxPoints = 1000;

    public sealed record Command(Guid ItemId, int MaxPoints, int PointsPerInstance, string Standard);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.MaxPoints).InclusiveBetween(1, MaxPoints).WithMessage($"满分应为 1 到 {MaxPoints} 分");
            RuleFor(c => c.PointsPerInstance).InclusiveBetween(1, MaxPoints).WithMessage($"每次扣分应为 1 到 {MaxPoints} 分");
            RuleFor(c => c.PointsPerInstance).LessThanOrEqualTo(c => c.MaxPoints).WithMessage("每次扣分不能超过该项满分");
            RuleFor(c => c.Standard).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("请填写评分标准")
                .Must(s => (s ?? "").Trim().Length <= 500).WithMessage("评分标准不能超过 500 字");
        }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, Validator validator, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var item = await db.CreditItems.FirstOrDefaultAsync(i => i.Id == command.ItemId, ct) ?? throw new NotFoundException("评价项目不存在。");
            var catalogue = await db.CreditCatalogues.FirstAsync(c => c.Id == item.CatalogueId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            item.MaxPoints = command.MaxPoints;
            item.PointsPerInstance = command.PointsPerInstance;
            item.Standard = command.Standard.Trim();
            item.UpdatedAt = now;
            item.UpdatedBy = user.Name;
            catalogue.Version++;
            catalogue.UpdatedAt = now;
            catalogue.UpdatedBy = user.Name;
            using (AuditScope.Summarize(nameof(Domain.CreditItem), $"修改“{catalogue.Name}”第 {catalogue.Version} 版：{item.Name} 满分 {item.MaxPoints}、每次扣 {item.PointsPerInstance}"))
            {
                if (catalogue.Active)
                {
                    await engine.RecomputeAsync(db, null, $"修改评价项目“{item.Name}”分值", ct);
                }

                await db.SaveChangesAsync(ct);
            }
        }
    }
}
