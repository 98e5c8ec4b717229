using System.Globalization;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Importing;

/// <summary>The classes in the importer's scope with their caps and current enrolment, to place imported pupils without exceeding 班额.</summary>
internal sealed class ClassSeats
{
    private readonly Dictionary<(Guid School, int Grade, int Number), Seat> _byNumber;
    private readonly Dictionary<Guid, Seat> _byId;

    private ClassSeats(List<Seat> seats)
    {
        _byNumber = seats.ToDictionary(s => (s.SchoolId, s.Grade, s.Number));
        _byId = seats.ToDictionary(s => s.Id);
    }

    public static async Task<ClassSeats> LoadAsync(RegistryDbContext db, CurrentUser user, CancellationToken ct)
    {
        var seats = await db.ClassesInScope(user)
            .Select(c => new Seat(c.Id, c.SchoolId, c.Grade, c.Number, c.ClassSizeCap, db.Students.Count(s => s.ClassId == c.Id && s.Status == StudentStatus.Enrolled)))
            .ToListAsync(ct);
        return new ClassSeats(seats);
    }

    /// <summary>The class a row names in <paramref name="column"/> (empty: none), or a Chinese error when the school has no such class.</summary>
    public Guid? Resolve(RowCheck check, string column, School school, int grade)
    {
        var text = DigitNormalizer.Normalize(check[column]);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && _byNumber.TryGetValue((school.Id, grade, number), out var seat))
        {
            return seat.Id;
        }

        check.Fail(column, $"{school.Name}{StageNames.GradeName(grade)}没有{check[column]}班");
        return null;
    }

    /// <summary>Rows that would take a class beyond its cap, in file order: the first rows fill the free seats, the rest are refused.</summary>
    public IEnumerable<ImportError> Overfilled(IEnumerable<(int RowNumber, Guid ClassId)> placements)
    {
        foreach (var byClass in placements.GroupBy(p => p.ClassId))
        {
            var seat = _byId[byClass.Key];
            var free = Math.Max(0, seat.Cap - seat.Enrolled);
            var count = byClass.Count();
            foreach (var (rowNumber, _) in byClass.Skip(free))
            {
                yield return new ImportError(rowNumber, "班号", $"{StageNames.ClassName(seat.Grade, seat.Number)}班额 {seat.Cap} 人，已有 {seat.Enrolled} 人，本文件又分入 {count} 人，超出班额");
            }
        }
    }

    private sealed record Seat(Guid Id, Guid SchoolId, int Grade, int Number, int Cap, int Enrolled);
}
