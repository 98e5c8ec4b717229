using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>
/// 机构端: an institution sees the complaints about itself (the complainant masked, never the phone) and gives its account
/// (情况说明) while the complaint is not closed; the officer reads it on the complaint.
/// </summary>
public static class PortalComplaints
{
    public const int MaxText = 2000;

    public sealed record Row(
        Guid Id, string Number, ComplaintCategory Category, string Text, string Complainant, DateOnly ReceivedOn, DateOnly AnswerDue,
        ComplaintStatus Status, string InstitutionAccount, DateTime? InstitutionAccountAt, string Answer)
    {
        public bool CanAccount => Status is not ComplaintStatus.Closed;
    }

    public sealed record AccountCommand(Guid ComplaintId, string Text);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> ListAsync(PageRequest page, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var result = await db.Complaints.AsNoTracking().Where(c => c.InstitutionId == own).OrderByDescending(c => c.ReceivedAt).ToPageAsync(page, ct);
            return new PageResult<Row>([.. result.Items.Select(ToRow)], result.Total, result.Page, result.Size);
        }

        public async Task GiveAccountAsync(AccountCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            var text = command.Text.Trim();
            if (text.Length == 0)
            {
                throw new InvalidInputException(nameof(AccountCommand.Text), "请填写情况说明");
            }

            if (text.Length > MaxText)
            {
                throw new InvalidInputException(nameof(AccountCommand.Text), $"情况说明不能超过 {MaxText} 字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == command.ComplaintId, ct) ?? throw new NotFoundException("投诉不存在。");
            if (complaint.InstitutionId != own)
            {
                throw new ForbiddenException(TrainingScope.OutOfScope);
            }

            if (complaint.Status == ComplaintStatus.Closed)
            {
                throw new ConflictException("投诉已办结，不能再提交情况说明。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            complaint.InstitutionAccount = text;
            complaint.InstitutionAccountAt = now;
            complaint.UpdatedAt = now;
            db.ComplaintSteps.Add(new ComplaintStep
            {
                ComplaintId = complaint.Id, Kind = ComplaintStepKind.InstitutionAccount, StatusAfter = complaint.Status, Text = text,
                ActorId = user.Id, ActorName = user.Name, At = now,
            });
            await db.SaveChangesAsync(ct);
        }

        private static Row ToRow(Complaint c) => new(
            c.Id, c.Number, c.Category, c.Text, Masking.Name(c.ComplainantName), c.ReceivedOn, c.AnswerDue, c.Status, c.InstitutionAccount,
            c.InstitutionAccountAt, c.Status is ComplaintStatus.Answered or ComplaintStatus.Closed ? c.Answer : "");
    }
}
