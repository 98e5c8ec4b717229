using System.Collections.Concurrent;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Ceremony;

/// <summary>
/// What a round publishes about its draw, recomputed from the database: from the freeze the manifest, the schools and the
/// applications with their priorities; from the draw the seed's inputs and every pool's numbers, outcomes and cut-off.
/// The draw is a pure function of these inputs, so recomputing gives exactly what the ceremony wrote.
/// </summary>
internal sealed class LotteryPublication
{
    public required AdmissionRound Round { get; init; }

    public required DrawSetup Setup { get; init; }

    public required LotteryManifest Manifest { get; init; }

    public required IReadOnlyList<PoolMembers> Pools { get; init; }

    /// <summary>The draw, from the moment it ran; null while the round is only frozen.</summary>
    public AdmissionDraw? Draw { get; init; }

    public bool IsDrawn => Draw is not null;

    public static bool IsPublic(RoundStatus status) => status is RoundStatus.Frozen or RoundStatus.Drawn or RoundStatus.Published or RoundStatus.Closed;

    public static bool HasDraw(AdmissionRound round) => round.Seed is not null && round.Status is RoundStatus.Drawn or RoundStatus.Published or RoundStatus.Closed;
}

/// <summary>Keeps the last publication of each round, rebuilt when the round's status, manifest or seed changes.</summary>
internal sealed class PublicationCache
{
    private readonly ConcurrentDictionary<Guid, (string Stamp, LotteryPublication Publication)> _rounds = new();

    public LotteryPublication? Find(AdmissionRound round) =>
        _rounds.TryGetValue(round.Id, out var entry) && entry.Stamp == Stamp(round) ? entry.Publication : null;

    public void Keep(LotteryPublication publication) => _rounds[publication.Round.Id] = (Stamp(publication.Round), publication);

    private static string Stamp(AdmissionRound round) => $"{round.Status}|{round.ManifestSha256}|{round.Seed}|{round.PublishedAt?.Ticks}";
}

/// <summary>Loads the publication of a round (anonymous: everything in it is public once the list is frozen).</summary>
public static class GetLotteryPublication
{
    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, DrawInputs inputs, PublicationCache cache)
    {
        public async Task<LotteryPublication> HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            if (!LotteryPublication.IsPublic(round.Status))
            {
                throw new NotFoundException("本轮尚未冻结名单，暂无摇号公示。");
            }

            if (cache.Find(round) is { } cached)
            {
                return cached;
            }

            var setup = await inputs.SetupAsync(db, round, ct);
            var publication = new LotteryPublication
            {
                Round = round,
                Setup = setup,
                Manifest = setup.Manifest(),
                Pools = setup.Pools(),
                Draw = LotteryPublication.HasDraw(round) ? AdmissionDraw.Run(setup, round.Seed!) : null,
            };
            cache.Keep(publication);
            return publication;
        }

        /// <summary>A published file by name: manifest.txt, schools.csv, applications.csv (from the freeze), assignments.csv (from the draw).</summary>
        public async Task<string> FileAsync(Guid roundId, string name, CancellationToken ct = default)
        {
            var publication = await HandleAsync(roundId, ct);
            return name switch
            {
                "manifest.txt" => publication.Manifest.Text,
                "schools.csv" => publication.Setup.SchoolsCsv(),
                "applications.csv" => publication.Setup.ApplicationsCsv(),
                "assignments.csv" => DrawOf(publication).AssignmentsCsv(),
                _ => throw new NotFoundException("没有这个公示文件。"),
            };
        }

        /// <summary>A pool's applicants (a <c>token</c> column, for <c>edugov lottery verify --applicants</c>) or its draw file.</summary>
        public async Task<string> PoolFileAsync(Guid roundId, string pool, string name, CancellationToken ct = default)
        {
            var publication = await HandleAsync(roundId, ct);
            var members = publication.Pools.FirstOrDefault(p => p.Key == pool) ?? throw new NotFoundException("没有这个摇号池。");
            if (name == "applicants.csv")
            {
                return "token\n" + string.Concat(members.Students.Select(i => publication.Setup.Students[i].Token).Order(CodePointOrder.Instance).Select(t => DrawSetup.Csv(t) + "\n"));
            }

            var draw = DrawOf(publication);
            var result = draw.Pools.First(p => p.Key == pool);
            return name == "draw.csv" && draw.PoolDrawCsv(result) is { } csv ? csv : throw new NotFoundException("这个摇号池按优先顺位和志愿录取，不是单纯的“按号码取前 K 名”，没有单独的摇号结果文件；请用 assignments.csv 复核。");
        }

        private static AdmissionDraw DrawOf(LotteryPublication publication) =>
            publication.Draw ?? throw new NotFoundException("本轮尚未摇号。");
    }
}
