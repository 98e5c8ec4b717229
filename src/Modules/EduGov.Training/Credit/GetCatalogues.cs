using EduGov.Platform.Security;
using EduGov.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>Both catalogues with their items; the active one first.</summary>
public static class GetCatalogues
{
    public sealed record ItemRow(
        Guid Id, string Code, string Group, string Name, string Standard, int MaxPoints, int PointsPerInstance, Domain.BreachSeverity Severity,
        Domain.CreditGrade? GradeCap, bool DirectRed, DateTime UpdatedAt, string UpdatedBy);

    public sealed record CatalogueRow(Guid Id, string Code, string Name, string Description, bool Active, int Version, int Total, DateTime UpdatedAt, string UpdatedBy, IReadOnlyList<ItemRow> Items);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<IReadOnlyList<CatalogueRow>> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await CreditEngine.ActiveItemsAsync(db, clock.GetUtcNow().UtcDateTime, ct);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            var items = (await db.CreditItems.AsNoTracking().ToListAsync(ct)).ToLookup(i => i.CatalogueId);
            return [.. db.CreditCatalogues.Local.OrderByDescending(c => c.Active).ThenBy(c => c.Code, StringComparer.Ordinal).Select(c =>
            {
                var lines = items[c.Id].OrderBy(i => i.Order).Select(i => new ItemRow(
                    i.Id, i.Code, i.Group, i.Name, i.Standard, i.MaxPoints, i.PointsPerInstance, i.Severity, i.GradeCap, i.DirectRed, i.UpdatedAt, i.UpdatedBy)).ToList();
                return new CatalogueRow(c.Id, c.Code, c.Name, c.Description, c.Active, c.Version, lines.Sum(l => l.MaxPoints), c.UpdatedAt, c.UpdatedBy, lines);
            })];
        }
    }
}
