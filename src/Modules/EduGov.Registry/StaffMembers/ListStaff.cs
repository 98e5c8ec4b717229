using EduGov.Platform.Privacy;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

public static class ListStaff
{
    public sealed record Query(string? Search = null, Guid? SchoolId = null, Title? Title = null, KeyTeacherLevel? KeyTeacherLevel = null, string? Subject = null, EmploymentStatus? Status = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid Id, string Name, Sex Sex, DateOnly BirthDate, string IdNumberMasked, string School, string Subject, Title Title, KeyTeacherLevel KeyTeacherLevel, Education Education, EmploymentStatus Status);

    private static readonly Dictionary<string, Func<IQueryable<Staff>, bool, IOrderedQueryable<Staff>>> Sorts = new()
    {
        ["name"] = (q, d) => q.Order(s => s.Name, d).ThenOrder(s => s.Id, d),
        ["title"] = (q, d) => q.Order(s => s.Title, d).ThenOrder(s => s.Name, d).ThenOrder(s => s.Id, d),
        ["keyTeacherLevel"] = (q, d) => q.Order(s => s.KeyTeacherLevel, d).ThenOrder(s => s.Name, d).ThenOrder(s => s.Id, d),
        ["birthDate"] = (q, d) => q.Order(s => s.BirthDate, d).ThenOrder(s => s.Id, d),
        ["subject"] = (q, d) => q.Order(s => s.Subject, d).ThenOrder(s => s.Name, d).ThenOrder(s => s.Id, d),
    };

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StaffRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var staff = Filter(db.StaffMembers(user), query, protector);
            return await staff.SortBy(query.Page, Sorts, "name").Select(s => new Row(
                s.Id, s.Name, s.Sex, s.BirthDate, s.IdNumberMasked,
                db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(),
                s.Subject, s.Title, s.KeyTeacherLevel, s.Education, s.EmploymentStatus)).ToPageAsync(query.Page, ct);
        }

        internal static IQueryable<Staff> Filter(IQueryable<Staff> staff, Query query, FieldProtector protector)
        {
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = DigitNormalizer.Normalize(query.Search);
                if (term.Length >= 15 && term.Any(char.IsDigit))
                {
                    var lookup = protector.LookupKey(term);
                    staff = staff.Where(s => s.IdNumberLookup == lookup);
                }
                else
                {
                    var name = query.Search.Trim();
                    staff = staff.Where(s => s.Name.Contains(name));
                }
            }

            if (query.SchoolId is { } school)
            {
                staff = staff.Where(s => s.SchoolId == school);
            }

            if (query.Title is { } title)
            {
                staff = staff.Where(s => s.Title == title);
            }

            if (query.KeyTeacherLevel is { } level)
            {
                staff = staff.Where(s => s.KeyTeacherLevel == level);
            }

            if (!string.IsNullOrWhiteSpace(query.Subject))
            {
                staff = staff.Where(s => s.Subject == query.Subject);
            }

            if (query.Status is { } status)
            {
                staff = staff.Where(s => s.EmploymentStatus == status);
            }

            return staff;
        }
    }
}
