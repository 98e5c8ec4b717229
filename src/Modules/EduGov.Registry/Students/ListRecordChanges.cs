using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>The approval queue: record changes touching a school in the user's scope.</summary>
public static class ListRecordChanges
{
    public sealed record Query(ApprovalStatus? Status = ApprovalStatus.Pending, RecordChangeKind? Kind = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid Id, Guid StudentId, string StudentName, RecordChangeKind Kind, DateOnly EffectiveOn, string FromSchool, string? ToSchool,
        string Reason, ApprovalStatus Status, string RequestedBy, DateTime RequestedAt);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schoolIds = db.Schools(user).Select(s => s.Id);
            var changes = db.RecordChanges.Where(c => schoolIds.Contains(c.FromSchoolId) || (c.ToSchoolId != null && schoolIds.Contains(c.ToSchoolId.Value)));
            if (query.Status is { } status)
            {
                changes = changes.Where(c => c.Status == status);
            }

            if (query.Kind is { } kind)
            {
                changes = changes.Where(c => c.Kind == kind);
            }

            return await changes.OrderBy(c => c.RequestedAt).Select(c => new Row(
                c.Id, c.StudentId,
                db.Students.Where(s => s.Id == c.StudentId).Select(s => s.Name).First(),
                c.Kind, c.EffectiveOn,
                db.Schools.Where(s => s.Id == c.FromSchoolId).Select(s => s.Name).First(),
                db.Schools.Where(s => s.Id == c.ToSchoolId).Select(s => s.Name).FirstOrDefault(),
                c.Reason, c.Status, c.RequestedByName, c.RequestedAt)).ToPageAsync(query.Page, ct);
        }
    }
}
