using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;

namespace EduGov.Inspection.Visits;

/// <summary>What a visit records per supervision item (routine) or per checklist line (thematic, comprehensive).</summary>
internal static class VisitEntries
{
    /// <summary>The entries worth keeping (checked, noted or scored), after checking they fit the visit's kind and checklist.</summary>
    public static IReadOnlyList<SaveVisit.EntryInput> Check(IReadOnlyList<SaveVisit.EntryInput> entries, ChecklistTemplate? template)
    {
        var kept = entries.Where(e => e.Checked || e.Points is not null || !string.IsNullOrWhiteSpace(e.Note)).ToList();
        if (template is null)
        {
            if (kept.Any(e => e.ChecklistItemId is not null || e.Points is not null))
            {
                throw new InvalidInputException(nameof(SaveVisit.Command.Entries), "经常性督导按八个督导事项记录，不评分");
            }

            if (kept.GroupBy(e => e.Item).Any(g => g.Count() > 1))
            {
                throw new InvalidInputException(nameof(SaveVisit.Command.Entries), "每个督导事项只记录一次");
            }

            return kept;
        }

        var lines = template.Items.ToDictionary(i => i.Id);
        var checkedLines = new List<SaveVisit.EntryInput>(kept.Count);
        foreach (var entry in kept)
        {
            if (entry.ChecklistItemId is not { } lineId || !lines.TryGetValue(lineId, out var line))
            {
                throw new InvalidInputException(nameof(SaveVisit.Command.Entries), $"记录的检查项不属于检查表“{template.Name}”");
            }

            if (entry.Points > line.MaxPoints)
            {
                throw new InvalidInputException(nameof(SaveVisit.Command.Entries), $"第 {line.Order} 项的得分不能超过满分 {line.MaxPoints:0.##}");
            }

            checkedLines.Add(entry with { Item = line.Item });
        }

        return checkedLines.GroupBy(e => e.ChecklistItemId).Any(g => g.Count() > 1)
            ? throw new InvalidInputException(nameof(SaveVisit.Command.Entries), "每个检查项只记录一次")
            : checkedLines;
    }

    /// <summary>Whether a submission is complete: some item checked, or every checklist line scored; returns the checklist score.</summary>
    public static decimal? CheckComplete(IReadOnlyList<SaveVisit.EntryInput> entries, ChecklistTemplate? template)
    {
        if (template is null)
        {
            return entries.Any(e => e.Checked)
                ? null
                : throw new InvalidInputException(nameof(SaveVisit.Command.Entries), "提交前请至少勾选一个已检查的督导事项");
        }

        var lines = template.Items.OrderBy(i => i.Order).Select(i => new VisitScoring.Line(i.Id, i.Weight, i.MaxPoints)).ToList();
        var points = entries.Where(e => e.Points is not null).ToDictionary(e => e.ChecklistItemId!.Value, e => e.Points!.Value);
        return VisitScoring.Score(lines, points);
    }

    /// <summary>Updates the visit's entries in place (one row per item or line), so the audit shows what changed.</summary>
    public static void Merge(InspectionDbContext db, Visit visit, IReadOnlyList<SaveVisit.EntryInput> entries)
    {
        var wanted = entries.ToDictionary(Key);
        foreach (var stale in visit.Entries.Where(e => !wanted.ContainsKey(Key(e))).ToList())
        {
            visit.Entries.Remove(stale);
            db.VisitEntries.Remove(stale);
        }

        foreach (var (key, input) in wanted)
        {
            var entry = visit.Entries.FirstOrDefault(e => Key(e) == key);
            if (entry is null)
            {
                entry = new VisitEntry { VisitId = visit.Id };
                visit.Entries.Add(entry);
                db.VisitEntries.Add(entry);
            }

            entry.Item = input.Item;
            entry.ChecklistItemId = input.ChecklistItemId;
            entry.Checked = input.Checked;
            entry.Points = input.Points;
            entry.Note = input.Note.Trim();
        }
    }

    private static (SupervisionItem, Guid?) Key(SaveVisit.EntryInput e) => (e.ChecklistItemId is null ? e.Item : default, e.ChecklistItemId);

    private static (SupervisionItem, Guid?) Key(VisitEntry e) => (e.ChecklistItemId is null ? e.Item : default, e.ChecklistItemId);
}
