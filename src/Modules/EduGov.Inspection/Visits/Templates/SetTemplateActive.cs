using EduGov.Inspection.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits.Templates;

/// <summary>Stops offering a checklist for new visits (or offers it again); visits already scored keep it.</summary>
public static class SetTemplateActive
{
    public sealed record Command(Guid TemplateId, bool Active);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var template = await db.Templates.FirstOrDefaultAsync(t => t.Id == command.TemplateId, ct) ?? throw new NotFoundException("检查表不存在。");
            template.Active = command.Active;
            await db.SaveChangesAsync(ct);
        }
    }
}
