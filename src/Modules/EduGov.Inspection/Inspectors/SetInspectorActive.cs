using EduGov.Inspection.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>
/// Deactivates an inspector (never deleted: visits and issues keep referring to them) or reactivates one. Every school must
/// keep a responsible inspector, so one still carrying schools cannot be deactivated until they are reassigned.
/// </summary>
public static class SetInspectorActive
{
    public sealed record Command(Guid InspectorId, bool Active);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspector = await db.Inspectors.FirstOrDefaultAsync(i => i.Id == command.InspectorId, ct) ?? throw new NotFoundException("督学不存在。");
            if (!command.Active)
            {
                var schools = await db.Assignments.Where(a => a.InspectorId == inspector.Id).Current(ChinaTime.Today(clock)).CountAsync(ct);
                if (schools > 0)
                {
                    throw new ConflictException($"{inspector.Name} 目前还负责 {schools} 所学校，请先将这些学校改派给其他督学或结束挂牌，再停用。");
                }
            }

            inspector.Active = command.Active;
            await db.SaveChangesAsync(ct);
        }
    }
}
