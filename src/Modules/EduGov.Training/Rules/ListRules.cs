using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Rules;

/// <summary>监管规则: every rule of the catalogue by group, its value in force today with source and level, and its versions.</summary>
public static class ListRules
{
    public sealed record Version(Guid Id, decimal Value, DateOnly EffectiveFrom, string Source, RuleLevel Level, string Note, string ChangedBy, DateTime CreatedAt, bool InForce);

    public sealed record Rule(
        string Key, string Title, string Unit, string Group, decimal Value, string Source, RuleLevel Level, bool FromCatalogue, DateOnly? EffectiveFrom,
        IReadOnlyList<Version> Versions, Version? Upcoming);

    public sealed record Group(string Name, IReadOnlyList<Rule> Rules);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Group>> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            var today = ChinaTime.Today(clock);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var versions = (await db.Rules.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.Key, StringComparer.Ordinal);
            return [.. RuleCatalog.All.GroupBy(d => d.Group).Select(g => new Group(g.Key, [.. g.Select(d => ToRule(d, versions[d.Key], today))]))];
        }

        private static Rule ToRule(RuleDefinition definition, IEnumerable<TrainingRule> rows, DateOnly today)
        {
            var ordered = rows.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.CreatedAt).ToList();
            var current = ordered.LastOrDefault(r => r.EffectiveFrom <= today);
            var history = ordered.Select(r => new Version(r.Id, r.Value, r.EffectiveFrom, r.SourceDocument, r.Level, r.Note, r.ChangedBy, r.CreatedAt, r == current))
                .Reverse().ToList();
            var upcoming = history.LastOrDefault(v => v.EffectiveFrom > today);
            return current is null
                ? new Rule(definition.Key, definition.Title, definition.Unit, definition.Group, definition.Default, definition.Source, definition.Level, true, null, history, upcoming)
                : new Rule(definition.Key, definition.Title, definition.Unit, definition.Group, current.Value, current.SourceDocument, current.Level, false, current.EffectiveFrom, history, upcoming);
        }
    }
}
