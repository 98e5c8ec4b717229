using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>
/// 线索移交: a case passed to another authority from a complaint (which then reads 已移交) or about an institution, and its
/// course there: 已移交 → 已受理 → 已办结, or 退回, each step dated with the authority's feedback.
/// </summary>
public static class Referrals
{
    public const int MaxText = 2000;

    public sealed record CreateCommand(Guid? ComplaintId, Guid? InstitutionId, ReferralAuthority Authority, string AuthorityName, string Reason, DateOnly SentOn);

    public sealed record AdvanceCommand(Guid ReferralId, ReferralStatus Status, string Feedback, DateOnly On);

    public sealed record Query(ReferralStatus? Status = null, ReferralAuthority? Authority = null, string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid? ComplaintId, string ComplaintNumber, Guid? InstitutionId, string SubjectName, ReferralAuthority Authority,
        string AuthorityName, string Reason, DateOnly SentOn, ReferralStatus Status, DateOnly? AcceptedOn, DateOnly? FinishedOn, string Feedback);

    public sealed record Step(ReferralStatus StatusAfter, DateOnly On, string Text, string ActorName, DateTime At);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> CreateAsync(CreateCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Complaints);
            Validate(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var referral = new Referral
            {
                Authority = command.Authority,
                AuthorityName = command.AuthorityName.Trim(),
                Reason = command.Reason.Trim(),
                SentOn = command.SentOn,
                CreatedBy = user.Name,
                CreatedAt = now,
                UpdatedAt = now,
            };
            await AttachSubjectAsync(db, referral, command, user, now, ct);
            db.Referrals.Add(referral);
            db.ReferralSteps.Add(new ReferralStep
            {
                ReferralId = referral.Id, StatusAfter = ReferralStatus.Sent, On = command.SentOn, Text = referral.Reason, ActorName = user.Name, At = now,
            });
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }

        public async Task AdvanceAsync(AdvanceCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Complaints);
            var feedback = command.Feedback.Trim();
            ValidateAdvance(command, feedback);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == command.ReferralId, ct) ?? throw new NotFoundException("移交记录不存在。");
            if (!Allowed(referral.Status, command.Status))
            {
                throw new ConflictException($"移交{ComplaintsNames.Of(referral.Status)}，不能改为{ComplaintsNames.Of(command.Status)}。");
            }

            if (command.On < referral.SentOn)
            {
                throw new InvalidInputException(nameof(AdvanceCommand.On), "日期不能早于移交日期");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            Apply(referral, command, feedback, now);
            db.ReferralSteps.Add(new ReferralStep
            {
                ReferralId = referral.Id, StatusAfter = command.Status, On = command.On, Text = feedback, ActorName = user.Name, At = now,
            });
            await db.SaveChangesAsync(ct);
        }

        public async Task<PageResult<Row>> ListAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var referrals = db.Referrals.AsNoTracking();
            if (query.Status is { } status)
            {
                referrals = referrals.Where(r => r.Status == status);
            }

            if (query.Authority is { } authority)
            {
                referrals = referrals.Where(r => r.Authority == authority);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                referrals = referrals.Where(r => r.SubjectName.Contains(term) || r.ComplaintNumber.Contains(term) || r.Reason.Contains(term));
            }

            var page = await referrals.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.CreatedAt).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(ToRow)], page.Total, page.Page, page.Size);
        }

        public async Task<IReadOnlyList<Step>> StepsAsync(Guid referralId, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Referrals.AnyAsync(r => r.Id == referralId, ct))
            {
                throw new NotFoundException("移送记录不存在。");
            }

            return await db.ReferralSteps.AsNoTracking().Where(s => s.ReferralId == referralId).OrderBy(s => s.At)
                .Select(s => new Step(s.StatusAfter, s.On, s.Text, s.ActorName, s.At)).ToListAsync(ct);
        }

        private static bool Allowed(ReferralStatus from, ReferralStatus to) => (from, to) switch
        {
            (ReferralStatus.Sent, ReferralStatus.Accepted or ReferralStatus.Returned or ReferralStatus.Concluded) => true,
            (ReferralStatus.Accepted, ReferralStatus.Concluded or ReferralStatus.Returned) => true,
            _ => false,
        };

        private static void Apply(Referral referral, AdvanceCommand command, string feedback, DateTime now)
        {
            referral.Status = command.Status;
            if (command.Status == ReferralStatus.Accepted)
            {
                referral.AcceptedOn = command.On;
            }
            else
            {
                referral.FinishedOn = command.On;
            }

            if (feedback.Length > 0)
            {
                referral.Feedback = feedback;
            }

            referral.UpdatedAt = now;
        }

        private async Task AttachSubjectAsync(TrainingDbContext db, Referral referral, CreateCommand command, CurrentUser user, DateTime now, CancellationToken ct)
        {
            if (command.ComplaintId is { } complaintId)
            {
                var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, ct) ?? throw new NotFoundException("投诉不存在。");
                if (complaint.Status == ComplaintStatus.Closed)
                {
                    throw new ConflictException("投诉已办结，不能再移交。");
                }

                referral.ComplaintId = complaint.Id;
                referral.ComplaintNumber = complaint.Number;
                referral.InstitutionId = complaint.InstitutionId;
                referral.SubjectName = complaint.InstitutionName;
                complaint.Status = ComplaintStatus.Transferred;
                complaint.UpdatedAt = now;
                db.ComplaintSteps.Add(new ComplaintStep
                {
                    ComplaintId = complaint.Id, Kind = ComplaintStepKind.Transferred, StatusAfter = ComplaintStatus.Transferred,
                    Text = $"移交{AuthorityText(command)}：{referral.Reason}", ActorId = user.Id, ActorName = user.Name, At = now,
                });
                return;
            }

            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct)
                ?? throw new InvalidInputException(nameof(CreateCommand.InstitutionId), "请选择移交涉及的机构或投诉");
            referral.InstitutionId = institution.Id;
            referral.SubjectName = institution.Name;
        }

        private static string AuthorityText(CreateCommand command) =>
            command.AuthorityName.Trim().Length > 0 ? command.AuthorityName.Trim() : ComplaintsNames.Of(command.Authority);

        private void Validate(CreateCommand command)
        {
            var errors = new Dictionary<string, string[]>();
            if (!Enum.IsDefined(command.Authority))
            {
                errors[nameof(CreateCommand.Authority)] = ["请选择接收部门"];
            }
            else if (command.Authority == ReferralAuthority.Other && command.AuthorityName.Trim().Length == 0)
            {
                errors[nameof(CreateCommand.AuthorityName)] = ["接收部门为“其他”时请写明部门名称"];
            }

            if (command.AuthorityName.Trim().Length > 100)
            {
                errors[nameof(CreateCommand.AuthorityName)] = ["部门名称不能超过 100 字"];
            }

            if (command.Reason.Trim().Length == 0)
            {
                errors[nameof(CreateCommand.Reason)] = ["请填写移交理由"];
            }
            else if (command.Reason.Trim().Length > MaxText)
            {
                errors[nameof(CreateCommand.Reason)] = [$"移交理由不能超过 {MaxText} 字"];
            }

            if (command.ComplaintId is null && command.InstitutionId is null)
            {
                errors[nameof(CreateCommand.InstitutionId)] = ["请选择移交涉及的机构或投诉"];
            }

            if (command.SentOn > ChinaTime.Today(clock))
            {
                errors[nameof(CreateCommand.SentOn)] = ["移交日期不能晚于今天"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }

        private void ValidateAdvance(AdvanceCommand command, string feedback)
        {
            if (command.Status is not (ReferralStatus.Accepted or ReferralStatus.Concluded or ReferralStatus.Returned))
            {
                throw new InvalidInputException(nameof(AdvanceCommand.Status), "请选择受理、办结或退回");
            }

            if (command.On > ChinaTime.Today(clock))
            {
                throw new InvalidInputException(nameof(AdvanceCommand.On), "日期不能晚于今天");
            }

            if (feedback.Length > MaxText)
            {
                throw new InvalidInputException(nameof(AdvanceCommand.Feedback), $"反馈不能超过 {MaxText} 字");
            }

            if (feedback.Length == 0 && command.Status != ReferralStatus.Accepted)
            {
                throw new InvalidInputException(nameof(AdvanceCommand.Feedback), "请填写对方部门的办理结果或退回理由");
            }
        }

        private static Row ToRow(Referral r) => new(
            r.Id, r.ComplaintId, r.ComplaintNumber, r.InstitutionId, r.SubjectName, r.Authority, r.AuthorityName, r.Reason, r.SentOn, r.Status,
            r.AcceptedOn, r.FinishedOn, r.Feedback);
    }
}
