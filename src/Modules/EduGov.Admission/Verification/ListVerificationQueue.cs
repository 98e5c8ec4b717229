using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Privacy;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Verification;

/// <summary>审核队列: the applications of one round naming a school in the user's scope, filtered and paged, oldest first.</summary>
public static class ListVerificationQueue
{
    public sealed record Query(
        Guid RoundId,
        ApplicationStatus Status = ApplicationStatus.Submitted,
        Guid? SchoolId = null,
        bool AssignedToMe = false,
        bool FlaggedOnly = false,
        string? Search = null)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, string Number, string ChildName, ApplicationKind Kind, Guid? SchoolId, string SchoolName, DateTime? SubmittedAt,
        string RegistryFlag, bool AssignedToMe, bool AssignedToOther, ApplicationStatus Status);

    public sealed record Counts(int Submitted, int Returned, int Verified, int Rejected);

    public sealed record RoundOption(Guid Id, string Name, int Year, Stage Stage, RoundStatus Status);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, FieldProtector protector)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var applications = Filter(await InScopeAsync(db, query.RoundId, ct), query, user.Id).Where(a => a.Status == query.Status);
            var page = await applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Number)
                .Select(a => new
                {
                    a.Id, a.Number, a.ChildName, a.Kind, a.CatchmentSchoolId, a.SubmittedAt, a.RegistryFlag, a.AssignedOfficerId, a.Status,
                    FirstChoice = a.Choices.Where(c => c.Rank == 0).Select(c => (Guid?)c.SchoolId).FirstOrDefault(),
                })
                .ToPageAsync(query.Page, ct);
            var names = await SchoolNamesAsync(ct);
            return new PageResult<Row>([.. page.Items.Select(a =>
            {
                var school = a.Kind == ApplicationKind.Private ? a.FirstChoice : a.CatchmentSchoolId;
                return new Row(a.Id, a.Number, a.ChildName, a.Kind, school, school is { } id ? names.GetValueOrDefault(id, "") : "", a.SubmittedAt, a.RegistryFlag,
                    a.AssignedOfficerId == user.Id, a.AssignedOfficerId is { } officer && officer != user.Id, a.Status);
            })], page.Total, page.Page, page.Size);
        }

        /// <summary>Applications per status for the queue's counters, with the same filters but any status.</summary>
        public async Task<Counts> CountAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var byStatus = await Filter(await InScopeAsync(db, query.RoundId, ct), query, users.User.Id)
                .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return new Counts(byStatus.GetValueOrDefault(ApplicationStatus.Submitted), byStatus.GetValueOrDefault(ApplicationStatus.Returned),
                byStatus.GetValueOrDefault(ApplicationStatus.Verified), byStatus.GetValueOrDefault(ApplicationStatus.Rejected));
        }

        /// <summary>The rounds whose applications can be verified, newest first; open rounds first.</summary>
        public async Task<IReadOnlyList<RoundOption>> RoundsAsync(CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.Status != RoundStatus.Draft)
                .Select(r => new RoundOption(r.Id, r.Name, r.Year, r.Stage, r.Status)).ToListAsync(ct);
            return [.. rounds.OrderBy(r => r.Status != RoundStatus.Open).ThenByDescending(r => r.Year).ThenBy(r => r.Stage)];
        }

        private async Task<IQueryable<Application>> InScopeAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
        {
            var applications = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId);
            if (await scope.SchoolIdsAsync(users.User, ct) is not { } ids)
            {
                return applications;
            }

            var schools = ids.ToList();
            return applications.Where(a => (a.CatchmentSchoolId != null && schools.Contains(a.CatchmentSchoolId.Value)) || a.Choices.Any(c => schools.Contains(c.SchoolId)));
        }

        private IQueryable<Application> Filter(IQueryable<Application> applications, Query query, Guid me)
        {
            if (query.SchoolId is { } school)
            {
                applications = applications.Where(a =>
                    (a.Kind == ApplicationKind.Public && a.CatchmentSchoolId == school)
                    || (a.Kind == ApplicationKind.Private && a.Choices.Any(c => c.Rank == 0 && c.SchoolId == school)));
            }

            if (query.AssignedToMe)
            {
                applications = applications.Where(a => a.AssignedOfficerId == me);
            }

            if (query.FlaggedOnly)
            {
                applications = applications.Where(a => a.RegistryFlag != "");
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                var lookup = protector.LookupKey(DigitNormalizer.Normalize(term));
                applications = applications.Where(a => a.Number.Contains(term) || a.ChildName.Contains(term) || a.IdNumberLookup == lookup);
            }

            return applications;
        }

        private async Task<Dictionary<Guid, string>> SchoolNamesAsync(CancellationToken ct) =>
            (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
    }
}
