using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>Makes another catalogue the active one and recomputes every institution in the same audited transaction.</summary>
public static class SwitchCatalogue
{
    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Guid catalogueId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await CreditEngine.ActiveItemsAsync(db, clock.GetUtcNow().UtcDateTime, ct);
            var target = db.CreditCatalogues.Local.FirstOrDefault(c => c.Id == catalogueId) ?? throw new NotFoundException("信用评价指标目录不存在。");
            if (target.Active)
            {
                throw new ConflictException($"“{target.Name}”已经是当前启用的目录。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var catalogue in db.CreditCatalogues.Local)
            {
                catalogue.Active = catalogue.Id == target.Id;
                catalogue.UpdatedAt = now;
                catalogue.UpdatedBy = user.Name;
            }

            using (AuditScope.Summarize(nameof(Domain.CreditCatalogue), $"启用信用评价指标“{target.Name}”并重算全部机构"))
            {
                await engine.RecomputeAsync(db, null, $"启用信用评价指标“{target.Name}”", ct);
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
