using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>An officer decides an objection: upheld withdraws the record and recomputes the institution; rejected needs reasons.</summary>
public static class DecideObjection
{
    public const int MaxDecision = 1000;

    public sealed record Command(Guid ObjectionId, bool Upheld, string Decision);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            var decision = CreditText.Decision(command.Decision, MaxDecision, command.Upheld ? "请写明异议成立的理由" : "请写明异议不成立的理由，机构将看到这段说明");
            await using var db = await contexts.CreateDbContextAsync(ct);
            var objection = await db.Objections.FirstOrDefaultAsync(o => o.Id == command.ObjectionId, ct) ?? throw new NotFoundException("异议申诉不存在。");
            if (objection.Status != RequestStatus.Pending)
            {
                throw new ConflictException("这份异议申诉已经处理过了。");
            }

            objection.Status = command.Upheld ? RequestStatus.Approved : RequestStatus.Refused;
            objection.Decision = decision;
            objection.DecidedBy = user.Name;
            objection.DecidedAt = clock.GetUtcNow().UtcDateTime;
            if (command.Upheld)
            {
                var record = await db.CreditRecords.FirstAsync(r => r.Id == objection.RecordId, ct);
                record.Status = CreditRecordStatus.Withdrawn;
                record.StatusChangedOn = ChinaTime.Today(clock);
                record.StatusReason = $"异议成立：{decision}";
                await engine.RecomputeAsync(db, [objection.InstitutionId], $"异议成立，撤销失信记录（{record.ItemName}）", ct);
            }

            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>Checks an officer's decision text.</summary>
internal static class CreditText
{
    public static string Decision(string? text, int max, string missing)
    {
        var decision = (text ?? "").Trim();
        if (decision.Length == 0)
        {
            throw new InvalidInputException(nameof(DecideObjection.Command.Decision), missing);
        }

        return decision.Length > max ? throw new InvalidInputException(nameof(DecideObjection.Command.Decision), $"处理意见不能超过 {max} 字") : decision;
    }
}
