using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 申请课消拨付: the institution draws up to its releasable amount (confirmed lessons × unit price − already released).
/// The amount is spread over its enrolments, oldest payment first, each within its own confirmed lessons, one release
/// entry per enrolment under one reference; anything beyond the releasable amount is refused.
/// </summary>
public static class RequestRelease
{
    public sealed record Command(long AmountFen, string Reference);

    public sealed record Outcome(long ReleasedFen, int Enrolments, long StillReleasableFen);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var institutionId = TrainingScope.DemandOwn(user);
            if (command.Reference.Trim().Length > 60)
            {
                throw new InvalidInputException(nameof(Command.Reference), "拨付流水号不能超过 60 个字符");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var enrolments = await db.Enrolments.Where(e => e.InstitutionId == institutionId).OrderBy(e => e.PaidOn).ThenBy(e => e.CreatedAt)
                .Select(e => new { e.Id, e.PupilName }).ToListAsync(ct);
            var figures = await EnrolmentLedger.FiguresAsync(db, db.Enrolments.Where(e => e.InstitutionId == institutionId), ct);
            var releasable = enrolments.Select(e => figures[e.Id].ReleasableFen).ToList();
            IReadOnlyList<(int Index, long Fen)> parts;
            try
            {
                parts = InstitutionFigures.AllocateRelease(releasable, command.AmountFen);
            }
            catch (LedgerException e)
            {
                throw new ConflictException(e.Message);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var today = ChinaTime.Today(clock);
            var reference = command.Reference.Trim().Length > 0 ? command.Reference.Trim() : $"BF{now:yyyyMMddHHmmss}";
            foreach (var (index, fen) in parts)
            {
                db.LedgerEntries.Add(new LedgerEntry
                {
                    InstitutionId = institutionId, EnrolmentId = enrolments[index].Id, Kind = LedgerEntryKind.Release, AmountFen = fen, Date = today,
                    Reference = reference, Note = $"{enrolments[index].PupilName} 已确认课时拨付", RecordedBy = user.Name, CreatedAt = now,
                });
            }

            await db.SaveChangesAsync(ct);
            await recompute.ForInstitutionAsync(institutionId, ct);
            return new Outcome(command.AmountFen, parts.Count, releasable.Sum() - command.AmountFen);
        }
    }
}
