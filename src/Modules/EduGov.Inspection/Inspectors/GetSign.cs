using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>
/// What the school's public sign (责任督学挂牌督导公示牌) shows: the responsible inspector's name, photo, phone and
/// 督学证号, the eight supervision items, and the bureau's contact for complaints.
/// </summary>
public static class GetSign
{
    public sealed record SignInspector(Guid Id, string Name, string Phone, string CertificateNumber, Guid? PhotoId, DateOnly Since);

    public sealed record Sign(Guid SchoolId, string School, string SchoolCode, SignInspector? Inspector, IReadOnlyList<SupervisionItem> Items, BureauRef? Bureau);

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, InspectionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Sign> HandleAsync(Guid schoolId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == schoolId) ?? throw new NotFoundException("学校不存在。");
            await scope.DemandSchoolAsync(user, schoolId, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var inspector = await db.Assignments.Where(a => a.SchoolId == schoolId && a.From <= today).Current(today)
                .OrderByDescending(a => a.From)
                .Join(db.Inspectors, a => a.InspectorId, i => i.Id, (a, i) => new SignInspector(i.Id, i.Name, i.Phone, i.CertificateNumber, i.PhotoId, a.From))
                .FirstOrDefaultAsync(ct);
            return new Sign(school.Id, school.Name, school.Code, inspector, InspectionNames.Items, await registry.BureauAsync(ct));
        }
    }
}
