using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Verification;

/// <summary>
/// 审核: 通过 (the category is computed from the facts and fixed), 退回修改 (the family sees the reason and resubmits) or
/// 不予受理, each with a step in the application's history, while the round is open and the application awaits verification.
/// </summary>
public static class DecideVerification
{
    public const int MaxReason = 1000;

    public enum Decision
    {
        Verify = 1,
        Return = 2,
        Reject = 3,
    }

    public sealed record Command(Guid ApplicationId, Decision Decision, string Reason = "");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).IsInEnum().WithMessage("审核结论不正确");
            RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Decision == Decision.Return).WithMessage("请填写退回修改的原因，家长将看到这段说明");
            RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Decision == Decision.Reject).WithMessage("请填写不予受理的原因");
            RuleFor(c => c.Reason).Must(r => r.Trim().Length <= MaxReason).WithMessage($"原因不能超过 {MaxReason} 字");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, ApplicationClassifier classifier, Validator validator, TimeProvider clock,
        Notices.ParentNotices notices)
    {
        public async Task<ApplicationStatus> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Verify);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var round = await db.Rounds.AsNoTracking().Include(r => r.Categories).FirstAsync(r => r.Id == application.RoundId, ct);
            VerificationRules.DemandDecidable(round, application);
            var now = clock.GetUtcNow().UtcDateTime;
            var reason = command.Reason.Trim();
            var text = await ApplyAsync(db, round, application, command.Decision, reason, ct);
            application.AssignedOfficerId ??= user.Id;
            application.UpdatedAt = now;
            db.Steps.Add(new ApplicationStep { ApplicationId = application.Id, Action = ActionOf(command.Decision), Text = text, ActorName = user.Name, At = now });
            await db.SaveChangesAsync(ct);
            if (application.GuardianPhoneCipher.Length > 0)
            {
                notices.Enqueue(new Notices.ParentNotice(application.GuardianPhoneCipher, Notices.ParentNotices.Decided(application, application.Status, reason)));
            }

            return application.Status;
        }

        private async Task<string> ApplyAsync(AdmissionDbContext db, AdmissionRound round, Application application, Decision decision, string reason, CancellationToken ct)
        {
            switch (decision)
            {
                case Decision.Verify:
                    await classifier.ClassifyAsync(db, round, application, ct);
                    application.Status = ApplicationStatus.Verified;
                    application.ReturnReason = "";
                    return string.Join("", "审核通过。", application.CategoryReason, reason.Length > 0 ? $"审核意见：{reason}" : "");
                case Decision.Return:
                    application.Status = ApplicationStatus.Returned;
                    application.ReturnReason = reason;
                    return $"退回修改：{reason}";
                default:
                    application.Status = ApplicationStatus.Rejected;
                    return $"不予受理：{reason}";
            }
        }

        private static ApplicationAction ActionOf(Decision decision) => decision switch
        {
            Decision.Verify => ApplicationAction.Verified,
            Decision.Return => ApplicationAction.Returned,
            _ => ApplicationAction.Rejected,
        };
    }
}

/// <summary>领取: an officer takes an application from the queue, so that colleagues see it is being handled.</summary>
public static class ClaimApplication
{
    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, TimeProvider clock)
    {
        public async Task HandleAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == applicationId, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var round = await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == application.RoundId, ct);
            VerificationRules.DemandDecidable(round, application);
            if (application.AssignedOfficerId is { } officer && officer != user.Id)
            {
                throw new ConflictException("这份报名已由其他审核员领取。");
            }

            application.AssignedOfficerId = user.Id;
            application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
    }
}

internal static class VerificationRules
{
    public static void DemandDecidable(AdmissionRound round, Application application)
    {
        if (round.Status != RoundStatus.Open)
        {
            throw new ConflictException($"招生轮次“{round.Name}”{AdmissionNames.Of(round.Status)}，不在报名审核阶段，不能再审核。");
        }

        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new ConflictException($"只有待审核的报名可以办理，这份报名当前为“{AdmissionNames.Of(application.Status)}”。");
        }
    }
}
