using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>The bureau's inspectors with how many schools each currently carries against the configured load.</summary>
public static class ListInspectors
{
    public sealed record Query(string? Search = null, InspectorEmployment? Employment = null, Stage? Stage = null, bool IncludeInactive = false)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Name, InspectorEmployment Employment, string Background, IReadOnlyList<Stage> Stages, string CertificateNumber, string Phone,
        bool Active, int CurrentSchools, int Load)
    {
        public bool OverLoad => CurrentSchools > Load;
    }

    /// <summary>A row as the database returns it (member-initialised, so the list can sort on any of its members).</summary>
    private sealed class Raw
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public InspectorEmployment Employment { get; init; }
        public string Background { get; init; } = "";
        public string Stages { get; init; } = "";
        public string CertificateNumber { get; init; } = "";
        public string Phone { get; init; } = "";
        public bool Active { get; init; }
        public int CurrentSchools { get; init; }
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var load = await db.Settings.Select(s => s.SchoolsPerInspector).SingleAsync(ct);
            var rows = Filter(db.Inspectors, query).Select(i => new Raw
            {
                Id = i.Id, Name = i.Name, Employment = i.Employment, Background = i.Background, Stages = i.Stages,
                CertificateNumber = i.CertificateNumber, Phone = i.Phone, Active = i.Active,
                CurrentSchools = db.Assignments.Count(a => a.InspectorId == i.Id && (a.Until == null || a.Until >= today)),
            });
            var page = await rows.SortBy(query.Page, Sorts, "name").ToPageAsync(query.Page, ct);
            return new PageResult<Row>(
                [.. page.Items.Select(r => new Row(r.Id, r.Name, r.Employment, r.Background, InspectorStages.Parse(r.Stages), r.CertificateNumber, r.Phone, r.Active, r.CurrentSchools, load))],
                page.Total, page.Page, page.Size);
        }

        private static IQueryable<Inspector> Filter(IQueryable<Inspector> inspectors, Query query)
        {
            if (!query.IncludeInactive)
            {
                inspectors = inspectors.Where(i => i.Active);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                inspectors = inspectors.Where(i => i.Name.Contains(term) || i.CertificateNumber.Contains(term));
            }

            if (query.Employment is { } employment)
            {
                inspectors = inspectors.Where(i => i.Employment == employment);
            }

            if (query.Stage is { } stage)
            {
                var token = InspectorStages.Token(stage);
                inspectors = inspectors.Where(i => ("," + i.Stages + ",").Contains(token));
            }

            return inspectors;
        }
    }

    private static readonly Dictionary<string, Func<IQueryable<Raw>, bool, IOrderedQueryable<Raw>>> Sorts = new()
    {
        ["name"] = (q, d) => q.Order(r => r.Name, d).ThenOrder(r => r.Id, d),
        ["certificate"] = (q, d) => q.Order(r => r.CertificateNumber, d).ThenOrder(r => r.Id, d),
        ["schools"] = (q, d) => q.Order(r => r.CurrentSchools, d).ThenOrder(r => r.Name, d).ThenOrder(r => r.Id, d),
    };
}
