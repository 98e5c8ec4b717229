using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Ceremony;

/// <summary>The ceremony of one round as its three steps: what was frozen, what was drawn, what was published.</summary>
public static class GetCeremony
{
    public sealed record RoundSummary(
        Guid Id, string Name, int Year, Stage Stage, RoundStatus Status, AssignmentMechanism Mechanism, TieBreakKind TieBreak, bool OrderBySeniority,
        DateOnly DrawOn, DateOnly ResultsOn, DateOnly AppealsClose);

    public sealed record Counts(int Verified, int Submitted, int Returned, int Rejected);

    public sealed record Pool(string Key, string School, string Category, int Applicants, string ManifestSha256, int? Admitted, string? CutOff);

    public sealed record DrawSummary(string PublicDraw, IReadOnlyList<string> Dice, string Seed, DateTime? DrawnAt, int MainRound, int Overflow, int Unplaced, bool SeedReproduced);

    public sealed record View(
        RoundSummary Round, Counts Counts, string? ManifestSha256, DateTime? FrozenAt, int Tokens, IReadOnlyList<Pool> Pools, DrawSummary? Draw,
        DateTime? PublishedAt, string CliOptions, bool CanRun);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, GetLotteryPublication.Handler publications)
    {
        public async Task<View> HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            var counts = await CountsAsync(db, roundId, ct);
            var publication = LotteryPublication.IsPublic(round.Status) ? await publications.HandleAsync(roundId, ct) : null;
            return new View(
                new RoundSummary(round.Id, round.Name, round.Year, round.Stage, round.Status, round.Mechanism, round.TieBreak, round.OrderBySeniority, round.DrawOn, round.ResultsOn, round.AppealsClose),
                counts, round.ManifestSha256, round.FrozenAt, publication?.Setup.StudentCount ?? 0, publication is null ? [] : PoolsOf(publication),
                publication?.Draw is { } draw ? DrawOf(round, draw) : null, round.PublishedAt, DrawPolicy.Of(round).CliOptions, user.Has(AdmissionPermissions.LotteryRun));
        }

        /// <summary>Every round past its draft, newest first, for the ceremony's round list.</summary>
        public async Task<IReadOnlyList<RoundSummary>> RoundsAsync(CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.Status != RoundStatus.Draft).ToListAsync(ct);
            return [.. rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Stage).Select(r => new RoundSummary(
                r.Id, r.Name, r.Year, r.Stage, r.Status, r.Mechanism, r.TieBreak, r.OrderBySeniority, r.DrawOn, r.ResultsOn, r.AppealsClose))];
        }

        private static async Task<Counts> CountsAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
        {
            var byStatus = await db.Applications.Where(a => a.RoundId == roundId).GroupBy(a => a.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var drawn = await db.Applications.CountAsync(a => a.RoundId == roundId && a.LotteryNumber != null, ct);
            return new Counts(byStatus.GetValueOrDefault(ApplicationStatus.Verified) + drawn, byStatus.GetValueOrDefault(ApplicationStatus.Submitted),
                byStatus.GetValueOrDefault(ApplicationStatus.Returned), byStatus.GetValueOrDefault(ApplicationStatus.Rejected));
        }

        private static List<Pool> PoolsOf(LotteryPublication publication)
        {
            var setup = publication.Setup;
            if (publication.Draw is { } draw)
            {
                return [.. draw.Pools.Select(p => new Pool(p.Key, setup.Schools[p.Members.School].Name, PoolLabels.Category(p.Members), p.Entries.Count, p.ManifestSha256,
                    p.Admitted, p.CutOff?.Number.ToString()))];
            }

            return [.. publication.Pools.Select(p => new Pool(p.Key, setup.Schools[p.School].Name, PoolLabels.Category(p), p.Students.Count,
                LotteryManifest.Create(p.Students.Select(i => setup.Students[i].Token)).Sha256, null, null))];
        }

        private static DrawSummary DrawOf(AdmissionRound round, AdmissionDraw draw) => new(
            round.PublicDraw ?? "", round.DiceValues, round.Seed ?? "", round.DrawnAt,
            draw.Outcomes.Count(o => o.Route == OfferRoute.MainRound), draw.Outcomes.Count(o => o.Route == OfferRoute.Overflow), draw.Outcomes.Count(o => !o.Placed),
            round.PublicDraw is not null && LotterySeed.Derive(draw.Setup.Manifest().Sha256, round.PublicDraw, round.DiceValues) == round.Seed);
    }
}

/// <summary>How a pool is named on the ceremony and public pages.</summary>
internal static class PoolLabels
{
    public static string Category(PoolMembers pool) => pool.Public
        ? pool.Category is { } order ? $"第{order}类 {pool.CategoryName}" : "无优先类别"
        : "民办学校（全部申请人）";
}
