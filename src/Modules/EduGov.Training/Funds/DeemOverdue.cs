using EduGov.Platform.Localization;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 逾期视为确认 / 视为同意: lessons the guardian left unanswered past their due date count as confirmed, and refund requests
/// the institution left unanswered past theirs count as agreed; then every institution's figures and alerts are recomputed.
/// </summary>
public static class DeemOverdue
{
    public sealed record Outcome(int Lessons, int Refunds, RecomputeFunds.Outcome Scan);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public const string ActorName = "逾期视为确认（系统）";

        public async Task<Outcome> HandleAsync(CancellationToken ct = default)
        {
            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var lessons = await db.LessonRecords.Where(l => l.Status == LessonConfirmation.Pending && l.DueOn < today).ToListAsync(ct);
            foreach (var lesson in lessons)
            {
                lesson.Status = LessonConfirmation.Deemed;
                lesson.AnsweredAt = now;
                lesson.AnsweredBy = ActorName;
            }

            var refunds = await db.RefundRequests.Where(r => r.Status == RefundStatus.Requested && r.AnswerBy < today).ToListAsync(ct);
            foreach (var refund in refunds)
            {
                refund.Status = RefundStatus.DeemedAgreed;
                refund.AgreedAt = now;
                refund.AgreedBy = ActorName;
            }

            using (Platform.Audit.AuditScope.Summarize("FundsDeemed", $"逾期视为确认课消 {lessons.Count} 条，视为同意退费 {refunds.Count} 笔"))
            {
                await db.SaveChangesAsync(ct);
            }

            return new Outcome(lessons.Count, refunds.Count, await recompute.AllAsync(ct));
        }
    }
}
