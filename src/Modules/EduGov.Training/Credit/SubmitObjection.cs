using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>异议申诉: the institution disputes one of its counting records; the bureau decides within the rules' working days.</summary>
public static class SubmitObjection
{
    public const int MaxReason = 2000;

    public sealed record Command(Guid RecordId, string Reason);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            var reason = (command.Reason ?? "").Trim();
            if (reason.Length == 0)
            {
                throw new InvalidInputException(nameof(Command.Reason), "请写明异议的事实和理由");
            }

            if (reason.Length > MaxReason)
            {
                throw new InvalidInputException(nameof(Command.Reason), $"异议理由不能超过 {MaxReason} 字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var record = await db.CreditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == command.RecordId, ct) ?? throw new NotFoundException("失信记录不存在。");
            TrainingScope.Demand(user, record.InstitutionId);
            var today = ChinaTime.Today(clock);
            if (!CreditEngine.ToBreach(record).CountsOn(today))
            {
                throw new ConflictException($"该记录当前为“{CreditNames.Of(record.Status)}”，不在公示中，无需提出异议。");
            }

            if (await db.Objections.AnyAsync(o => o.RecordId == record.Id && o.Status == RequestStatus.Pending, ct))
            {
                throw new ConflictException("该记录已有待处理的异议申诉，请等待处理结果。");
            }

            var book = await engine.RulesAsync(ct);
            var objection = new Objection
            {
                InstitutionId = own, RecordId = record.Id, Reason = reason, SubmittedOn = today, SubmittedAt = clock.GetUtcNow().UtcDateTime, SubmittedBy = user.Name,
                DueOn = book.Calendar.AddWorkingDays(today, book.Whole(RuleCatalog.ObjectionDecisionDays)),
            };
            db.Objections.Add(objection);
            await db.SaveChangesAsync(ct);
            return objection.Id;
        }
    }
}
