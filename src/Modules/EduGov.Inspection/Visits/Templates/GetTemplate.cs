using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits.Templates;

public static class GetTemplate
{
    public sealed record Line(Guid Id, SupervisionItem Item, string Text, decimal Weight, decimal MaxPoints);

    public sealed record Details(Guid Id, string Name, InspectionKind Kind, string Description, bool Active, int Visits, IReadOnlyList<Line> Lines);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await LoadAsync(db, id, ct) ?? throw new NotFoundException("检查表不存在。");
        }

        internal static Task<Details?> LoadAsync(InspectionDbContext db, Guid id, CancellationToken ct) =>
            db.Templates.Where(t => t.Id == id)
                .Select(t => new Details(t.Id, t.Name, t.Kind, t.Description, t.Active, db.Visits.Count(v => v.TemplateId == t.Id),
                    t.Items.OrderBy(i => i.Order).Select(i => new Line(i.Id, i.Item, i.Text, i.Weight, i.MaxPoints)).ToList()))
                .FirstOrDefaultAsync(ct);
    }
}
