using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>One round with its whole policy (categories in order) and how many schools have seats.</summary>
public static class GetRound
{
    public sealed record Detail(
        Guid Id, int Year, Stage Stage, RoundStatus Status, int PolicyVersion, DateTime CreatedAt, DateTime? OpenedAt,
        PolicyValues Policy, int SchoolsWithSeats, int Seats)
    {
        public bool PolicyLocked => Status != RoundStatus.Draft;
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await RoundAccess.LoadAsync(db, id, ct);
            var seats = (await db.Seats.AsNoTracking().Where(s => s.RoundId == id).ToListAsync(ct)).Where(s => s.Seats > 0).ToList();
            return new Detail(round.Id, round.Year, round.Stage, round.Status, round.PolicyVersion, round.CreatedAt, round.OpenedAt,
                PolicyValues.From(round), seats.Count, seats.Sum(s => s.Seats));
        }
    }
}
