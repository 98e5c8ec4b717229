using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>One application with its history, proofs, appeals and round: personal data masked; a parent gets only their own.</summary>
public static class GetApplication
{
    public sealed record Step(ApplicationAction Action, string Text, string ActorName, DateTime At);

    public sealed record AppealRow(Guid Id, string Reason, AppealStatus Status, string Decision, DateTime CreatedAt, DateTime? DecidedAt);

    public sealed record Round(
        Guid Id, string Name, int Year, Stage Stage, RoundStatus Status, DateOnly CohortFrom, DateOnly CohortTo, DateOnly ApplicationCloses,
        DateOnly VerificationCloses, DateOnly DrawOn, DateOnly ResultsOn, DateOnly AppealsClose, int PrivateChoices);

    public sealed record Details(
        Guid Id, string Number, Round Round, ApplicationKind Kind, ApplicationStatus Status, Guid? ParentId, bool BulkEntered,
        string ChildName, Sex Sex, DateOnly BirthDate, string IdNumberMasked, string GuardianName, string GuardianPhoneMasked,
        bool LocalHukou, string HukouAddressMasked, DateOnly? HukouSince, Relation HukouRelation,
        bool OwnsProperty, string PropertyAddressMasked, DateOnly? PropertySince, Relation PropertyRelation,
        string LivingAddressMasked, bool HasResidencePermit, int? ResidencePoints,
        string CatchmentSchool, int? CategoryOrder, string CategoryName, string CategoryReason, string RegistryFlag, string ReturnReason,
        string? LotteryNumber, string OfferedSchool, string OfferReason, DateTime CreatedAt, DateTime? SubmittedAt,
        IReadOnlyList<string> Choices, IReadOnlyList<Step> Steps, IReadOnlyList<ApplicationDocuments.Info> Documents, IReadOnlyList<AppealRow> Appeals,
        DateOnly Today)
    {
        public bool CategoryVerified => Status is ApplicationStatus.Verified or ApplicationStatus.Offered or ApplicationStatus.Unplaced or ApplicationStatus.Enrolled;

        /// <summary>The lottery has run: the family may see its number.</summary>
        public bool LotteryShown => Round.Status is RoundStatus.Drawn or RoundStatus.Published or RoundStatus.Closed;

        /// <summary>Results are published: the family may see its offer or that there is none.</summary>
        public bool ResultShown => Round.Status is RoundStatus.Published or RoundStatus.Closed;

        public bool CanEdit => Status == ApplicationStatus.Returned && ApplicationRules.ResubmitProblem(ToRound(), Today) is null;

        public bool CanWithdraw => WithdrawApplication.CanWithdraw(Status);

        public bool CanUpload => Status is ApplicationStatus.Submitted or ApplicationStatus.Returned;

        public bool AppealWindowOpen => ResultShown && Today >= Round.ResultsOn && Today <= Round.AppealsClose;

        public bool CanAppeal => AppealWindowOpen && Status != ApplicationStatus.Withdrawn && !Appeals.Any(a => a.Status == AppealStatus.Pending);

        private AdmissionRound ToRound() => new() { Name = Round.Name, Status = Round.Status, VerificationCloses = Round.VerificationCloses };
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var a = await ApplicationAccess.FindAsync(db, scope, users.User, id, ct);
            var round = await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == a.RoundId, ct);
            var steps = await db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.At)
                .Select(s => new Step(s.Action, s.Text, s.ActorName, s.At)).ToListAsync(ct);
            var appeals = await db.Appeals.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.CreatedAt)
                .Select(x => new AppealRow(x.Id, x.Reason, x.Status, x.Decision, x.CreatedAt, x.DecidedAt)).ToListAsync(ct);
            var documents = await ApplicationDocuments.ListAsync(db, id, ct);
            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
            string Name(Guid? school) => school is { } s ? names.GetValueOrDefault(s, "（学校已撤销）") : "";
            return new Details(
                a.Id, a.Number, ToRound(round), a.Kind, a.Status, a.ParentId, a.BulkEntered,
                a.ChildName, a.Sex, a.BirthDate, a.IdNumberMasked, a.GuardianName, a.GuardianPhoneMasked,
                a.LocalHukou, a.HukouAddressMasked, a.HukouSince, a.HukouRelation,
                a.OwnsProperty, a.PropertyAddressMasked, a.PropertySince, a.PropertyRelation,
                a.LivingAddressMasked, a.HasResidencePermit, a.ResidencePoints,
                Name(a.CatchmentSchoolId), a.CategoryOrder, a.CategoryName, a.CategoryReason, a.RegistryFlag, a.ReturnReason,
                a.LotteryNumber, Name(a.OfferedSchoolId), a.OfferReason, a.CreatedAt, a.SubmittedAt,
                [.. a.Choices.OrderBy(c => c.Rank).Select(c => Name(c.SchoolId))], steps, documents, appeals, ChinaTime.Today(clock));
        }

        private static Round ToRound(AdmissionRound r) => new(
            r.Id, r.Name, r.Year, r.Stage, r.Status, r.CohortFrom, r.CohortTo, r.ApplicationCloses, r.VerificationCloses, r.DrawOn, r.ResultsOn, r.AppealsClose, r.PrivateChoices);
    }
}
