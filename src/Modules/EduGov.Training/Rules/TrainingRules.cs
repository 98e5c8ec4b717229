using System.Globalization;
using EduGov.Supervision;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Rules;

/// <summary>The thresholds in force on one day: the latest version of each rule effective by then, else the catalogue's value.</summary>
public sealed class RuleBook
{
    private readonly IReadOnlyDictionary<string, (decimal Value, string Source)> _values;

    public RuleBook(DateOnly day, IReadOnlyDictionary<string, (decimal Value, string Source)> values, WorkingCalendar calendar)
    {
        Day = day;
        _values = values;
        Calendar = calendar;
    }

    public DateOnly Day { get; }

    public WorkingCalendar Calendar { get; }

    public decimal Value(string key) => _values.TryGetValue(key, out var v) ? v.Value : RuleCatalog.Get(key).Default;

    public int Whole(string key) => (int)Value(key);

    public string Source(string key) => _values.TryGetValue(key, out var v) ? v.Source : RuleCatalog.Get(key).Source;

    /// <summary>The rule in words for an error message: "一次性收费最多课时为 60 课时（依据：…）".</summary>
    public string Cite(string key)
    {
        var definition = RuleCatalog.Get(key);
        return $"{definition.Title}为 {Value(key).ToString("0.##", CultureInfo.InvariantCulture)} {definition.Unit}（依据：{Source(key)}）";
    }
}

/// <summary>Reads the rule versions and the holiday calendar; every module part asks here instead of holding a constant.</summary>
internal sealed class TrainingRules(IDbContextFactory<TrainingDbContext> contexts)
{
    public async Task<RuleBook> ForDayAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = await db.Rules.AsNoTracking().Where(r => r.EffectiveFrom <= day).ToListAsync(ct);
        var current = versions
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.CreatedAt).Last(), StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => (p.Value.Value, p.Value.SourceDocument), StringComparer.Ordinal);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingCalendar(days.Where(d => !d.IsWorkingDay).Select(d => d.Date), days.Where(d => d.IsWorkingDay).Select(d => d.Date));
        return new RuleBook(day, current, calendar);
    }
}
