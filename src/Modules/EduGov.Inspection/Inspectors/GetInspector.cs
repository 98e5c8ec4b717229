using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>One inspector: appointment details, linked account, current schools and the whole assignment history.</summary>
public static class GetInspector
{
    public sealed record Details(
        Guid Id, string Name, InspectorEmployment Employment, string Background, IReadOnlyList<Stage> Stages, string CertificateNumber, string Phone,
        Guid? PhotoId, string? UserName, bool Active, int Load, IReadOnlyList<AssignmentView> History)
    {
        public IReadOnlyList<AssignmentView> Current => [.. History.Where(a => a.IsCurrent)];

        public bool OverLoad => Current.Count > Load;
    }

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, IRegistryDirectory registry, UserManager<UserAccount> accounts, TimeProvider clock)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspector = await db.Inspectors.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("督学不存在。");
            var load = await db.Settings.Select(s => s.SchoolsPerInspector).SingleAsync(ct);
            var assignments = await db.Assignments.AsNoTracking().Where(a => a.InspectorId == id)
                .OrderByDescending(a => a.From).ThenByDescending(a => a.AssignedAt).ToListAsync(ct);
            var schools = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var today = ChinaTime.Today(clock);
            var userName = await accounts.Users.Where(u => u.Id == inspector.UserId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
            return new Details(
                inspector.Id, inspector.Name, inspector.Employment, inspector.Background, InspectorStages.Parse(inspector.Stages), inspector.CertificateNumber,
                inspector.Phone, inspector.PhotoId, userName, inspector.Active, load,
                [.. assignments.Select(a => AssignmentQueries.View(a, inspector.Name, schools, today))]);
        }
    }
}
