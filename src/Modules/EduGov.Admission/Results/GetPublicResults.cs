using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>The public offers of a published round, by school: application number, masked name and how the seat was given.</summary>
public static class GetPublicResults
{
    public sealed record School(Guid Id, string Name, int Seats, int Offers);

    public sealed record Offer(string Number, string NameMasked, OfferRoute? Route);

    public sealed record Found(string Number, string NameMasked, ApplicationStatus Status, string School, OfferRoute? Route, string Reason);

    public sealed record View(Guid RoundId, string RoundName, DateTime? PublishedAt, IReadOnlyList<School> Schools, School? Selected, IReadOnlyList<Offer> Offers, string? Searched, Found? Search);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry)
    {
        public async Task<View> HandleAsync(Guid roundId, Guid? schoolId = null, string? number = null, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            if (round.Status is not (RoundStatus.Published or RoundStatus.Closed))
            {
                throw new NotFoundException("本轮录取结果尚未公布。");
            }

            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var offered = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled));
            var counts = await offered.GroupBy(a => a.OfferedSchoolId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key ?? Guid.Empty, g => g.Count, ct);
            var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == roundId).ToListAsync(ct);
            var schools = plans.Where(p => names.ContainsKey(p.SchoolId)).OrderBy(p => names[p.SchoolId].Code, StringComparer.Ordinal)
                .Select(p => new School(p.SchoolId, names[p.SchoolId].Name, p.Seats, counts.GetValueOrDefault(p.SchoolId))).ToList();
            var selected = schools.FirstOrDefault(s => s.Id == schoolId);
            var offers = selected is null ? [] : await offered.Where(a => a.OfferedSchoolId == selected.Id).OrderBy(a => a.Number)
                .Select(a => new { a.Number, a.ChildName, a.OfferRoute }).ToListAsync(ct);
            var searched = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
            return new View(roundId, round.Name, round.PublishedAt, schools, selected, [.. offers.Select(a => new Offer(a.Number, Masking.Name(a.ChildName), a.OfferRoute))],
                searched, searched is null ? null : await SearchAsync(db, roundId, searched, names, ct));
        }

        private static async Task<Found?> SearchAsync(AdmissionDbContext db, Guid roundId, string number, Dictionary<Guid, SchoolRef> names, CancellationToken ct)
        {
            var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.Number == number && a.LotteryNumber != null, ct);
            return application is null
                ? null
                : new Found(application.Number, Masking.Name(application.ChildName), application.Status,
                    application.OfferedSchoolId is { } id ? names.GetValueOrDefault(id)?.Name ?? "" : "", application.OfferRoute,
                    application.Status == ApplicationStatus.Unplaced ? application.OfferReason : "");
        }
    }
}
