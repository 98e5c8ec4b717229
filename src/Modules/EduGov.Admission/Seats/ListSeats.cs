using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>
/// 学位计划 of a round: every school in scope that teaches the round's stage, public and private, with its planned classes,
/// the round's class cap, an override with its reason, the seats, and the applications naming it.
/// </summary>
public static class ListSeats
{
    /// <param name="Kind">公办 or 民办 only; null for both.</param>
    public sealed record Query(Guid RoundId, ApplicationKind? Kind = null, string? Search = null);

    public sealed record Row(
        Guid SchoolId, string Code, string Name, SchoolType Type, bool IsPublic, int PlannedClasses, int ClassCap,
        int? SeatsOverride, string OverrideReason, int Seats, int Demand, double? Ratio);

    public sealed record RoundInfo(Guid Id, int Year, Stage Stage, string Name, RoundStatus Status, int ClassCap)
    {
        public bool SeatsEditable => SeatRules.SeatsEditable(Status);
    }

    public sealed record Totals(int Schools, int Classes, int Seats, int Demand)
    {
        public double? Ratio => SeatRules.Ratio(Demand, Seats);
    }

    public sealed record Result(RoundInfo Round, IReadOnlyList<Row> Rows, Totals Totals);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.RoundId, ct) ?? throw new NotFoundException(RoundAccess.NotFound);
            var inScope = await scope.SchoolIdsAsync(user, ct);
            var schools = (await registry.AllSchoolsAsync(ct))
                .Where(s => SeatRules.Teaches(s, round.Stage) && (inScope is null || inScope.Contains(s.Id)) && Matches(s, query))
                .ToList();
            var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == round.Id).ToDictionaryAsync(s => s.SchoolId, ct);
            var demand = await SeatRules.DemandAsync(db, round.Id, ct);
            var rows = schools.Select(s => ToRow(s, plans.GetValueOrDefault(s.Id), round.ClassCap, demand.Of(s.Id, SeatRules.IsPublic(s)))).ToList();
            var info = new RoundInfo(round.Id, round.Year, round.Stage, round.Name, round.Status, round.ClassCap);
            return new Result(info, rows, new Totals(rows.Count, rows.Sum(r => r.PlannedClasses), rows.Sum(r => r.Seats), rows.Sum(r => r.Demand)));
        }

        private static bool Matches(SchoolRef school, Query query) =>
            (query.Kind is null || SeatRules.IsPublic(school) == (query.Kind == ApplicationKind.Public))
            && (string.IsNullOrWhiteSpace(query.Search)
                || school.Name.Contains(query.Search.Trim(), StringComparison.Ordinal)
                || school.Code.Contains(query.Search.Trim(), StringComparison.Ordinal));

        private static Row ToRow(SchoolRef school, SeatPlan? plan, int roundCap, int demand)
        {
            var seats = plan?.Seats ?? 0;
            return new Row(school.Id, school.Code, school.Name, school.Type, SeatRules.IsPublic(school), plan?.PlannedClasses ?? 0, plan?.ClassCap ?? roundCap,
                plan?.SeatsOverride, plan?.OverrideReason ?? "", seats, demand, SeatRules.Ratio(demand, seats));
        }
    }
}
