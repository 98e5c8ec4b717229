using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>An officer decides a repair request: approved repairs the record (publication stops) and recomputes; refused needs reasons.</summary>
public static class DecideRepair
{
    public const int MaxDecision = 1000;

    public sealed record Command(Guid RequestId, bool Approved, string Decision);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            var decision = CreditText.Decision(command.Decision, MaxDecision, command.Approved ? "请填写同意修复的意见" : "请写明不予修复的理由，机构将看到这段说明");
            await using var db = await contexts.CreateDbContextAsync(ct);
            var request = await db.RepairRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, ct) ?? throw new NotFoundException("信用修复申请不存在。");
            if (request.Status != RequestStatus.Pending)
            {
                throw new ConflictException("这份信用修复申请已经处理过了。");
            }

            var record = await db.CreditRecords.FirstAsync(r => r.Id == request.RecordId, ct);
            var today = ChinaTime.Today(clock);
            request.Status = command.Approved ? RequestStatus.Approved : RequestStatus.Refused;
            request.Decision = decision;
            request.DecidedBy = user.Name;
            request.DecidedAt = clock.GetUtcNow().UtcDateTime;
            if (command.Approved)
            {
                var eligibility = CreditEngine.Repairable(record, obligationsFulfilled: true, today);
                if (!eligibility.Allowed)
                {
                    throw new ConflictException($"不能同意修复：{eligibility.Reason}。");
                }

                record.Status = CreditRecordStatus.Repaired;
                record.StatusChangedOn = today;
                record.StatusReason = $"信用修复：{decision}";
                await engine.RecomputeAsync(db, [request.InstitutionId], $"信用修复，停止公示（{record.ItemName}）", ct);
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
