using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>One application with its institution, current permit, opinions, documents and the timeline of its steps.</summary>
public static class GetApplication
{
    public sealed record OpinionRow(Guid Id, Department Department, DateOnly RequestedOn, DateOnly DueOn, OpinionResult? Result, string Text, string EnteredBy, DateTime? EnteredAt, bool Overdue);

    public sealed record Detail(
        LicenceApplication Application, TrainingInstitution Institution, SchoolPermit? CurrentPermit, IReadOnlyList<OpinionRow> Opinions, IReadOnlyList<LicenceStep> Steps,
        IReadOnlyList<Notices.DocumentInfo> Documents, bool Overdue, int WorkingDaysLeft, IReadOnlyList<Department> SuggestedDepartments);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TrainingRules rules, TimeProvider clock)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read))
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.LicenceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("许可申请不存在。");
            TrainingScope.Demand(user, application.InstitutionId);
            var institution = await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == application.InstitutionId, ct);
            var permit = await db.Permits.AsNoTracking().Where(p => p.InstitutionId == institution.Id && p.Status == PermitStatus.Valid).OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct);
            var today = ChinaTime.Today(clock);
            var calendar = (await rules.ForDayAsync(today, ct)).Calendar;
            var opinions = (await db.LicenceOpinions.AsNoTracking().Where(o => o.ApplicationId == id).OrderBy(o => o.Department).ToListAsync(ct))
                .Select(o => new OpinionRow(o.Id, o.Department, o.RequestedOn, o.DueOn, o.Result, o.Text, o.EnteredBy, o.EnteredAt, o.Result is null && o.DueOn < today)).ToList();
            var steps = await db.LicenceSteps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Sequence).ToListAsync(ct);
            var documents = await db.Documents.AsNoTracking().Where(d => d.OwnerKind == DocumentOwner.LicenceApplication && d.OwnerId == id)
                .Select(d => new Notices.DocumentInfo(d.Id, d.FileName, d.ContentType, d.Length, d.Sha256, d.UploadedBy, d.UploadedAt)).ToListAsync(ct);
            return new Detail(application, institution, permit, opinions, steps, documents,
                LicensingRules.IsOverdue(application.Status, application.DecisionDueOn, today), LicensingRules.WorkingDaysLeft(calendar, application.DecisionDueOn, today),
                LicensingRules.DepartmentsFor(institution.Category));
        }
    }
}
