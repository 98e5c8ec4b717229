using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 退费申请, from the guardian's confirmation page or entered by the institution for a family: the amount is the library's
/// (everything before the course starts, pro rata after), the institution must answer within the rule's working days or
/// it is deemed agreed, and pay by the refund deadline. The enrolment stops taking lessons meanwhile.
/// </summary>
public static class RequestRefund
{
    public sealed record Command(Guid EnrolmentId, string RequestedBy, string Reason);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TrainingRules rules, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<RefundQuote> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.Id == command.EnrolmentId, ct) ?? throw new NotFoundException("没有找到该学员的报名记录。");
            TrainingScope.Demand(user, enrolment.InstitutionId);
            var requestedBy = command.RequestedBy.Trim().Length > 0 ? command.RequestedBy.Trim() : enrolment.GuardianName;
            return await RequestAsync(db, enrolment, requestedBy, false, command.Reason, ct);
        }

        /// <summary>The guardian's request through the one-time link (already checked by the caller).</summary>
        public async Task<RefundQuote> ByGuardianAsync(TrainingDbContext db, Enrolment enrolment, string reason, CancellationToken ct) =>
            await RequestAsync(db, enrolment, enrolment.GuardianName, true, reason, ct);

        private async Task<RefundQuote> RequestAsync(TrainingDbContext db, Enrolment enrolment, string requestedBy, bool byGuardian, string reason, CancellationToken ct)
        {
            if (reason.Trim().Length > 500)
            {
                throw new InvalidInputException(nameof(Command.Reason), "退费原因不能超过 500 个字");
            }

            if (enrolment.Status is EnrolmentStatus.RefundRequested or EnrolmentStatus.Refunded)
            {
                throw new ConflictException($"该报名已经“{FundsNames.Of(enrolment.Status)}”，不能重复申请退费。");
            }

            var today = ChinaTime.Today(clock);
            var book = await rules.ForDayAsync(today, ct);
            var figures = await EnrolmentLedger.FiguresAsync(db, enrolment.Id, ct);
            var quote = RefundCalculator.Quote(figures, enrolment.CourseStart, today, FundsRules.RefundTerms(book), book.Calendar);
            if (quote.AmountFen == 0)
            {
                throw new ConflictException("该报名的课时已全部上完或费用已全部消课，没有可退的费用。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            db.RefundRequests.Add(new RefundRequest
            {
                InstitutionId = enrolment.InstitutionId, EnrolmentId = enrolment.Id, RequestedBy = requestedBy, ByGuardian = byGuardian,
                Reason = reason.Trim(), RequestedOn = today, AmountFen = quote.AmountFen, BeforeStart = quote.BeforeStart,
                CompletedLessons = quote.CompletedLessons, AnswerBy = quote.AnswerBy, PayBy = quote.PayBy, CreatedAt = now,
            });
            enrolment.Status = EnrolmentStatus.RefundRequested;
            enrolment.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            await recompute.ForInstitutionAsync(enrolment.InstitutionId, ct);
            return quote;
        }
    }
}
