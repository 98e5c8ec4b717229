using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>Each enrolment's <see cref="EnrolmentFigures"/> from its ledger and lesson sums, grouped on the database.</summary>
internal static class EnrolmentLedger
{
    public static async Task<Dictionary<Guid, EnrolmentFigures>> FiguresAsync(TrainingDbContext db, IQueryable<Enrolment> enrolments, CancellationToken ct)
    {
        var ids = enrolments.Select(e => e.Id);
        var contracts = await enrolments.Select(e => new { e.Id, e.AmountFen, e.Lessons }).ToListAsync(ct);
        var money = await db.LedgerEntries.Where(l => ids.Contains(l.EnrolmentId))
            .GroupBy(l => new { l.EnrolmentId, l.Kind })
            .Select(g => new { g.Key.EnrolmentId, g.Key.Kind, Fen = g.Sum(l => l.AmountFen) })
            .ToListAsync(ct);
        var lessons = await db.LessonRecords.Where(l => ids.Contains(l.EnrolmentId))
            .GroupBy(l => new { l.EnrolmentId, l.Status })
            .Select(g => new { g.Key.EnrolmentId, g.Key.Status, Lessons = g.Sum(l => l.Lessons) })
            .ToListAsync(ct);
        var moneyOf = money.ToLookup(m => m.EnrolmentId);
        var lessonsOf = lessons.ToLookup(l => l.EnrolmentId);
        return contracts.ToDictionary(c => c.Id, c =>
        {
            long Fen(LedgerEntryKind kind) => moneyOf[c.Id].Where(m => m.Kind == kind).Sum(m => m.Fen);
            int Count(params LessonConfirmation[] states) => lessonsOf[c.Id].Where(l => states.Contains(l.Status)).Sum(l => l.Lessons);
            return new EnrolmentFigures(
                c.AmountFen, c.Lessons, Fen(LedgerEntryKind.Payment), Fen(LedgerEntryKind.Release), Fen(LedgerEntryKind.Refund),
                Count(Enum.GetValues<LessonConfirmation>()), Count(LessonConfirmation.Confirmed, LessonConfirmation.Deemed), Count(LessonConfirmation.Disputed));
        });
    }

    public static async Task<EnrolmentFigures> FiguresAsync(TrainingDbContext db, Guid enrolmentId, CancellationToken ct) =>
        (await FiguresAsync(db, db.Enrolments.Where(e => e.Id == enrolmentId), ct))[enrolmentId];
}
