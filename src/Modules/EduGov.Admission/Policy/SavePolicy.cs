using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>
/// Saves a new version of a draft round's policy with the officer's reason: the round and its categories change, the
/// version goes up by one and the whole policy is kept as a <see cref="PolicyRevision"/>, all in one save. Refused once
/// the round has opened, and when someone else saved a version since the editor loaded <see cref="Command.BaseVersion"/>.
/// </summary>
public static class SavePolicy
{
    public sealed record Command(Guid RoundId, int BaseVersion, PolicyValues Policy, string Reason);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PolicyValidator policy)
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写修改原因").MaximumLength(500).WithMessage("修改原因不能超过 500 个字");
            RuleFor(c => c.Policy).NotNull().WithMessage("请填写招生政策").SetValidator(policy);
        }
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task<int> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            RoundAccess.DemandPolicyEditor(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await RoundAccess.LoadAsync(db, command.RoundId, ct);
            RoundAccess.DemandDraft(round);
            await validator.EnsureValidAsync(command, ct);
            if (round.PolicyVersion != command.BaseVersion)
            {
                throw new ConflictException($"招生政策已被他人修改（现为第 {round.PolicyVersion} 版），请重新打开页面后再修改。");
            }

            await UpdateSeatCapsAsync(db, round, command.Policy.ClassCap, ct);
            command.Policy.ApplyTo(round);
            CategoryValues.ApplyTo(round, command.Policy.Categories, removed => db.Categories.Remove(removed));
            round.PolicyVersion++;
            db.PolicyRevisions.Add(new PolicyRevision
            {
                RoundId = round.Id, Version = round.PolicyVersion, Snapshot = PolicySnapshot.Write(PolicyValues.From(round)),
                Reason = command.Reason.Trim(), ChangedBy = user.Name, ChangedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return round.PolicyVersion;
        }

        /// <summary>Seats are planned classes × the round's cap: a new cap changes every school's seats in the same save.</summary>
        private static async Task UpdateSeatCapsAsync(AdmissionDbContext db, AdmissionRound round, int classCap, CancellationToken ct)
        {
            if (round.ClassCap == classCap)
            {
                return;
            }

            foreach (var plan in await db.Seats.Where(s => s.RoundId == round.Id).ToListAsync(ct))
            {
                plan.ClassCap = classCap;
            }
        }
    }
}
