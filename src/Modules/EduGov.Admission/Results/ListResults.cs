using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>录取结果 per school: seats, offers (names masked), enrolments and declines, and the children without a seat with their reasons.</summary>
public static class ListResults
{
    public const int MaxUnplacedShown = 1000;

    public sealed record RoundOption(Guid Id, string Name, RoundStatus Status, DateOnly AppealsClose);

    public sealed record SchoolRow(Guid SchoolId, string Code, string Name, bool Public, int Seats, int Offered, int Enrolled, int Declined)
    {
        public int Free => Math.Max(0, Seats - Offered - Enrolled);
    }

    public sealed record OfferRow(
        Guid Id, string Number, string NameMasked, ApplicationKind Kind, ApplicationStatus Status, OfferRoute? Route, string Reason, string LotteryNumber, string SchoolName);

    public sealed record View(Guid RoundId, RoundStatus Status, IReadOnlyList<SchoolRow> Schools, IReadOnlyList<OfferRow> Offers, IReadOnlyList<OfferRow> Unplaced, int UnplacedTotal);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry)
    {
        public async Task<IReadOnlyList<RoundOption>> RoundsAsync(CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking()
                .Where(r => r.Status == RoundStatus.Drawn || r.Status == RoundStatus.Published || r.Status == RoundStatus.Closed)
                .Select(r => new { r.Id, r.Name, r.Status, r.AppealsClose, r.Year, r.Stage }).ToListAsync(ct);
            return [.. rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Stage).Select(r => new RoundOption(r.Id, r.Name, r.Status, r.AppealsClose))];
        }

        public async Task<View> HandleAsync(Guid roundId, Guid? schoolId = null, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            var ids = await scope.SchoolIdsAsync(user, ct);
            if (schoolId is { } selected && ids is not null && !ids.Contains(selected))
            {
                throw new ForbiddenException(AdmissionScope.OutOfScope);
            }

            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var schools = await SchoolsAsync(db, roundId, ids, names, ct);
            var offers = schoolId is { } school ? await OffersAsync(db, roundId, school, names, ct) : [];
            var unplaced = Unplaced(db, roundId, schoolId is { } s ? [s] : ids?.ToList());
            var shown = await unplaced.OrderBy(a => a.Number).Take(MaxUnplacedShown).ToListAsync(ct);
            return new View(roundId, round.Status, schools, offers, [.. shown.Select(a => Row(a, names))], await unplaced.CountAsync(ct));
        }

        internal static async Task<List<SchoolRow>> SchoolsAsync(AdmissionDbContext db, Guid roundId, IReadOnlySet<Guid>? ids, Dictionary<Guid, SchoolRef> names, CancellationToken ct)
        {
            var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == roundId).ToListAsync(ct);
            var counts = await db.Applications.Where(a => a.RoundId == roundId && a.OfferedSchoolId != null)
                .GroupBy(a => new { a.OfferedSchoolId, a.Status }).Select(g => new { g.Key.OfferedSchoolId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
            int Count(Guid school, ApplicationStatus status) => counts.Where(c => c.OfferedSchoolId == school && c.Status == status).Sum(c => c.Count);
            return [.. plans.Where(p => ids is null || ids.Contains(p.SchoolId))
                .Select(p => (Plan: p, School: names.GetValueOrDefault(p.SchoolId)))
                .OrderBy(x => x.School?.Code, StringComparer.Ordinal)
                .Select(x => new SchoolRow(x.Plan.SchoolId, x.School?.Code ?? "", x.School?.Name ?? "（学校已撤销）", x.School?.Ownership == Ownership.Public, x.Plan.Seats,
                    Count(x.Plan.SchoolId, ApplicationStatus.Offered), Count(x.Plan.SchoolId, ApplicationStatus.Enrolled), Count(x.Plan.SchoolId, ApplicationStatus.Withdrawn)))];
        }

        private static async Task<List<OfferRow>> OffersAsync(AdmissionDbContext db, Guid roundId, Guid school, Dictionary<Guid, SchoolRef> names, CancellationToken ct)
        {
            var rows = await db.Applications.AsNoTracking()
                .Where(a => a.RoundId == roundId && a.OfferedSchoolId == school
                    && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Enrolled || a.Status == ApplicationStatus.Withdrawn))
                .OrderBy(a => a.Number).ToListAsync(ct);
            return [.. rows.Select(a => Row(a, names))];
        }

        /// <summary>The unplaced children naming one of <paramref name="schools"/> (catchment or choice), or every one when null.</summary>
        internal static IQueryable<Application> Unplaced(AdmissionDbContext db, Guid roundId, List<Guid>? schools)
        {
            var unplaced = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId && a.Status == ApplicationStatus.Unplaced);
            return schools is null
                ? unplaced
                : unplaced.Where(a => (a.CatchmentSchoolId != null && schools.Contains(a.CatchmentSchoolId.Value)) || a.Choices.Any(c => schools.Contains(c.SchoolId)));
        }

        internal static OfferRow Row(Application a, Dictionary<Guid, SchoolRef> names) => new(
            a.Id, a.Number, Masking.Name(a.ChildName), a.Kind, a.Status, a.OfferRoute, a.OfferReason, a.LotteryNumber ?? "",
            a.OfferedSchoolId is { } id ? names.GetValueOrDefault(id)?.Name ?? "" : "");
    }
}
