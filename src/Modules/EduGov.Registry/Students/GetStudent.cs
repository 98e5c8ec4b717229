using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

public static class GetStudent
{
    public sealed record GuardianView(Guid Id, string Name, string Relation, string PhoneMasked);

    public sealed record ChangeView(Guid Id, RecordChangeKind Kind, DateOnly EffectiveOn, string FromSchool, string? ToSchool, string Reason, ApprovalStatus Status,
        string RequestedBy, DateTime RequestedAt, string? DecidedBy, DateTime? DecidedAt, string? DecisionNote);

    public sealed record Details(Guid Id, string Name, Sex Sex, DateOnly BirthDate, DocumentType DocumentType, string IdNumberMasked, string NationalStudentNumberMasked,
        string HukouRegionCode, string HomeAddressMasked, Guid SchoolId, string School, int Grade, Guid? ClassId, string? ClassName, StudentStatus Status,
        DateOnly EnrolledOn, DateTime CreatedAt, IReadOnlyList<GuardianView> Guardians, IReadOnlyList<ChangeView> Changes);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Details> HandleAsync(Guid studentId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var s = await db.StudentInScopeAsync(user, studentId, ct);
            var guardians = await db.Guardians.Where(g => g.StudentId == studentId).OrderBy(g => g.Relation)
                .Select(g => new GuardianView(g.Id, g.Name, g.Relation, g.PhoneMasked)).ToListAsync(ct);
            var schoolNames = await db.Schools.Select(x => new { x.Id, x.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
            var changes = await db.RecordChanges.Where(c => c.StudentId == studentId).OrderByDescending(c => c.RequestedAt).ToListAsync(ct);
            var classNumber = s.ClassId is null ? null : await db.Classes.Where(c => c.Id == s.ClassId).Select(c => (int?)c.Number).FirstOrDefaultAsync(ct);
            return new Details(s.Id, s.Name, s.Sex, s.BirthDate, s.DocumentType, s.IdNumberMasked, s.NationalStudentNumberMasked, s.HukouRegionCode, s.HomeAddressMasked,
                s.SchoolId, schoolNames.GetValueOrDefault(s.SchoolId, ""), s.Grade, s.ClassId, classNumber is { } n ? StageNames.ClassName(s.Grade, n) : null, s.Status,
                s.EnrolledOn, s.CreatedAt, guardians,
                [.. changes.Select(c => new ChangeView(c.Id, c.Kind, c.EffectiveOn, schoolNames.GetValueOrDefault(c.FromSchoolId, ""),
                    c.ToSchoolId is { } to ? schoolNames.GetValueOrDefault(to, "") : null, c.Reason, c.Status, c.RequestedByName, c.RequestedAt,
                    c.DecidedByName, c.DecidedAt, c.DecisionNote))]);
        }
    }
}
