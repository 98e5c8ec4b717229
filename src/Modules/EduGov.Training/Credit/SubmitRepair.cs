using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// 信用修复申请: the institution asks to repair one of its records with a signed credit commitment and evidence that the obligation
/// is fulfilled; refused, with the reason and the first allowed day, while the rules do not allow it yet.
/// </summary>
public static class SubmitRepair
{
    public const int MaxText = 2000;

    /// <summary>The commitment text the portal offers to sign (信用承诺书).</summary>
    public const string CommitmentTemplate = "本机构已履行行政处理决定规定的义务，纠正了失信行为。本机构承诺所提交材料真实有效，今后严格遵守校外培训监管规定，如有违反，自愿接受相应处理。";

    public sealed record Command(Guid RecordId, string Commitment, string Evidence, bool ObligationsFulfilled);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            var (commitment, evidence) = Validate(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var record = await db.CreditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == command.RecordId, ct) ?? throw new NotFoundException("失信记录不存在。");
            TrainingScope.Demand(user, record.InstitutionId);
            var today = ChinaTime.Today(clock);
            var eligibility = CreditEngine.Repairable(record, command.ObligationsFulfilled, today);
            if (!eligibility.Allowed)
            {
                throw new ConflictException($"暂不能申请信用修复：{eligibility.Reason}。");
            }

            if (await db.RepairRequests.AnyAsync(r => r.RecordId == record.Id && r.Status == RequestStatus.Pending, ct))
            {
                throw new ConflictException("该记录已有待处理的信用修复申请，请等待处理结果。");
            }

            var request = new CreditRepairRequest
            {
                InstitutionId = own, RecordId = record.Id, Commitment = commitment, Evidence = evidence, SubmittedOn = today,
                SubmittedAt = clock.GetUtcNow().UtcDateTime, SubmittedBy = user.Name,
            };
            db.RepairRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return request.Id;
        }

        private static (string Commitment, string Evidence) Validate(Command command)
        {
            var errors = new Dictionary<string, string[]>();
            var commitment = (command.Commitment ?? "").Trim();
            var evidence = (command.Evidence ?? "").Trim();
            if (commitment.Length == 0)
            {
                errors[nameof(Command.Commitment)] = ["请签署信用承诺书"];
            }
            else if (commitment.Length > MaxText)
            {
                errors[nameof(Command.Commitment)] = [$"信用承诺书不能超过 {MaxText} 字"];
            }

            if (evidence.Length == 0)
            {
                errors[nameof(Command.Evidence)] = ["请说明履行义务的情况和证明材料"];
            }
            else if (evidence.Length > MaxText)
            {
                errors[nameof(Command.Evidence)] = [$"证明材料说明不能超过 {MaxText} 字"];
            }

            return errors.Count > 0 ? throw new InvalidInputException(errors) : (commitment, evidence);
        }
    }
}
