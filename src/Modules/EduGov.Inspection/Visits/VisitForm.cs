using EduGov.Inspection.Attachments;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Visits.Templates;
using EduGov.Platform.Files;

namespace EduGov.Inspection.Visits;

/// <summary>What the visit page is editing: filled from a draft, turned back into a <see cref="SaveVisit.Command"/>.</summary>
public sealed class VisitForm
{
    public sealed class ItemEntry
    {
        public bool Checked { get; set; }
        public string Note { get; set; } = "";
    }

    public sealed class LineEntry
    {
        public decimal? Points { get; set; }
        public string Note { get; set; } = "";
    }

    public sealed class Finding
    {
        public SupervisionItem Item { get; set; } = SupervisionItem.SchoolAffairs;
        public string Description { get; set; } = "";
        public IssueSeverity Severity { get; set; } = IssueSeverity.Minor;
        public string Rule { get; set; } = "";
        public DateTime? Deadline { get; set; }
    }

    public DateTime? VisitedOn { get; set; }
    public InspectionKind Kind { get; set; }
    public GetTemplate.Details? Template { get; set; }
    public IReadOnlyCollection<VisitMethods> Methods { get; set; } = [];
    public Dictionary<SupervisionItem, ItemEntry> Items { get; } = InspectionNames.Items.ToDictionary(i => i, _ => new ItemEntry());
    public Dictionary<Guid, LineEntry> Lines { get; } = [];
    public List<Finding> Findings { get; } = [];
    public List<UploadedFile> Files { get; set; } = [];
    public string Summary { get; set; } = "";

    public static VisitForm From(GetVisit.Details visit)
    {
        var form = new VisitForm
        {
            VisitedOn = visit.VisitedOn.ToDateTime(TimeOnly.MinValue), Kind = visit.Kind, Summary = visit.Summary,
            Methods = [.. InspectionNames.Methods.Where(m => visit.Methods.HasFlag(m))],
        };
        form.UseTemplate(visit.Template);
        foreach (var entry in visit.Entries)
        {
            if (entry.ChecklistItemId is { } line && form.Lines.TryGetValue(line, out var scored))
            {
                (scored.Points, scored.Note) = (entry.Points, entry.Note);
            }
            else if (entry.ChecklistItemId is null)
            {
                (form.Items[entry.Item].Checked, form.Items[entry.Item].Note) = (entry.Checked, entry.Note);
            }
        }

        return form;
    }

    /// <summary>Switches the checklist, keeping what was already entered for lines the new one shares.</summary>
    public void UseTemplate(GetTemplate.Details? template)
    {
        Template = template;
        var kept = Lines.ToDictionary();
        Lines.Clear();
        foreach (var line in template?.Lines ?? [])
        {
            Lines[line.Id] = kept.GetValueOrDefault(line.Id) ?? new LineEntry();
        }
    }

    /// <summary>The checklist score so far, or null until every line has points.</summary>
    public decimal? Score()
    {
        if (Template is null || Template.Lines.Any(l => Lines[l.Id].Points is null))
        {
            return null;
        }

        try
        {
            return VisitScoring.Score(
                [.. Template.Lines.Select(l => new VisitScoring.Line(l.Id, l.Weight, l.MaxPoints))],
                Lines.Where(l => l.Value.Points is not null).ToDictionary(l => l.Key, l => l.Value.Points!.Value));
        }
        catch (Platform.Errors.InvalidInputException)
        {
            return null;
        }
    }

    public SaveVisit.Command ToCommand(Guid visitId, DateOnly today, bool submit) => new()
    {
        VisitId = visitId,
        VisitedOn = VisitedOn is { } on ? DateOnly.FromDateTime(on) : today,
        Kind = Kind,
        TemplateId = Kind == InspectionKind.Routine ? null : Template?.Id,
        Methods = Methods.Aggregate(VisitMethods.None, (all, m) => all | m),
        Entries = Kind == InspectionKind.Routine
            ? [.. Items.Select(i => new SaveVisit.EntryInput(i.Key, null, i.Value.Checked, null, i.Value.Note))]
            : [.. (Template?.Lines ?? []).Select(l => new SaveVisit.EntryInput(l.Item, l.Id, Lines[l.Id].Points is not null, Lines[l.Id].Points, Lines[l.Id].Note))],
        Findings = submit
            ? [.. Findings.Select(f => new SaveVisit.FindingInput(f.Item, f.Description, f.Severity, f.Rule, f.Deadline is { } d ? DateOnly.FromDateTime(d) : null))]
            : [],
        Files = [.. Files],
        Summary = Summary,
        Submit = submit,
    };
}
