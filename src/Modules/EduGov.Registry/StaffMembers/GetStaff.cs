using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

public static class GetStaff
{
    public sealed record EventView(Guid Id, StaffEventKind Kind, DateOnly EffectiveOn, string? OldValue, string NewValue, string Note, string RecordedBy, DateTime RecordedAt);

    public sealed record Details(Guid Id, string Name, Sex Sex, DateOnly BirthDate, DocumentType DocumentType, string IdNumberMasked, string PhoneMasked,
        Education Education, string TeacherQualification, Title Title, KeyTeacherLevel KeyTeacherLevel, string Subject, EmploymentStatus Status,
        Guid SchoolId, string School, DateOnly JoinedOn, IReadOnlyList<EventView> History);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Details> HandleAsync(Guid staffId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StaffRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var s = await db.StaffInScopeAsync(user, staffId, ct);
            var school = await db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstAsync(ct);
            var history = await db.StaffEvents.Where(e => e.StaffId == staffId).OrderByDescending(e => e.EffectiveOn).ThenByDescending(e => e.RecordedAt)
                .Select(e => new EventView(e.Id, e.Kind, e.EffectiveOn, e.OldValue, e.NewValue, e.Note, e.RecordedByName, e.RecordedAt)).ToListAsync(ct);
            return new Details(s.Id, s.Name, s.Sex, s.BirthDate, s.DocumentType, s.IdNumberMasked, s.PhoneMasked, s.Education, s.TeacherQualification, s.Title,
                s.KeyTeacherLevel, s.Subject, s.EmploymentStatus, s.SchoolId, school, s.JoinedOn, history);
        }
    }
}
