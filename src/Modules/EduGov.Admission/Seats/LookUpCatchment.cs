using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>
/// The public catchment look-up (no sign-in): the public schools whose catchment an address falls in, with this year's seats
/// and last year's seats, applications and offers per stage, and the district's private schools with their seats.
/// Only published facts about schools; nothing about any family.
/// </summary>
public static class LookUpCatchment
{
    /// <summary>Rounds whose seats are published: from the opening of applications on.</summary>
    public static readonly RoundStatus[] Published = [RoundStatus.Open, RoundStatus.Frozen, RoundStatus.Drawn, RoundStatus.Published];

    public sealed record Result(string Address, bool Searched, IReadOnlyList<SchoolFigures> Matches, IReadOnlyList<StageRound> Rounds, IReadOnlyList<PrivateSchool> PrivateSchools);

    /// <summary>The round shown for a stage this year (null before applications open) and the one before it, for last year's figures.</summary>
    public sealed record StageRound(Stage Stage, RoundRef? Current, RoundRef? Previous);

    public sealed record RoundRef(Guid Id, int Year, string Name);

    public sealed record SchoolFigures(Guid SchoolId, string Code, string Name, SchoolType Type, IReadOnlyList<string> Rules, IReadOnlyList<StageFigures> Stages);

    /// <param name="Seats">This year's seats, or null when the stage has no published round or the school no seats in it.</param>
    public sealed record StageFigures(Stage Stage, int? Seats, PastFigures? LastYear);

    public sealed record PastFigures(int Year, int Seats, int Applications, int Offers);

    public sealed record PrivateSchool(Guid SchoolId, string Code, string Name, Stage Stage, int? Seats);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry)
    {
        public async Task<Result> HandleAsync(string? address, CancellationToken ct = default)
        {
            var text = (address ?? "").Trim();
            var schools = await registry.AllSchoolsAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await StageRoundsAsync(db, ct);
            var figures = await FiguresAsync(db, rounds, ct);
            var matches = await MatchAddress.FindAsync(db, schools, text, ct);
            return new Result(
                text, text.Length > 0,
                [.. matches.Select(m => new SchoolFigures(m.SchoolId, m.Code, m.Name, m.Type, m.Rules, StagesOf(m.Type, m.SchoolId, rounds, figures)))],
                rounds,
                [.. PrivateSchools(schools, rounds, figures)]);
        }

        private static async Task<IReadOnlyList<StageRound>> StageRoundsAsync(AdmissionDbContext db, CancellationToken ct)
        {
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.Status != RoundStatus.Draft).OrderByDescending(r => r.Year).ToListAsync(ct);
            return
            [
                .. new[] { Stage.Primary, Stage.Junior }.Select(stage =>
                {
                    var current = rounds.FirstOrDefault(r => r.Stage == stage && Published.Contains(r.Status));
                    var previous = rounds.FirstOrDefault(r => r.Stage == stage && r.Year < (current?.Year ?? int.MaxValue) && r != current);
                    return new StageRound(stage, Ref(current), Ref(previous));
                }),
            ];
        }

        private static RoundRef? Ref(AdmissionRound? round) => round is null ? null : new RoundRef(round.Id, round.Year, round.Name);

        /// <summary>Seats, applications and offers per (round, school) for the rounds shown.</summary>
        private static async Task<Dictionary<Guid, RoundFigures>> FiguresAsync(AdmissionDbContext db, IReadOnlyList<StageRound> rounds, CancellationToken ct)
        {
            var figures = new Dictionary<Guid, RoundFigures>();
            foreach (var round in rounds.SelectMany(r => new[] { r.Current, r.Previous }).OfType<RoundRef>())
            {
                var seats = (await db.Seats.AsNoTracking().Where(s => s.RoundId == round.Id).ToListAsync(ct)).ToDictionary(s => s.SchoolId, s => s.Seats);
                figures[round.Id] = new RoundFigures(seats, await SeatRules.DemandAsync(db, round.Id, ct), await SeatRules.OffersAsync(db, round.Id, ct));
            }

            return figures;
        }

        private static IReadOnlyList<StageFigures> StagesOf(SchoolType type, Guid schoolId, IReadOnlyList<StageRound> rounds, Dictionary<Guid, RoundFigures> figures) =>
        [
            .. rounds.Where(r => StageNames.StagesOf(type).Contains(r.Stage)).Select(r => new StageFigures(
                r.Stage,
                r.Current is { } current ? figures[current.Id].SeatsOf(schoolId) : null,
                r.Previous is { } previous ? figures[previous.Id].Past(previous.Year, schoolId) : null)),
        ];

        private static IEnumerable<PrivateSchool> PrivateSchools(IReadOnlyList<SchoolRef> schools, IReadOnlyList<StageRound> rounds, Dictionary<Guid, RoundFigures> figures) =>
            rounds.SelectMany(r => schools.Where(s => !SeatRules.IsPublic(s) && SeatRules.Teaches(s, r.Stage))
                .Select(s => new PrivateSchool(s.Id, s.Code, s.Name, r.Stage, r.Current is { } current ? figures[current.Id].SeatsOf(s.Id) : null)));
    }

    private sealed record RoundFigures(Dictionary<Guid, int> Seats, SchoolDemand Applications, Dictionary<Guid, int> Offers)
    {
        public int? SeatsOf(Guid schoolId) => Seats.TryGetValue(schoolId, out var seats) ? seats : null;

        public PastFigures Past(int year, Guid schoolId) =>
            new(year, Seats.GetValueOrDefault(schoolId), Applications.Of(schoolId, isPublic: true), Offers.GetValueOrDefault(schoolId));
    }
}
