using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Ceremony;

/// <summary>
/// 冻结名单: the tokens of every verified application become the manifest, whose SHA-256 is stored and published before any
/// entropy exists. Applications still awaiting verification or correction are left out of the draw.
/// </summary>
public static class FreezeManifest
{
    public sealed record Result(string ManifestSha256, int Tokens, int Excluded);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.LotteryRun);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            if (round.Status != RoundStatus.Open)
            {
                throw new ConflictException($"只有报名中的轮次可以冻结名单，“{round.Name}”当前为{AdmissionNames.Of(round.Status)}。");
            }

            var tokens = await db.Applications.Where(a => a.RoundId == roundId && a.Status == ApplicationStatus.Verified).Select(a => a.Number).ToListAsync(ct);
            if (tokens.Count == 0)
            {
                throw new ConflictException("还没有审核通过的报名，不能冻结名单。");
            }

            var excluded = await db.Applications.CountAsync(a => a.RoundId == roundId && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Returned), ct);
            var manifest = Manifest(tokens);
            round.ManifestSha256 = manifest.Sha256;
            round.FrozenAt = clock.GetUtcNow().UtcDateTime;
            round.Status = RoundStatus.Frozen;
            await db.SaveChangesAsync(ct);
            return new Result(manifest.Sha256, tokens.Count, excluded);
        }

        private static LotteryManifest Manifest(List<string> tokens)
        {
            try
            {
                return LotteryManifest.Create(tokens);
            }
            catch (LotteryInputException e)
            {
                throw new ConflictException(e.Message);
            }
        }
    }
}

/// <summary>公布结果: the round's offers become visible to families and on the public results page.</summary>
public static class PublishResults
{
    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock, Notices.ParentNotices notices)
    {
        public async Task HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.LotteryRun);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            if (round.Status != RoundStatus.Drawn)
            {
                throw new ConflictException($"只有已摇号的轮次可以公布结果，“{round.Name}”当前为{AdmissionNames.Of(round.Status)}。");
            }

            round.Status = RoundStatus.Published;
            round.PublishedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            notices.EnqueueResults(contexts, roundId);
        }
    }
}
