using EduGov.Admission.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>The saved versions of a round's policy, newest first: who, when, why, and the whole policy of each.</summary>
public static class ListRevisions
{
    public sealed record Row(int Version, string Reason, string ChangedBy, DateTime ChangedAt, PolicyValues Policy);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Rounds.AnyAsync(r => r.Id == roundId, ct))
            {
                throw new NotFoundException(RoundAccess.NotFound);
            }

            var revisions = await db.PolicyRevisions.AsNoTracking().Where(r => r.RoundId == roundId).OrderByDescending(r => r.Version).ToListAsync(ct);
            return [.. revisions.Select(r => new Row(r.Version, r.Reason, r.ChangedBy, r.ChangedAt, PolicySnapshot.Read(r.Snapshot)))];
        }
    }
}
