using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>擅自举办: an unlicensed operator goes on the black list by hand, with its name, address and the facts; taken off with a reason.</summary>
public static class BlacklistOperator
{
    public sealed record Command(string Name, string Address, string Reason);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("请填写经营者名称")
                .Must(s => (s ?? "").Trim().Length <= 100).WithMessage("名称不能超过 100 字");
            RuleFor(c => c.Address).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("请填写经营地址")
                .Must(s => (s ?? "").Trim().Length <= 200).WithMessage("地址不能超过 200 字");
            RuleFor(c => c.Reason).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("请写明查实的违法事实")
                .Must(s => (s ?? "").Trim().Length <= 500).WithMessage("事实和依据不能超过 500 字");
        }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, Validator validator, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var name = command.Name.Trim();
            if (await db.ListEntries.AnyAsync(e => e.InstitutionId == null && e.LeftOn == null && e.Name == name, ct))
            {
                throw new ConflictException($"“{name}”已在黑名单上。");
            }

            var entry = new ListEntry
            {
                List = ListStatus.Black, Name = name, Address = command.Address.Trim(), Reason = $"擅自举办校外培训机构：{command.Reason.Trim()}",
                EnteredOn = ChinaTime.Today(clock), EnteredAt = clock.GetUtcNow().UtcDateTime, EnteredBy = user.Name,
            };
            db.ListEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            return entry.Id;
        }

        /// <summary>Takes a hand-entered operator off the black list; institutions leave lists only by recompute.</summary>
        public async Task RemoveAsync(Guid entryId, string reason, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Credit);
            var why = CreditText.Decision(reason, 500, "请写明移出黑名单的理由");
            await using var db = await contexts.CreateDbContextAsync(ct);
            var entry = await db.ListEntries.FirstOrDefaultAsync(e => e.Id == entryId, ct) ?? throw new NotFoundException("名单记录不存在。");
            if (entry.InstitutionId is not null)
            {
                throw new ConflictException("已登记机构的名单状态由信用记录自动确定，不能手工移出。");
            }

            if (entry.LeftOn is not null)
            {
                throw new ConflictException("该经营者已移出黑名单。");
            }

            entry.LeftOn = ChinaTime.Today(clock);
            entry.LeftReason = why;
            entry.LeftBy = user.Name;
            await db.SaveChangesAsync(ct);
        }
    }
}
