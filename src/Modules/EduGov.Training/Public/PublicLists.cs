using EduGov.Training.Complaints;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Public;

/// <summary>黑白名单 as the public sees them, from each institution's current list status; and the names for the complaint form.</summary>
public static class PublicLists
{
    public sealed record Entry(Guid Id, string Name, TrainingCategory Category, string ZoneName, InstitutionStatus Status, CreditGrade Grade, CardLevel Card);

    public sealed record Result(IReadOnlyList<Entry> White, IReadOnlyList<Entry> Black);

    public sealed record Choice(Guid Id, string Name);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts)
    {
        public async Task<Result> HandleAsync(CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var shown = PublicStatuses.Shown.ToList();
            var listed = await db.Institutions.AsNoTracking().Where(i => i.List != ListStatus.None && shown.Contains(i.Status))
                .OrderBy(i => i.Name).ThenBy(i => i.Id)
                .Select(i => new { Entry = new Entry(i.Id, i.Name, i.Category, i.ZoneName, i.Status, i.CreditGrade, i.Card), i.List })
                .ToListAsync(ct);
            return new Result(
                [.. listed.Where(l => l.List == ListStatus.White).Select(l => l.Entry)],
                [.. listed.Where(l => l.List == ListStatus.Black).Select(l => l.Entry)]);
        }

        /// <summary>The institutions a complaint may name (those the public can find), by name.</summary>
        public async Task<IReadOnlyList<Choice>> ChoicesAsync(CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var shown = PublicStatuses.Shown.ToList();
            return await db.Institutions.AsNoTracking().Where(i => shown.Contains(i.Status)).OrderBy(i => i.Name)
                .Select(i => new Choice(i.Id, i.Name)).ToListAsync(ct);
        }
    }
}
