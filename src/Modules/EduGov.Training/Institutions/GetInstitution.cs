using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>One institution with everything on its detail page: permits, venues (with the address check), staff, courses, accounts.</summary>
public static class GetInstitution
{
    public sealed record PermitRow(Guid Id, string Number, string Scope, string Address, DateOnly IssuedOn, DateOnly ValidUntil, PermitStatus Status);

    public sealed record VenueRow(Guid Id, string Address, decimal AreaM2, bool Active, bool DiffersFromPermit);

    public sealed record StaffRow(Guid Id, string Name, string IdNumberMasked, bool Teaches, string Subjects, string QualificationNumber, DateOnly HiredOn, DateOnly? LeftOn, string? Problem);

    public sealed record CourseRow(
        Guid Id, string Name, TrainingCategory Category, string Grades, long LessonPriceFen, int LessonMinutes, int TotalLessons, DateOnly StartsOn, DateOnly EndsOn,
        string RefundPolicy, bool Active)
    {
        public long TotalFen => LessonPriceFen * TotalLessons;
    }

    public sealed record AccountRow(Guid Id, FundAccountKind Kind, string BankName, string AccountName, string AccountNumber, DateOnly OpenedOn, bool Active);

    public sealed record Detail(
        TrainingInstitution Institution, PermitRow? CurrentPermit, IReadOnlyList<PermitRow> Permits, IReadOnlyList<VenueRow> Venues, IReadOnlyList<StaffRow> Staff,
        IReadOnlyList<CourseRow> Courses, IReadOnlyList<AccountRow> Accounts);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            TrainingScope.Demand(user, id);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(TrainingScope.NotFound);
            var permits = await db.Permits.AsNoTracking().Where(p => p.InstitutionId == id).OrderByDescending(p => p.IssuedOn)
                .Select(p => new PermitRow(p.Id, p.Number, p.Scope, p.Address, p.IssuedOn, p.ValidUntil, p.Status)).ToListAsync(ct);
            var current = permits.FirstOrDefault(p => p.Status == PermitStatus.Valid);
            var venues = (await db.Venues.AsNoTracking().Where(v => v.InstitutionId == id).OrderByDescending(v => v.Active).ThenBy(v => v.CreatedAt).ToListAsync(ct))
                .Select(v => new VenueRow(v.Id, v.Address, v.AreaM2, v.Active, InstitutionRules.VenueDiffersFromPermit(v.Active, v.Address, current?.Address))).ToList();
            var staff = (await db.Staff.AsNoTracking().Where(s => s.InstitutionId == id).OrderBy(s => s.LeftOn != null).ThenBy(s => s.Name).ToListAsync(ct))
                .Select(s => new StaffRow(s.Id, s.Name, s.IdNumberMasked, s.Teaches, s.Subjects, s.TeacherQualificationNumber, s.HiredOn, s.LeftOn,
                    s.LeftOn is null ? InstitutionRules.QualificationProblem(institution.Kind, s.Teaches, s.TeacherQualificationNumber) : null)).ToList();
            var courses = await db.Courses.AsNoTracking().Where(c => c.InstitutionId == id).OrderByDescending(c => c.Active).ThenByDescending(c => c.StartsOn)
                .Select(c => new CourseRow(c.Id, c.Name, c.Category, c.Grades, c.LessonPriceFen, c.LessonMinutes, c.TotalLessons, c.StartsOn, c.EndsOn, c.RefundPolicy, c.Active)).ToListAsync(ct);
            var accounts = await db.FundAccounts.AsNoTracking().Where(a => a.InstitutionId == id).OrderBy(a => a.Kind)
                .Select(a => new AccountRow(a.Id, a.Kind, a.BankName, a.AccountName, a.AccountNumber, a.OpenedOn, a.Active)).ToListAsync(ct);
            return new Detail(institution, current, permits, venues, staff, courses, accounts);
        }
    }
}
