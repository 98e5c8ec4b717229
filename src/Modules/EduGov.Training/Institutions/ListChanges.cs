using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>变更审核 queue for officers, and an institution's own changes for the portal; paged.</summary>
public static class ListChanges
{
    public sealed record Query(ChangeStatus? Status = null, ChangeKind? Kind = null, Guid? InstitutionId = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, ChangeKind Kind, string Summary, ChangeStatus Status, string Reason,
        string SubmittedBy, DateTime SubmittedAt, string DecidedBy, DateTime? DecidedAt);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            var own = user.Has(TrainingPermissions.Read) ? query.InstitutionId : OwnOnly(user);
            if (own is { } scoped)
            {
                TrainingScope.Demand(user, scoped);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var changes = db.ChangeRequests.AsQueryable();
            if (own is { } institutionId)
            {
                changes = changes.Where(c => c.InstitutionId == institutionId);
            }

            if (query.Status is { } status)
            {
                changes = changes.Where(c => c.Status == status);
            }

            if (query.Kind is { } kind)
            {
                changes = changes.Where(c => c.Kind == kind);
            }

            var rows = changes.OrderBy(c => c.Status).ThenByDescending(c => c.SubmittedAt)
                .Select(c => new Row(c.Id, c.InstitutionId, db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
                    c.Kind, c.Summary, c.Status, c.Reason, c.SubmittedBy, c.SubmittedAt, c.DecidedBy, c.DecidedAt));
            return await rows.ToPageAsync(query.Page, ct);
        }

        private static Guid OwnOnly(CurrentUser user)
        {
            user.Demand(TrainingPermissions.Portal);
            return TrainingScope.DemandOwn(user);
        }
    }
}
