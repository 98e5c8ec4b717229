using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>Institutions by name for the pickers of the complaint, referral and penalty forms.</summary>
public static class FindInstitutions
{
    public const int Limit = 20;

    public sealed record Item(Guid Id, string Name, InstitutionStatus Status);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(string? search, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institutions = db.Institutions.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(search))
            {
                var term = search.Trim();
                institutions = institutions.Where(i => i.Name.Contains(term) || i.CreditCode.Contains(term));
            }

            return await institutions.OrderBy(i => i.Name).Take(Limit).Select(i => new Item(i.Id, i.Name, i.Status)).ToListAsync(ct);
        }
    }
}
