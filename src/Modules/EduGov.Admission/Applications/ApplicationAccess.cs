using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>Finds an application for the acting user: a parent only their own, staff only one naming a school in their scope.</summary>
internal static class ApplicationAccess
{
    public const string Missing = "没有找到这份报名。";

    /// <summary>Who may read applications: a parent (their own) or staff with the read permission.</summary>
    public static void DemandReader(CurrentUser user) =>
        user.Demand(user.Role == Role.Parent ? AdmissionPermissions.Apply : AdmissionPermissions.Read);

    public static async Task<Application> FindAsync(AdmissionDbContext db, AdmissionScope scope, CurrentUser user, Guid id, CancellationToken ct, bool tracked = false)
    {
        DemandReader(user);
        var query = db.Applications.Include(a => a.Choices).AsQueryable();
        var application = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(Missing);
        await scope.DemandApplicationAsync(user, application, ct);
        return application;
    }

    /// <summary>Who may change the family's facts: the parent who applied, or an officer for an application entered in bulk.</summary>
    public static void DemandEditor(CurrentUser user, Application application)
    {
        if (user.Role == Role.Parent)
        {
            user.Demand(AdmissionPermissions.Apply);
            AdmissionScope.DemandOwn(user, application);
            return;
        }

        user.Demand(AdmissionPermissions.Manage);
        if (!application.BulkEntered)
        {
            throw new ForbiddenException("家长在线填报的报名只能由家长本人修改。");
        }
    }
}
