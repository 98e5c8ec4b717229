using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>报名管理: the applications naming a school in the user's scope, filtered, sorted and paged; personal data masked.</summary>
public static class ListApplications
{
    public sealed record Query(
        Guid? RoundId = null,
        ApplicationStatus? Status = null,
        ApplicationKind? Kind = null,
        Guid? SchoolId = null,
        int? Category = null,
        bool FlaggedOnly = false,
        string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Number, string RoundName, ApplicationKind Kind, ApplicationStatus Status, string ChildName, Sex Sex, DateOnly BirthDate,
        string IdNumberMasked, string GuardianName, string GuardianPhoneMasked, string CatchmentSchool, IReadOnlyList<string> Choices,
        int? CategoryOrder, string CategoryName, string RegistryFlag, bool BulkEntered, DateTime? SubmittedAt);

    public sealed record RoundOption(Guid Id, string Name, int Year, Stage Stage, RoundStatus Status);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var page = await Project(Sorted(Filter(await InScopeAsync(db, ct), query), query.Page)).ToPageAsync(query.Page, ct);
            var rows = await ToRowsAsync(db, page.Items, ct);
            return new PageResult<Row>(rows, page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Row>> AllAsync(Query query, int limit, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var items = await Project(Sorted(Filter(await InScopeAsync(db, ct), query), query.Page)).Take(limit).ToListAsync(ct);
            return await ToRowsAsync(db, items, ct);
        }

        /// <summary>Every round, newest first, for the filter.</summary>
        public async Task<IReadOnlyList<RoundOption>> RoundsAsync(CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().Select(r => new RoundOption(r.Id, r.Name, r.Year, r.Stage, r.Status)).ToListAsync(ct);
            return [.. rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Stage)];
        }

        /// <summary>The primary and junior schools in the user's scope, for the school filter.</summary>
        public async Task<IReadOnlyList<SchoolRef>> SchoolsAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            var schools = await registry.SchoolsAsync(user, ct);
            return [.. schools.Where(s => StageNames.StagesOf(s.Type).Any(stage => stage is Stage.Primary or Stage.Junior))];
        }

        private async Task<IQueryable<Application>> InScopeAsync(AdmissionDbContext db, CancellationToken ct)
        {
            if (await scope.SchoolIdsAsync(users.User, ct) is not { } scoped)
            {
                return db.Applications.AsNoTracking();
            }

            var ids = scoped.ToList();
            return db.Applications.AsNoTracking().Where(a =>
                (a.CatchmentSchoolId != null && ids.Contains(a.CatchmentSchoolId.Value))
                || (a.OfferedSchoolId != null && ids.Contains(a.OfferedSchoolId.Value))
                || a.Choices.Any(c => ids.Contains(c.SchoolId)));
        }

        private static IQueryable<Application> Filter(IQueryable<Application> applications, Query query)
        {
            if (query.RoundId is { } round)
            {
                applications = applications.Where(a => a.RoundId == round);
            }

            if (query.Status is { } status)
            {
                applications = applications.Where(a => a.Status == status);
            }

            if (query.Kind is { } kind)
            {
                applications = applications.Where(a => a.Kind == kind);
            }

            if (query.SchoolId is { } school)
            {
                applications = applications.Where(a => a.CatchmentSchoolId == school || a.Choices.Any(c => c.SchoolId == school));
            }

            if (query.Category is { } category)
            {
                applications = applications.Where(a => a.CategoryOrder == category);
            }

            if (query.FlaggedOnly)
            {
                applications = applications.Where(a => a.RegistryFlag != "");
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                applications = applications.Where(a => a.Number.Contains(term) || a.ChildName.Contains(term));
            }

            return applications;
        }

        private static readonly Dictionary<string, Func<IQueryable<Application>, bool, IOrderedQueryable<Application>>> Sorts = new()
        {
            ["number"] = (q, d) => q.Order(a => a.Number, d),
            ["submitted"] = (q, d) => q.Order(a => a.SubmittedAt, d).ThenOrder(a => a.Number, d),
            ["status"] = (q, d) => q.Order(a => a.Status, d).ThenOrder(a => a.Number, d),
            ["category"] = (q, d) => q.Order(a => a.CategoryOrder, d).ThenOrder(a => a.Number, d),
            ["name"] = (q, d) => q.Order(a => a.ChildName, d).ThenOrder(a => a.Number, d),
        };

        private static IQueryable<Application> Sorted(IQueryable<Application> applications, PageRequest page) => applications.SortBy(page, Sorts, "number");

        private static IQueryable<Listed> Project(IQueryable<Application> applications) =>
            applications.Select(a => new Listed(a, a.Choices.OrderBy(c => c.Rank).Select(c => c.SchoolId).ToList()));

        private async Task<IReadOnlyList<Row>> ToRowsAsync(AdmissionDbContext db, IReadOnlyList<Listed> items, CancellationToken ct)
        {
            var rounds = await db.Rounds.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
            string Name(Guid? school) => school is { } s ? names.GetValueOrDefault(s, "（学校已撤销）") : "";
            return [.. items.Select(x => new Row(
                x.Application.Id, x.Application.Number, rounds.GetValueOrDefault(x.Application.RoundId, ""), x.Application.Kind, x.Application.Status,
                x.Application.ChildName, x.Application.Sex, x.Application.BirthDate, x.Application.IdNumberMasked, x.Application.GuardianName,
                x.Application.GuardianPhoneMasked, Name(x.Application.CatchmentSchoolId), [.. x.Choices.Select(c => Name(c))],
                x.Application.CategoryOrder, x.Application.CategoryName, x.Application.RegistryFlag, x.Application.BulkEntered, x.Application.SubmittedAt))];
        }
    }

    /// <summary>An application as read for a list, with its choices in rank order.</summary>
    private sealed record Listed(Application Application, List<Guid> Choices);
}
