using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits.Templates;

/// <summary>The checklists for thematic and comprehensive inspections, with how often each was used.</summary>
public static class ListTemplates
{
    public sealed record Query(InspectionKind? Kind = null, bool IncludeInactive = false);

    public sealed record Row(Guid Id, string Name, InspectionKind Kind, string Description, bool Active, int Lines, int Visits);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var templates = db.Templates.Where(t => query.IncludeInactive || t.Active);
            if (query.Kind is { } kind)
            {
                templates = templates.Where(t => t.Kind == kind);
            }

            var rows = await templates
                .Select(t => new Row(t.Id, t.Name, t.Kind, t.Description, t.Active, t.Items.Count, db.Visits.Count(v => v.TemplateId == t.Id)))
                .ToListAsync(ct);
            return [.. rows.OrderByDescending(r => r.Active).ThenBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)];
        }
    }
}
