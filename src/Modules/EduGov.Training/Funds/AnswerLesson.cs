using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// The guardian's page behind the text message's one-time link: what was taught (institution, course, date, lessons,
/// the pupil's name masked), the answer 确认 / 有异议 (once), and a refund request. The link is the only credential:
/// its token is stored hashed, so the database alone cannot answer for a family.
/// </summary>
public static class AnswerLesson
{
    public sealed record View(
        string InstitutionName, string CourseName, string PupilMasked, DateOnly TaughtOn, int Lessons, long ValueFen,
        LessonConfirmation Status, DateOnly DueOn, DateTime? AnsweredAt, int TaughtTotal, int ContractLessons,
        EnrolmentStatus EnrolmentStatus, RefundView? Refund);

    public sealed record RefundView(long AmountFen, RefundStatus Status, DateOnly AnswerBy, DateOnly PayBy);

    public sealed record Command(string Token, bool Confirm, string Note);

    public const string Unknown = "链接无效或已失效，请核对短信中的链接。";
    public const string GuardianActor = "家长";

    /// <summary>Who the audit log names for a guardian's answer: the family has no account, only the link.</summary>
    private static CurrentUser Guardian => new(Guid.Empty, GuardianActor, null, OrgScope.None, new HashSet<string>());

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, RequestRefund.Handler refunds, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<View> GetAsync(string token, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var (record, enrolment) = await FindAsync(db, token, ct);
            var institution = await db.Institutions.Where(i => i.Id == record.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var taught = await db.LessonRecords.Where(l => l.EnrolmentId == enrolment.Id).SumAsync(l => l.Lessons, ct);
            var refund = await db.RefundRequests.Where(r => r.EnrolmentId == enrolment.Id).OrderByDescending(r => r.CreatedAt)
                .Select(r => new RefundView(r.AmountFen, r.Status, r.AnswerBy, r.PayBy)).FirstOrDefaultAsync(ct);
            return new View(institution, enrolment.CourseName, Masking.Name(enrolment.PupilName), record.TaughtOn, record.Lessons, record.ValueFen,
                record.Status, record.DueOn, record.AnsweredAt, taught, enrolment.Lessons, enrolment.Status, refund);
        }

        public async Task AnswerAsync(Command command, CancellationToken ct = default)
        {
            if (!command.Confirm && string.IsNullOrWhiteSpace(command.Note))
            {
                throw new InvalidInputException(nameof(Command.Note), "请说明异议的原因，如“当天未上课”");
            }

            if (command.Note.Trim().Length > 500)
            {
                throw new InvalidInputException(nameof(Command.Note), "异议说明不能超过 500 个字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var (record, _) = await FindAsync(db, command.Token, ct);
            if (record.Status != LessonConfirmation.Pending)
            {
                throw new ConflictException($"这次课消已经是“{FundsNames.Of(record.Status)}”，不能重复答复。");
            }

            record.Status = command.Confirm ? LessonConfirmation.Confirmed : LessonConfirmation.Disputed;
            record.DisputeNote = command.Confirm ? "" : command.Note.Trim();
            record.AnsweredAt = clock.GetUtcNow().UtcDateTime;
            record.AnsweredBy = GuardianActor;
            using (CurrentUserAccessor.Use(Guardian))
            {
                await db.SaveChangesAsync(ct);
                await recompute.ForInstitutionAsync(record.InstitutionId, ct);
            }
        }

        public async Task RequestRefundAsync(string token, string reason, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var (_, enrolment) = await FindAsync(db, token, ct);
            using (CurrentUserAccessor.Use(Guardian))
            {
                await refunds.ByGuardianAsync(db, enrolment, reason, ct);
            }
        }

        private static async Task<(LessonRecord Record, Enrolment Enrolment)> FindAsync(TrainingDbContext db, string token, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
            {
                throw new NotFoundException(Unknown);
            }

            var hash = FundsRules.HashOf(token);
            var record = await db.LessonRecords.FirstOrDefaultAsync(l => l.TokenHash == hash, ct) ?? throw new NotFoundException(Unknown);
            var enrolment = await db.Enrolments.FirstAsync(e => e.Id == record.EnrolmentId, ct);
            return (record, enrolment);
        }
    }
}
