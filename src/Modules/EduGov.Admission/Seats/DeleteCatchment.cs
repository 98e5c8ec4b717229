using EduGov.Admission.Data;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>Removes a catchment rule of a school in scope (the audit keeps what it was).</summary>
public static class DeleteCatchment
{
    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, AdmissionScope scope, CurrentUserAccessor users)
    {
        public async Task HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rule = await db.Catchments.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("没有找到该地段规则。");
            await scope.DemandSchoolAsync(user, rule.SchoolId, ct);
            db.Catchments.Remove(rule);
            await db.SaveChangesAsync(ct);
        }
    }
}
