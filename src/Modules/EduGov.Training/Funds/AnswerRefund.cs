using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// The institution's answer to a refund request: agree, and pay (a refund entry of exactly the computed amount out of the
/// custody account). A request left unanswered is deemed agreed by <see cref="DeemOverdue"/>; either way it must be paid.
/// </summary>
public static class AnswerRefund
{
    public enum Action
    {
        Agree = 1,
        Pay = 2,
    }

    public sealed record Command(Guid RefundId, Action Action, string Reference);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var refund = await db.RefundRequests.FirstOrDefaultAsync(r => r.Id == command.RefundId, ct) ?? throw new NotFoundException("没有找到该退费申请。");
            TrainingScope.Demand(user, refund.InstitutionId);
            var now = clock.GetUtcNow().UtcDateTime;
            if (refund.Status == RefundStatus.Paid)
            {
                throw new ConflictException("该退费申请已经退款。");
            }

            if (refund.Status == RefundStatus.Requested)
            {
                refund.Status = RefundStatus.Agreed;
                refund.AgreedAt = now;
                refund.AgreedBy = user.Name;
            }
            else if (command.Action == Action.Agree)
            {
                throw new ConflictException($"该退费申请已经“{FundsNames.Of(refund.Status)}”。");
            }

            if (command.Action == Action.Pay)
            {
                await PayAsync(db, refund, command.Reference, user, now, ct);
            }

            await db.SaveChangesAsync(ct);
            await recompute.ForInstitutionAsync(refund.InstitutionId, ct);
        }

        private async Task PayAsync(TrainingDbContext db, RefundRequest refund, string reference, CurrentUser user, DateTime now, CancellationToken ct)
        {
            if (reference.Trim().Length > 60)
            {
                throw new InvalidInputException(nameof(Command.Reference), "退款流水号不能超过 60 个字符");
            }

            var figures = await EnrolmentLedger.FiguresAsync(db, refund.EnrolmentId, ct);
            if (refund.AmountFen > figures.UnconsumedFen)
            {
                throw new ConflictException($"该学员未消课余额只有 {TrainingNames.Yuan(figures.UnconsumedFen)} 元，少于应退的 {TrainingNames.Yuan(refund.AmountFen)} 元，请联系教育局。");
            }

            var enrolment = await db.Enrolments.FirstAsync(e => e.Id == refund.EnrolmentId, ct);
            var entry = new LedgerEntry
            {
                InstitutionId = refund.InstitutionId, EnrolmentId = refund.EnrolmentId, Kind = LedgerEntryKind.Refund, AmountFen = refund.AmountFen,
                Date = ChinaTime.Today(clock), Reference = reference.Trim().Length > 0 ? reference.Trim() : $"TF{now:yyyyMMddHHmmss}",
                Note = $"{enrolment.PupilName} 退费（{(refund.BeforeStart ? "开课前全额" : $"已上 {refund.CompletedLessons} 课时后按比例")}）", RecordedBy = user.Name, CreatedAt = now,
            };
            db.LedgerEntries.Add(entry);
            refund.Status = RefundStatus.Paid;
            refund.PaidAt = now;
            refund.PaidEntryId = entry.Id;
            enrolment.Status = EnrolmentStatus.Refunded;
            enrolment.UpdatedAt = now;
        }
    }
}
