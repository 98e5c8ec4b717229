using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>
/// Opens a draft visit record, from a planned visit or ad hoc for a school in scope. Starting a planned visit that
/// already has a draft opens that draft again.
/// </summary>
public static class StartVisit
{
    public sealed record Command(Guid? PlannedVisitId = null, Guid? SchoolId = null);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Visit);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            if (command.PlannedVisitId is { } planId)
            {
                return await StartPlannedAsync(db, user, planId, today, ct);
            }

            var schoolId = command.SchoolId ?? throw new InvalidInputException(nameof(Command.SchoolId), "请选择学校");
            await scope.DemandSchoolAsync(user, schoolId, ct);
            var visit = NewVisit(schoolId, await VisitActors.ForSchoolAsync(db, user, schoolId, today, ct), null, today);
            db.Visits.Add(visit);
            await db.SaveChangesAsync(ct);
            return visit.Id;
        }

        private async Task<Guid> StartPlannedAsync(InspectionDbContext db, CurrentUser user, Guid planId, DateOnly today, CancellationToken ct)
        {
            var plan = await db.PlannedVisits.FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("督导计划不存在。");
            if (await VisitActors.OwnAsync(db, user, ct) is { } own && own.Id != plan.InspectorId)
            {
                throw new ForbiddenException("这不是您的督导任务。");
            }

            await scope.DemandSchoolAsync(user, plan.SchoolId, ct);
            switch (plan.Status)
            {
                case PlannedVisitStatus.Cancelled:
                    throw new ConflictException("该督导任务已取消（学校已改派其他督学）。");
                case PlannedVisitStatus.Done:
                    throw new ConflictException("该督导任务已完成。");
            }

            if (plan.VisitId is { } draftId && await db.Visits.AnyAsync(v => v.Id == draftId && v.Status == VisitStatus.Draft, ct))
            {
                return draftId;
            }

            var visit = NewVisit(plan.SchoolId, plan.InspectorId, plan.Id, today);
            db.Visits.Add(visit);
            plan.VisitId = visit.Id;
            await db.SaveChangesAsync(ct);
            return visit.Id;
        }

        private Visit NewVisit(Guid schoolId, Guid inspectorId, Guid? planId, DateOnly today) => new()
        {
            SchoolId = schoolId, InspectorId = inspectorId, PlannedVisitId = planId, VisitedOn = today, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
    }
}
