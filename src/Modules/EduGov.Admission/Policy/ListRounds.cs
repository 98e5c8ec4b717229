using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>Every admission round, newest year first, with its status and the district's counts of schools, seats and applications.</summary>
public static class ListRounds
{
    /// <param name="Schools">Schools with at least one seat planned in the round.</param>
    /// <param name="Applications">Applications submitted in the round (drafts and withdrawn ones not counted).</param>
    public sealed record Row(Guid Id, int Year, Stage Stage, string Name, RoundStatus Status, int PolicyVersion, int Schools, int Seats, int Applications, DateTime? OpenedAt);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().OrderByDescending(r => r.Year).ThenBy(r => r.Stage).ToListAsync(ct);
            var seats = (await db.Seats.AsNoTracking().ToListAsync(ct)).Where(s => s.Seats > 0).ToLookup(s => s.RoundId);
            var applications = await db.Applications
                .Where(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
                .GroupBy(a => a.RoundId).Select(g => new { RoundId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.RoundId, g => g.Count, ct);
            return
            [
                .. rounds.Select(r => new Row(r.Id, r.Year, r.Stage, r.Name, r.Status, r.PolicyVersion, seats[r.Id].Count(), seats[r.Id].Sum(s => s.Seats),
                    applications.GetValueOrDefault(r.Id), r.OpenedAt)),
            ];
        }
    }
}
