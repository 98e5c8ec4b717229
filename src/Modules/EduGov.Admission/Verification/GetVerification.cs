using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Verification;

/// <summary>
/// One application as the verifying officer sees it: the facts (masked), the proofs, the catchment school and the category
/// computed afresh from the facts with its reason, the registry's knowledge of the child, duplicates in the round, and the history.
/// </summary>
public static class GetVerification
{
    public sealed record Facts(
        string ChildName, Sex Sex, DateOnly BirthDate, string IdNumberMasked, string GuardianName, string GuardianPhoneMasked,
        bool LocalHukou, string HukouAddressMasked, DateOnly? HukouSince, Relation HukouRelation,
        bool OwnsProperty, string PropertyAddressMasked, DateOnly? PropertySince, Relation PropertyRelation,
        string LivingAddressMasked, bool HasResidencePermit, int? ResidencePoints);

    public sealed record Category(Guid? CatchmentSchoolId, string CatchmentSchoolName, int? Order, string Name, string Reason);

    public sealed record Document(Guid Id, DocumentKind Kind, string FileName, string ContentType, int Size);

    public sealed record Duplicate(Guid Id, string Number, ApplicationStatus Status, ApplicationKind Kind);

    public sealed record Step(ApplicationAction Action, string Text, string ActorName, DateTime At);

    public sealed record Details(
        Guid Id, string Number, Guid RoundId, string RoundName, RoundStatus RoundStatus, ApplicationKind Kind, ApplicationStatus Status,
        Facts Facts, IReadOnlyList<string> Choices, Category Computed, Category Stored, string RegistryFlag, PupilHolder? RegistryPupil,
        IReadOnlyList<Duplicate> Duplicates, IReadOnlyList<Document> Documents, IReadOnlyList<Step> History, string ReturnReason,
        bool AssignedToMe, bool AssignedToOther, bool CanDecide, bool CanReveal)
    {
        public bool CategoryChanged => Computed.CatchmentSchoolId != Stored.CatchmentSchoolId || Computed.Order != Stored.Order;
    }

    internal sealed class Handler(
        IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, ApplicationClassifier classifier,
        IRegistryDirectory registry, IPupilEnrolment pupils)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.AsNoTracking().Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == id, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var round = await db.Rounds.AsNoTracking().Include(r => r.Categories).FirstAsync(r => r.Id == application.RoundId, ct);
            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
            var stored = CategoryOf(application, names);
            await classifier.ClassifyAsync(db, round, application, ct);
            return new Details(
                application.Id, application.Number, round.Id, round.Name, round.Status, application.Kind, application.Status, FactsOf(application),
                [.. application.Choices.OrderBy(c => c.Rank).Select(c => names.GetValueOrDefault(c.SchoolId, "（学校已撤销）"))],
                CategoryOf(application, names), stored, application.RegistryFlag,
                application.IdNumberLookup.Length == 0 ? null : await pupils.FindAsync(application.IdNumberLookup, ct),
                await DuplicatesAsync(db, application, ct), await DocumentsAsync(db, id, ct), await HistoryAsync(db, id, ct), application.ReturnReason,
                application.AssignedOfficerId == user.Id, application.AssignedOfficerId is { } officer && officer != user.Id,
                round.Status == RoundStatus.Open && application.Status == ApplicationStatus.Submitted, user.Has(AdmissionPermissions.Reveal));
        }

        private static Facts FactsOf(Application a) => new(
            a.ChildName, a.Sex, a.BirthDate, a.IdNumberMasked, a.GuardianName, a.GuardianPhoneMasked,
            a.LocalHukou, a.HukouAddressMasked, a.HukouSince, a.HukouRelation,
            a.OwnsProperty, a.PropertyAddressMasked, a.PropertySince, a.PropertyRelation,
            a.LivingAddressMasked, a.HasResidencePermit, a.ResidencePoints);

        private static Category CategoryOf(Application a, Dictionary<Guid, string> names) => new(
            a.CatchmentSchoolId, a.CatchmentSchoolId is { } id ? names.GetValueOrDefault(id, "（学校已撤销）") : "", a.CategoryOrder, a.CategoryName, a.CategoryReason);

        private static async Task<IReadOnlyList<Duplicate>> DuplicatesAsync(AdmissionDbContext db, Application application, CancellationToken ct) =>
            application.IdNumberLookup.Length == 0
                ? []
                : await db.Applications.AsNoTracking()
                    .Where(a => a.RoundId == application.RoundId && a.IdNumberLookup == application.IdNumberLookup && a.Id != application.Id && a.Status != ApplicationStatus.Draft)
                    .OrderBy(a => a.Number)
                    .Select(a => new Duplicate(a.Id, a.Number, a.Status, a.Kind))
                    .ToListAsync(ct);

        private static async Task<IReadOnlyList<Document>> DocumentsAsync(AdmissionDbContext db, Guid id, CancellationToken ct) =>
            await db.Documents.AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.UploadedAt)
                .Select(d => new Document(d.Id, d.Kind, d.FileName, d.ContentType, d.Content.Length)).ToListAsync(ct);

        private static async Task<IReadOnlyList<Step>> HistoryAsync(AdmissionDbContext db, Guid id, CancellationToken ct) =>
            await db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.At)
                .Select(s => new Step(s.Action, s.Text, s.ActorName, s.At)).ToListAsync(ct);
    }
}
