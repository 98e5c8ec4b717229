using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>
/// 开始报名: a draft round whose policy validates and in which at least one school has seats becomes open; from then on
/// its policy is locked (<see cref="RoundAccess.PolicyLocked"/>).
/// </summary>
public static class OpenRound
{
    public const string NoSeats = "还没有任何学校安排学位，请先在“学位计划”中填写各校的计划班数。";

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, PolicyValidator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            RoundAccess.DemandPolicyEditor(users.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await RoundAccess.LoadAsync(db, roundId, ct);
            if (round.Status != RoundStatus.Draft)
            {
                throw new ConflictException($"该招生轮次已开始报名（{AdmissionNames.Of(round.Status)}）。");
            }

            await validator.EnsureValidAsync(PolicyValues.From(round), ct);
            var seats = await db.Seats.AsNoTracking().Where(s => s.RoundId == roundId).ToListAsync(ct);
            if (!seats.Any(s => s.Seats > 0))
            {
                throw new ConflictException(NoSeats);
            }

            round.Status = RoundStatus.Open;
            round.OpenedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
    }
}
