using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>我的报名: the signed-in parent's own applications, and the rounds taking applications today.</summary>
public static class ListMyApplications
{
    public sealed record Row(Guid Id, string Number, string RoundName, ApplicationKind Kind, ApplicationStatus Status, string ChildNameMasked, DateTime? SubmittedAt);

    public sealed record OpenRound(Guid Id, string Name, Stage Stage, DateOnly CohortFrom, DateOnly CohortTo, DateOnly ApplicationCloses);

    public sealed record Result(IReadOnlyList<Row> Applications, IReadOnlyList<OpenRound> OpenRounds);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Apply);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rounds = await db.Rounds.AsNoTracking().ToListAsync(ct);
            var names = rounds.ToDictionary(r => r.Id, r => r.Name);
            var mine = await db.Applications.AsNoTracking().Where(a => a.ParentId == user.Id && user.Id != Guid.Empty).OrderByDescending(a => a.CreatedAt)
                .Select(a => new { a.Id, a.Number, a.RoundId, a.Kind, a.Status, a.ChildName, a.SubmittedAt }).ToListAsync(ct);
            var today = ChinaTime.Today(clock);
            return new Result(
                [.. mine.Select(a => new Row(a.Id, a.Number, names.GetValueOrDefault(a.RoundId, ""), a.Kind, a.Status, Masking.Name(a.ChildName), a.SubmittedAt))],
                [.. rounds.Where(r => ApplicationRules.IsOpenForApplications(r, today)).OrderBy(r => r.Stage)
                    .Select(r => new OpenRound(r.Id, r.Name, r.Stage, r.CohortFrom, r.CohortTo, r.ApplicationCloses))]);
        }
    }
}
