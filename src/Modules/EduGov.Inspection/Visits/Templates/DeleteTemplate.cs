using EduGov.Inspection.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits.Templates;

/// <summary>Deletes a checklist no visit has used; a used one can only be deactivated.</summary>
public static class DeleteTemplate
{
    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task HandleAsync(Guid templateId, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var template = await db.Templates.Include(t => t.Items).FirstOrDefaultAsync(t => t.Id == templateId, ct) ?? throw new NotFoundException("检查表不存在。");
            var visits = await db.Visits.CountAsync(v => v.TemplateId == templateId, ct);
            if (visits > 0)
            {
                throw new ConflictException($"该检查表已用于 {visits} 条督导记录，不能删除，只能停用。");
            }

            db.ChecklistItems.RemoveRange(template.Items);
            db.Templates.Remove(template);
            await db.SaveChangesAsync(ct);
        }
    }
}
