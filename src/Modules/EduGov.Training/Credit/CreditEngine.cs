using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Supervision.Credit;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// Recomputes institutions' credit from their records with the active catalogue and the rules in force, in the caller's unit of
/// work: records past their publication expire, and the institution's CreditScore (out of 1,000: the score's percentage of the
/// catalogue total × 10), CreditGrade, Card, List and CreditUpdatedAt are set, with a CardEvent or ListEntry when they change.
/// </summary>
internal sealed class CreditEngine(TrainingRules rules, CurrentUserAccessor users, TimeProvider clock)
{
    public const string ExpiredReason = "公示期满，自动停止公示";

    /// <summary>The active catalogue's items, tracked; a database without catalogues gets the two defaults (saved with the caller's unit of work).</summary>
    public static async Task<IReadOnlyList<CreditItem>> ActiveItemsAsync(TrainingDbContext db, DateTime now, CancellationToken ct)
    {
        await db.CreditCatalogues.LoadAsync(ct);
        if (db.CreditCatalogues.Local.Count == 0)
        {
            foreach (var (catalogue, items) in DefaultCatalogues.Build(now))
            {
                db.CreditCatalogues.Add(catalogue);
                db.CreditItems.AddRange(items);
            }
        }

        var active = db.CreditCatalogues.Local.Single(c => c.Active);
        await db.CreditItems.Where(i => i.CatalogueId == active.Id).LoadAsync(ct);
        return [.. db.CreditItems.Local.Where(i => i.CatalogueId == active.Id).OrderBy(i => i.Order)];
    }

    public async Task<RuleBook> RulesAsync(CancellationToken ct) => await rules.ForDayAsync(ChinaTime.Today(clock), ct);

    /// <summary>Recomputes the given institutions (null: every institution) and says why in the card and list history.</summary>
    public async Task RecomputeAsync(TrainingDbContext db, IReadOnlyCollection<Guid>? institutionIds, string trigger, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var book = await RulesAsync(ct);
        var catalogue = ToLibrary(await ActiveItemsAsync(db, now, ct));
        var ids = institutionIds?.ToList();
        await (ids is null ? db.Institutions : db.Institutions.Where(i => ids.Contains(i.Id))).LoadAsync(ct);
        await (ids is null ? db.CreditRecords : db.CreditRecords.Where(r => ids.Contains(r.InstitutionId))).LoadAsync(ct);
        var open = db.ListEntries.Where(e => e.InstitutionId != null && e.LeftOn == null);
        await (ids is null ? open : open.Where(e => ids.Contains(e.InstitutionId!.Value))).LoadAsync(ct);
        var records = db.CreditRecords.Local.ToLookup(r => r.InstitutionId);
        var entries = db.ListEntries.Local.Where(e => e.InstitutionId is not null && e.LeftOn is null).ToLookup(e => e.InstitutionId!.Value);
        var targets = db.Institutions.Local.Where(i => ids is null || ids.Contains(i.Id)).ToList();
        Recompute(db, catalogue, book, targets, records, entries, new Change(trigger, users.User.Name, ChinaTime.Today(clock), now));
    }

    /// <summary>Who changes what when: written into the card and list history.</summary>
    public sealed record Change(string Trigger, string Actor, DateOnly Today, DateTime Now);

    /// <summary>The recompute on entities already at hand (the demo seed uses it before anything is saved).</summary>
    public static void Recompute(
        TrainingDbContext db, IReadOnlyList<CatalogueItem> catalogue, RuleBook book, IEnumerable<TrainingInstitution> institutions,
        ILookup<Guid, CreditRecord> records, ILookup<Guid, ListEntry> openEntries, Change change)
    {
        foreach (var institution in institutions)
        {
            Expire(records[institution.Id], change.Today);
            var result = Evaluate(catalogue, records[institution.Id], book, institution, change.Today);
            Apply(db, institution, result, openEntries[institution.Id], change);
        }
    }

    public static IReadOnlyList<CatalogueItem> ToLibrary(IEnumerable<CreditItem> items) =>
        [.. items.Select(i => new CatalogueItem(i.Code, i.Group, i.MaxPoints, i.PointsPerInstance, (Tier)i.Severity, i.GradeCap is { } cap ? (Grade)cap : null, i.DirectRed))];

    public static CreditResult Evaluate(IReadOnlyList<CatalogueItem> catalogue, IEnumerable<CreditRecord> records, RuleBook book, TrainingInstitution institution, DateOnly today) =>
        CreditScoring.Evaluate(catalogue, [.. records.Select(ToBreach)], Bands(book), book.Whole(RuleCatalog.YellowCardsForRed),
            new Standing(institution.IsOperating, institution.Status == InstitutionStatus.Suspended), today);

    public static GradeBands Bands(RuleBook book) => new(
        book.Value(RuleCatalog.GradeMinA), book.Value(RuleCatalog.GradeMinB), book.Value(RuleCatalog.GradeMinC), book.Value(RuleCatalog.GradeMinD));

    public static RepairPeriods Periods(RuleBook book) => new(
        book.Whole(RuleCatalog.RepairMinorMaxMonths), book.Whole(RuleCatalog.RepairOrdinaryMinMonths), book.Whole(RuleCatalog.RepairOrdinaryMaxMonths),
        book.Whole(RuleCatalog.RepairSeriousMinMonths), book.Whole(RuleCatalog.RepairSeriousMaxMonths));

    public static Breach ToBreach(CreditRecord r) => new(r.ItemCode, r.Instances, (Tier)r.Severity, r.DecidedOn, (RecordState)r.Status, r.PublicUntil);

    /// <summary>Whether the institution may ask to repair this record today (obligations are declared by the request itself).</summary>
    public static RepairEligibility Repairable(CreditRecord record, bool obligationsFulfilled, DateOnly today) =>
        CreditRepair.Check((RecordState)record.Status, (Tier)record.Severity, record.RepairableFrom, record.PublicUntil, obligationsFulfilled, today);

    private static void Expire(IEnumerable<CreditRecord> records, DateOnly today)
    {
        foreach (var record in records.Where(r => r.Status == CreditRecordStatus.Active && today >= r.PublicUntil))
        {
            record.Status = CreditRecordStatus.Expired;
            record.StatusChangedOn = record.PublicUntil;
            record.StatusReason = ExpiredReason;
        }
    }

    private static void Apply(TrainingDbContext db, TrainingInstitution institution, CreditResult result, IEnumerable<ListEntry> openEntries, Change change)
    {
        institution.CreditScore = result.Per1000;
        institution.CreditGrade = (CreditGrade)result.Grade;
        institution.CreditUpdatedAt = change.Now;
        var card = (CardLevel)result.Card;
        if (card != institution.Card)
        {
            db.CardEvents.Add(new CardEvent
            {
                InstitutionId = institution.Id, From = institution.Card, To = card, Reason = Because(change.Trigger, result.CardReason), On = change.Today, At = change.Now, By = change.Actor,
            });
            institution.Card = card;
        }

        var list = (ListStatus)result.Listing;
        var open = openEntries.ToList();
        foreach (var entry in open.Where(e => e.List != list))
        {
            entry.LeftOn = change.Today;
            entry.LeftReason = Because(change.Trigger, result.ListReason);
            entry.LeftBy = change.Actor;
        }

        if (list != ListStatus.None && !open.Any(e => e.List == list))
        {
            db.ListEntries.Add(new ListEntry
            {
                InstitutionId = institution.Id, List = list, Name = institution.Name, Address = institution.Address, Reason = Because(change.Trigger, result.ListReason),
                EnteredOn = change.Today, EnteredAt = change.Now, EnteredBy = change.Actor,
            });
        }

        institution.List = list;
    }

    private static string Because(string trigger, string reason)
    {
        var text = string.IsNullOrWhiteSpace(trigger) ? reason : $"{trigger}：{reason}";
        return text.Length <= 500 ? text : text[..500];
    }
}
