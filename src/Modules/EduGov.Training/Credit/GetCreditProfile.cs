using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Supervision.Credit;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// One institution's credit: its records with their status and repair timing, how the score is made up item by item under the
/// active catalogue, its card and list history, repair requests and objections. Staff with Read, or the institution itself.
/// </summary>
public static class GetCreditProfile
{
    public sealed record ItemLine(string Code, string Group, string Name, string Standard, int MaxPoints, int Instances, int Deducted, int Points);

    public sealed record RecordRow(
        Guid Id, string ItemName, int Instances, int PointsDeducted, BreachSeverity Severity, string Description, FindingSource Source, DateOnly DecidedOn,
        DateOnly RepairableFrom, DateOnly PublicUntil, CreditRecordStatus Status, DateOnly? StatusChangedOn, string StatusReason, string RecordedBy,
        bool Counts, bool RepairAllowed, string RepairNote, bool Objectionable);

    public sealed record CardRow(CardLevel From, CardLevel To, string Reason, DateOnly On, string By);

    public sealed record ListRow(ListStatus List, string Reason, DateOnly EnteredOn, DateOnly? LeftOn, string LeftReason);

    public sealed record RequestRow(Guid Id, Guid RecordId, string ItemName, string Text, string Evidence, DateOnly SubmittedOn, DateOnly? DueOn, RequestStatus Status, string Decision, string DecidedBy, DateTime? DecidedAt);

    public sealed record Details(
        Guid Id, string Name, string CreditCode, InstitutionStatus Status, int Score, decimal Percentage, int Points, int Total, CreditGrade Grade, CreditGrade ScoreGrade,
        CardLevel Card, string CardReason, ListStatus List, string ListReason, DateTime? UpdatedAt, string CatalogueName, int CatalogueVersion,
        IReadOnlyList<ItemLine> Items, IReadOnlyList<RecordRow> Records, IReadOnlyList<CardRow> Cards, IReadOnlyList<ListRow> Lists,
        IReadOnlyList<RequestRow> Repairs, IReadOnlyList<RequestRow> Objections);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Details> HandleAsync(Guid institutionId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Read);
            TrainingScope.Demand(user, institutionId);
            return await LoadAsync(institutionId, ct);
        }

        /// <summary>The signed-in institution's own credit (portal).</summary>
        public async Task<Details> OwnAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            return await LoadAsync(TrainingScope.DemandOwn(user), ct);
        }

        private async Task<Details> LoadAsync(Guid institutionId, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw new NotFoundException(TrainingScope.NotFound);
            var today = ChinaTime.Today(clock);
            var items = await CreditEngine.ActiveItemsAsync(db, clock.GetUtcNow().UtcDateTime, ct);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            var catalogue = db.CreditCatalogues.Local.Single(c => c.Active);
            var records = await db.CreditRecords.AsNoTracking().Where(r => r.InstitutionId == institutionId).OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);
            var result = CreditEngine.Evaluate(CreditEngine.ToLibrary(items), records, await engine.RulesAsync(ct), institution, today);
            var pending = await PendingRecordIdsAsync(db, institutionId, ct);
            var names = records.ToDictionary(r => r.Id, r => r.ItemName);
            return new Details(
                institution.Id, institution.Name, institution.CreditCode, institution.Status, result.Per1000, result.Percentage, result.Points, result.Total,
                (CreditGrade)result.Grade, (CreditGrade)result.ScoreGrade, (CardLevel)result.Card, result.CardReason, (ListStatus)result.Listing, result.ListReason,
                institution.CreditUpdatedAt, catalogue.Name, catalogue.Version,
                [.. result.Items.Join(items, s => s.Code, i => i.Code, (s, i) => new ItemLine(i.Code, i.Group, i.Name, i.Standard, s.MaxPoints, s.Instances, s.Deducted, s.Points))],
                [.. records.Select(r => ToRow(r, today, pending.Contains(r.Id)))],
                await db.CardEvents.AsNoTracking().Where(e => e.InstitutionId == institutionId).OrderByDescending(e => e.At)
                    .Select(e => new CardRow(e.From, e.To, e.Reason, e.On, e.By)).ToListAsync(ct),
                await db.ListEntries.AsNoTracking().Where(e => e.InstitutionId == institutionId).OrderByDescending(e => e.EnteredAt)
                    .Select(e => new ListRow(e.List, e.Reason, e.EnteredOn, e.LeftOn, e.LeftReason)).ToListAsync(ct),
                [.. (await db.RepairRequests.AsNoTracking().Where(r => r.InstitutionId == institutionId).OrderByDescending(r => r.SubmittedAt).ToListAsync(ct))
                    .Select(r => new RequestRow(r.Id, r.RecordId, names.GetValueOrDefault(r.RecordId, ""), r.Commitment, r.Evidence, r.SubmittedOn, null, r.Status, r.Decision, r.DecidedBy, r.DecidedAt))],
                [.. (await db.Objections.AsNoTracking().Where(o => o.InstitutionId == institutionId).OrderByDescending(o => o.SubmittedAt).ToListAsync(ct))
                    .Select(o => new RequestRow(o.Id, o.RecordId, names.GetValueOrDefault(o.RecordId, ""), o.Reason, "", o.SubmittedOn, o.DueOn, o.Status, o.Decision, o.DecidedBy, o.DecidedAt))]);
        }

        private static async Task<HashSet<Guid>> PendingRecordIdsAsync(TrainingDbContext db, Guid institutionId, CancellationToken ct)
        {
            var repairs = await db.RepairRequests.AsNoTracking().Where(r => r.InstitutionId == institutionId && r.Status == RequestStatus.Pending).Select(r => r.RecordId).ToListAsync(ct);
            var objections = await db.Objections.AsNoTracking().Where(o => o.InstitutionId == institutionId && o.Status == RequestStatus.Pending).Select(o => o.RecordId).ToListAsync(ct);
            return [.. repairs, .. objections];
        }

        private static RecordRow ToRow(CreditRecord r, DateOnly today, bool pending)
        {
            var eligibility = CreditEngine.Repairable(r, obligationsFulfilled: true, today);
            var counts = CreditEngine.ToBreach(r).CountsOn(today);
            var note = pending ? "已有待处理的申请" : eligibility.Reason;
            return new RecordRow(
                r.Id, r.ItemName, r.Instances, r.PointsDeducted, r.Severity, r.Description, r.Source, r.DecidedOn, r.RepairableFrom, r.PublicUntil, r.Status,
                r.StatusChangedOn, r.StatusReason, r.RecordedBy, counts, eligibility.Allowed && !pending, note, counts && !pending);
        }
    }
}
