using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>One enrolment's ledger in date order, with the running figures after each line (paid, taught, confirmed, released, refunded, unconsumed).</summary>
public static class GetEnrolmentLedger
{
    public sealed record Line(DateOnly Date, string What, long AmountFen, string Reference, long PaidFen, int Taught, int Confirmed, long ReleasedFen, long RefundedFen, long UnconsumedFen);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Line>> HandleAsync(Guid enrolmentId, CancellationToken ct = default)
        {
            var user = users.User;
            if (!user.Has(TrainingPermissions.Read) && !user.Has(TrainingPermissions.Portal))
            {
                throw new ForbiddenException("您没有查看资金台账的权限。");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var enrolment = await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enrolmentId, ct) ?? throw new NotFoundException("没有找到该报名记录。");
            TrainingScope.Demand(user, enrolment.InstitutionId);
            var money = await db.LedgerEntries.AsNoTracking().Where(e => e.EnrolmentId == enrolmentId).ToListAsync(ct);
            var lessons = await db.LessonRecords.AsNoTracking().Where(l => l.EnrolmentId == enrolmentId).ToListAsync(ct);
            var events = money.Select(m => (m.Date, m.CreatedAt, Money: (LedgerEntry?)m, Lesson: (LessonRecord?)null))
                .Concat(lessons.Select(l => (Date: l.TaughtOn, l.CreatedAt, Money: (LedgerEntry?)null, Lesson: (LessonRecord?)l)))
                .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt);
            long paid = 0, released = 0, refunded = 0;
            int taught = 0, confirmed = 0;
            var lines = new List<Line>();
            foreach (var (date, _, entry, lesson) in events)
            {
                string what;
                long amount;
                var reference = "";
                if (entry is not null)
                {
                    (what, amount, reference) = (FundsNames.Of(entry.Kind), entry.AmountFen, entry.Reference);
                    paid += entry.Kind == LedgerEntryKind.Payment ? entry.AmountFen : 0;
                    released += entry.Kind == LedgerEntryKind.Release ? entry.AmountFen : 0;
                    refunded += entry.Kind == LedgerEntryKind.Refund ? entry.AmountFen : 0;
                }
                else
                {
                    what = $"课消 {lesson!.Lessons} 课时（{FundsNames.Of(lesson.Status)}）";
                    amount = lesson.ValueFen;
                    taught += lesson.Lessons;
                    confirmed += lesson.Status is LessonConfirmation.Confirmed or LessonConfirmation.Deemed ? lesson.Lessons : 0;
                }

                lines.Add(new Line(date, what, amount, reference, paid, taught, confirmed, released, refunded, paid - released - refunded));
            }

            return lines;
        }
    }
}
