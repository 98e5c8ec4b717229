using EduGov.Platform.Privacy;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

public static class ListStudents
{
    /// <summary><see cref="Search"/> matches a name fragment, or an ID number exactly (through its keyed hash).</summary>
    public sealed record Query(string? Search = null, Guid? SchoolId = null, int? Grade = null, Guid? ClassId = null, StudentStatus? Status = null, Sex? Sex = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(Guid Id, string Name, Sex Sex, DateOnly BirthDate, string IdNumberMasked, Guid SchoolId, string School, int Grade, string? ClassName, StudentStatus Status);

    private static readonly Dictionary<string, Func<IQueryable<Student>, bool, IOrderedQueryable<Student>>> Sorts = new()
    {
        ["name"] = (q, d) => q.Order(s => s.Name, d).ThenOrder(s => s.Id, d),
        ["grade"] = (q, d) => q.Order(s => s.Grade, d).ThenOrder(s => s.Name, d).ThenOrder(s => s.Id, d),
        ["birthDate"] = (q, d) => q.Order(s => s.BirthDate, d).ThenOrder(s => s.Id, d),
        ["enrolledOn"] = (q, d) => q.Order(s => s.EnrolledOn, d).ThenOrder(s => s.Id, d),
    };

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsRead);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var students = Filter(db.Students(user), query, protector);
            var ordered = students.SortBy(query.Page, Sorts, "grade");
            var page = await ordered.Select(s => new
            {
                s.Id, s.Name, s.Sex, s.BirthDate, s.IdNumberMasked, s.SchoolId, s.Grade, s.ClassId, s.Status,
                School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstOrDefault(),
                ClassNumber = db.Classes.Where(c => c.Id == s.ClassId).Select(c => (int?)c.Number).FirstOrDefault(),
            }).ToPageAsync(query.Page, ct);
            return new PageResult<Row>(
                [.. page.Items.Select(s => new Row(s.Id, s.Name, s.Sex, s.BirthDate, s.IdNumberMasked, s.SchoolId, s.School ?? "", s.Grade,
                    s.ClassNumber is { } n ? StageNames.ClassName(s.Grade, n) : null, s.Status))],
                page.Total, page.Page, page.Size);
        }

        internal static IQueryable<Student> Filter(IQueryable<Student> students, Query query, FieldProtector protector)
        {
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = DigitNormalizer.Normalize(query.Search);
                if (term.Length >= 15 && term.Any(char.IsDigit))
                {
                    var lookup = protector.LookupKey(term);
                    students = students.Where(s => s.IdNumberLookup == lookup);
                }
                else
                {
                    var name = query.Search.Trim();
                    students = students.Where(s => s.Name.Contains(name));
                }
            }

            if (query.SchoolId is { } school)
            {
                students = students.Where(s => s.SchoolId == school);
            }

            if (query.Grade is { } grade)
            {
                students = students.Where(s => s.Grade == grade);
            }

            if (query.ClassId is { } classId)
            {
                students = students.Where(s => s.ClassId == classId);
            }

            if (query.Status is { } status)
            {
                students = students.Where(s => s.Status == status);
            }

            if (query.Sex is { } sex)
            {
                students = students.Where(s => s.Sex == sex);
            }

            return students;
        }
    }
}
